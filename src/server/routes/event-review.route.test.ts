import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../access/issue-token.ts';
import { openStore } from '../../store/connect.ts';
import { ensureOrganisation } from '../../store/organisation.repository.ts';
import type { Db } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { seedEvents, townsAbove } from '../test-fixtures.ts';

let db: Db;
let ids: Awaited<ReturnType<typeof seedEvents>>;
let app: ReturnType<typeof createApp>;
let analyst: string;
let viewer: string;

beforeAll(async () => {
  db = await openStore({});
  ids = await seedEvents(db);
  app = createApp({ db, towns: townsAbove, webRoot: '/nonexistent/sahelwatch-web' });
  const org = await ensureOrganisation(db, 'Cellule Mali');
  analyst = (await issueToken(db, { organisationId: org.id, role: 'analyst', name: 'review-test', expiresAt: null })).token;
  viewer = (await issueToken(db, { organisationId: org.id, role: 'viewer', name: 'read-only', expiresAt: null })).token;
});
afterAll(() => db?.close());

const call = async (path: string, body?: unknown, token = analyst) => {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const res = await app.request(path, body === undefined ? { headers } : { method: 'POST', body: JSON.stringify(body), headers });
  return { res, body: (await res.json()) as any };
};

describe('review, history, claims and the change feed over HTTP', () => {
  it('lists the claims ledger of an event', async () => {
    const { res, body } = await call(`/api/events/${ids.ar}/claims`);
    expect(res.status).toBe(200);
    expect(body.event_id).toBe(ids.ar);
    for (const line of body.kinds) expect(line).toMatchObject({ kind: expect.any(String), contested: expect.any(Boolean) });
  });

  it('confirms an event and shows it in its history and in the change feed', async () => {
    const before = (await call('/api/changes?since=0&limit=5000')).body;
    const { res, body } = await call(`/api/events/${ids.fr}/review`, { action: 'confirm', by: 'analyst@cellule.ml', reason: 'seen by our field team' });
    expect(res.status).toBe(200);
    expect(body.events).toEqual([ids.fr]);
    const history = (await call(`/api/events/${ids.fr}/history`)).body;
    expect(history.changes.map((c: any) => c.action)).toEqual(['create', 'confirm']);
    // The actor is who the credentials say, not what the body claims.
    expect(history.changes[1]).toMatchObject({ actor: 'token:1:review-test (Cellule Mali, analyst)', reason: 'seen by our field team', after: { status: 'verified' } });
    const feed = (await call(`/api/changes?since=${before.next}`)).body;
    expect(feed.changes.map((c: any) => [c.event_id, c.action])).toEqual([[ids.fr, 'confirm']]);
    expect((await call(`/api/changes?since=${feed.next}`)).body.changes).toEqual([]);
  });

  it('merges and splits, and refuses to review an event merged away', async () => {
    const merged = await call(`/api/events/${ids.en}/review`, { action: 'merge', others: [ids.unplaced], by: 'a@b.org' });
    expect(merged.body.events).toEqual([ids.en, ids.unplaced]);
    const gone = await call(`/api/events/${ids.unplaced}/review`, { action: 'confirm', by: 'a@b.org' });
    expect(gone.res.status).toBe(409);
    expect(gone.body.type).toBe('urn:sahelwatch:problem:conflict');
    const event = (await call(`/api/events/${ids.en}`)).body;
    expect(event.mentions).toHaveLength(2);
    const away = event.mentions.filter((m: any) => m.coded.location === 'Mali').map((m: any) => m.id);
    const split = await call(`/api/events/${ids.en}/review`, { action: 'split', mentions: away, by: 'a@b.org' });
    expect(split.body.events).toEqual([ids.en, ids.unplaced]);
  });

  it.each([
    [{ action: 'confirm', reason: 5 }, 400],
    [{ action: 'promote', by: 'x' }, 400],
    [{ action: 'edit', fields: { fatalities: 'many' }, by: 'x' }, 400],
    [{ action: 'merge', others: [], by: 'x' }, 400],
  ])('refuses %j with %i', async (review, status) => {
    const { res, body } = await call(`/api/events/${ids.ar}/review`, review);
    expect(res.status).toBe(status);
    expect(body.status).toBe(status);
  });

  it('needs the analyst role to review: 401 without credentials, 403 for a viewer', async () => {
    const anonymous = await app.request(`/api/events/${ids.ar}/review`, { method: 'POST', body: JSON.stringify({ action: 'confirm' }), headers: { 'Content-Type': 'application/json' } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect((await call(`/api/events/${ids.ar}/review`, { action: 'confirm' }, viewer)).res.status).toBe(403);
    expect((await call(`/api/events/${ids.ar}/history`)).body.changes.map((c: any) => c.action)).toEqual(['create']);
  });

  it('answers 404 for an unknown event', async () => {
    expect((await call('/api/events/99999/history')).res.status).toBe(404);
    expect((await call('/api/events/99999/claims')).res.status).toBe(404);
    expect((await call('/api/events/99999/review', { action: 'confirm', by: 'x' })).res.status).toBe(404);
  });
});
