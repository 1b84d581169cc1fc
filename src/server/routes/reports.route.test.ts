import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtractor, type Extract } from '../../cli/extractor.ts';
import type { Db } from '../../store/db.ts';
import { TEST_DRIVERS } from '../../store/test-drivers.ts';
import { issueToken } from '../../access/issue-token.ts';
import { ensureOrganisation } from '../../store/organisation.repository.ts';
import { createApp } from '../app.ts';
import { FIELD_REPORT_MAX_CHARS } from '../schemas.ts';
import { townsAbove } from '../test-fixtures.ts';

let extract: Promise<Extract>;
beforeAll(() => {
  extract = loadExtractor();
});

const REPORT = 'Des hommes armés ont attaqué le marché de Diboli mardi matin et enlevé deux commerçants, selon un agent de terrain.';

describe.each(TEST_DRIVERS)('POST /api/reports on $name', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let analyst: string;
  let viewer: string;
  let orgId: number;
  beforeAll(async () => {
    db = await driver.open();
    app = createApp({ db, towns: townsAbove, webRoot: '/nonexistent/sahelwatch-web', extract: () => extract });
    orgId = (await ensureOrganisation(db, 'Cellule de veille Kayes')).id;
    analyst = (await issueToken(db, { organisationId: orgId, role: 'analyst', name: 'field', expiresAt: null })).token;
    viewer = (await issueToken(db, { organisationId: orgId, role: 'viewer', name: 'reader', expiresAt: null })).token;
  });
  afterAll(() => driver.close(db));

  const post = async (body: unknown, raw?: string, token = analyst) => {
    const res = await app.request('/api/reports', {
      method: 'POST', body: raw ?? JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('needs the analyst role, and keeps the report private to the sender’s organisation unless told otherwise', async () => {
    expect((await post({ text: REPORT }, undefined, '')).status).toBe(401);
    expect((await post({ text: REPORT }, undefined, viewer)).status).toBe(403);
    const sent = await post({ text: `${REPORT} (owner check)` });
    const { rows } = await db.query<{ owner_org: number; sharing: string }>('select owner_org, sharing from reports where id = $1', [sent.body.report_id]);
    expect(rows[0]).toEqual({ owner_org: orgId, sharing: 'private' });
    const open = await post({ text: `${REPORT} (public check)`, sharing: 'public' });
    expect((await db.query<{ sharing: string }>('select sharing from reports where id = $1', [open.body.report_id])).rows[0]!.sharing).toBe('public');
  });

  it('stores a field report under its source, codes it, and finds it again by client_id', async () => {
    const client_id = randomUUID();
    const first = await post({ text: REPORT, published_at: '2025-07-02', lang: 'fr', source: 'Cellule de veille Kayes', client_id });
    expect(first).toMatchObject({ status: 201, body: { report_id: expect.any(Number), created: true } });
    const { rows } = await db.query<{ raw_text: string; published_at: string; lang: string; name: string; type: string; n: number }>(
      `select r.raw_text, r.published_at, r.lang, s.name, s.type, (select count(*)::integer from event_mentions m where m.report_id = r.id) as n
       from reports r join sources s on s.id = r.source_id where r.id = $1`,
      [first.body.report_id],
    );
    expect(rows[0]).toMatchObject({ raw_text: REPORT, published_at: '2025-07-02', lang: 'fr', name: 'Cellule de veille Kayes', type: 'field report' });
    expect(rows[0]!.n).toBeGreaterThan(0);

    expect(await post({ text: REPORT, published_at: '2025-07-02', client_id })).toEqual({ status: 200, body: { report_id: first.body.report_id, created: false } });
    expect(await post({ text: REPORT })).toEqual({ status: 200, body: { report_id: first.body.report_id, created: false } });
    const reused = await post({ text: `${REPORT} Deux blessés.`, client_id });
    expect([reused.status, reused.body.type]).toEqual([409, 'urn:sahelwatch:problem:conflict']);
  });

  it('files reports without a source under "field reports"', async () => {
    const r = await post({ text: 'Armed men burned the market of Boulkessi on Monday night, a field monitor reported.' });
    expect(r.status).toBe(201);
    const { rows } = await db.query<{ name: string }>('select s.name from reports r join sources s on s.id = r.source_id where r.id = $1', [r.body.report_id]);
    expect(rows[0]!.name).toBe('field reports');
  });

  it.each([
    [{}, 400],
    [{ text: '   ' }, 400],
    [{ text: 'x', published_at: '2025-02-30' }, 400],
    [{ text: 'x', lang: 'de' }, 400],
    [{ text: 'x', client_id: 'not-a-uuid' }, 400],
    [{ text: 'x'.repeat(FIELD_REPORT_MAX_CHARS + 1) }, 400],
  ])('refuses %j', async (body, status) => {
    const r = await post(body);
    expect([r.status, r.body.status]).toEqual([status, status]);
  });

  it('refuses a body over the size limit, and broken JSON', async () => {
    expect((await post(null, JSON.stringify({ text: 'x'.repeat(FIELD_REPORT_MAX_CHARS * 4) }))).status).toBe(413);
    expect((await post(null, '{"text": "unterminated')).status).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as any;
    expect(Object.keys(doc.paths['/api/reports'].post.responses)).toEqual(expect.arrayContaining(['200', '201', '409', '413']));
    expect(doc.components.schemas.FieldReport.required).toEqual(['text']);
  });
});
