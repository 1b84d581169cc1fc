import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../access/issue-token.ts';
import { revokeToken } from '../store/token.repository.ts';
import { openStore } from '../store/connect.ts';
import { watchData, type DataWatch } from '../store/data-watch.ts';
import type { Db } from '../store/db.ts';
import { ensureOrganisation } from '../store/organisation.repository.ts';
import { TEST_DRIVERS } from '../store/test-drivers.ts';
import { ANONYMOUS, visibilityScope } from '../store/viewer.ts';
import { createApp } from './app.ts';
import { seedEvents, townsAbove } from './test-fixtures.ts';

describe.each(TEST_DRIVERS)('answers kept until the data changes, on $name', (driver) => {
  let db: Db;
  let watch: DataWatch;
  let app: ReturnType<typeof createApp>;
  let ids: Awaited<ReturnType<typeof seedEvents>>;
  let token: string;
  let tokenId: number;
  beforeAll(async () => {
    db = await driver.open();
    ids = await seedEvents(db);
    watch = await watchData(db);
    app = createApp({ db, towns: townsAbove, webRoot: '/nonexistent', dataWatch: watch });
    const org = await ensureOrganisation(db, 'Cellule Mali');
    ({ token, id: tokenId } = await issueToken(db, { organisationId: org.id, role: 'analyst', name: 'cache-test', expiresAt: null }));
  });
  afterAll(async () => {
    await watch.close();
    await driver.close(db);
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    return { cache: res.headers.get('X-Cache'), status: res.status, body: (await res.json()) as any };
  };
  const fatalitiesOf = (body: any, id: number) => body.events.find((e: any) => e.id === id)?.fatalities;

  it('answers the same request again from memory, byte for byte', async () => {
    const first = await get('/api/events?limit=10&country=Mali');
    const second = await get('/api/events?limit=10&country=Mali');
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    expect(first.body.events.length).toBeGreaterThan(0);
  });

  it('hands a kept answer gzipped to clients that accept it, the same JSON once unzipped', async () => {
    const plain = await get('/api/events?limit=20');
    const res = await app.request('/api/events?limit=20', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('X-Cache')).toBe('hit');
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Vary')).toMatch(/Accept-Encoding/);
    const zipped = Buffer.from(await res.arrayBuffer());
    expect(JSON.parse(gunzipSync(zipped).toString('utf8'))).toEqual(plain.body);
    expect(zipped.byteLength).toBeLessThan(JSON.stringify(plain.body).length / 2);
  });

  it('reads an answer once when many ask for it at the same time', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/api/events?limit=7&country=Mali')));
    expect(answers.map((a) => a.cache).sort()).toEqual([...Array(9).fill('hit'), 'miss']);
    for (const a of answers) expect(a.body).toEqual(answers[0]!.body);
  });

  it('reads again after a write committed by another connection, without being told', async () => {
    await get('/api/events?limit=10');
    expect((await get('/api/events?limit=10')).cache).toBe('hit');
    // A second store on the same database stands for another process (a worker, the CLI); on the
    // embedded store, a write through db itself does not pass through the API either.
    const schema = (await db.query<{ s: string }>('select current_schema() as s')).rows[0]!.s;
    const other = driver.name === 'postgres' ? await openStore({ databaseUrl: process.env.DATABASE_URL!, schema }) : db;
    try {
      await other.query('update events set fatalities = 4321 where id = $1', [ids.fr]);
    } finally {
      if (other !== db) await other.close();
    }
    let seen: number | undefined;
    for (let i = 0; i < 100 && seen !== 4321; i++) {
      seen = fatalitiesOf((await get('/api/events?limit=10')).body, ids.fr);
      if (seen !== 4321) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toBe(4321);
  });

  it('shows a write made through the API to the very next request', async () => {
    await get('/api/events?limit=10', { Authorization: `Bearer ${token}` });
    const review = await app.request(`/api/events/${ids.en}/review`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'confirm', by: 'analyst@cellule.ml' }),
    });
    expect(review.status).toBe(200);
    const after = await get('/api/events?limit=10', { Authorization: `Bearer ${token}` });
    expect(after.cache).toBe('miss');
    expect(after.body.events.find((e: any) => e.id === ids.en).status).toBe('verified');
  });

  it('keeps one answer per viewer scope, and refuses a revoked token even when its answer is kept', async () => {
    await get('/api/map?limit=5', { Authorization: `Bearer ${token}` });
    expect((await get('/api/map?limit=5', { Authorization: `Bearer ${token}` })).cache).toBe('hit');
    // The same request from someone else is theirs to read, not the analyst's copy.
    expect((await get('/api/map?limit=5')).cache).toBe('miss');
    await revokeToken(db, tokenId);
    expect((await get('/api/map?limit=5', { Authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('never keeps errors', async () => {
    expect((await get('/api/events?from=2025-13-01')).status).toBe(400);
    expect((await get('/api/events?from=2025-13-01')).cache).not.toBe('hit');
  });
});

describe('visibilityScope', () => {
  const member = (org: number, partnerships: number[], role: 'viewer' | 'admin' = 'viewer') =>
    ({ kind: 'member', org: { id: org, name: 'x' }, role, partnerships, who: 'w' }) as const;
  it('tells apart everything visibility depends on, and nothing else', () => {
    const scopes = [ANONYMOUS, member(1, []), member(2, []), member(1, [3]), member(1, [3, 4]), member(1, [], 'admin')].map(visibilityScope);
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(visibilityScope(member(1, [4, 3]))).toBe(visibilityScope(member(1, [3, 4])));
  });
});
