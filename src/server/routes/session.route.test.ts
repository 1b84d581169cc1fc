import { DEFAULT_LIMITS } from '../limits.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../access/issue-token.ts';
import { hashPassword } from '../../access/password.ts';
import { openStore } from '../../store/connect.ts';
import type { Db } from '../../store/db.ts';
import { ensureOrganisation } from '../../store/organisation.repository.ts';
import { listTokens, revokeToken } from '../../store/token.repository.ts';
import { createUser, LOCKOUT } from '../../store/user.repository.ts';
import { verifyAudit } from '../../store/audit.repository.ts';
import { createApp } from '../app.ts';
import { seedEvents, townsAbove } from '../test-fixtures.ts';

let db: Db;
let app: ReturnType<typeof createApp>;
let ids: Awaited<ReturnType<typeof seedEvents>>;
let orgId: number;
let now = 0;
const PASSWORD = 'a long enough password';

beforeAll(async () => {
  db = await openStore({});
  ids = await seedEvents(db);
  orgId = (await ensureOrganisation(db, 'Cellule Mali')).id;
  for (const email of ['ana@cellule.ml', 'locked@cellule.ml']) {
    await createUser(db, { organisationId: orgId, email, role: 'analyst', passwordHash: await hashPassword(PASSWORD) });
  }
  app = createApp({ db, towns: townsAbove, webRoot: '/nonexistent', limits: { perAddressPerMinute: 30 }, clock: () => now });
});
afterAll(() => db?.close());

const signIn = (email: string, password: string) =>
  app.request('/api/session', { method: 'POST', body: JSON.stringify({ email, password }), headers: { 'Content-Type': 'application/json' } });
const confirm = (headers: Record<string, string>) =>
  app.request(`/api/events/${ids.fr}/review`, { method: 'POST', body: JSON.stringify({ action: 'confirm' }), headers: { 'Content-Type': 'application/json', ...headers } });

describe('sessions', () => {
  it('signs in with an http-only SameSite=Strict cookie, and unsafe requests need the CSRF token', async () => {
    const res = await signIn('ana@cellule.ml', PASSWORD);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ email: 'ana@cellule.ml', organisation: 'Cellule Mali', role: 'analyst' });
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('sahelwatch_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    const cookie = session.split(';')[0]!;
    expect((await confirm({ Cookie: cookie })).status).toBe(403);
    expect((await confirm({ Cookie: cookie, 'X-CSRF-Token': 'csrf_wrong' })).status).toBe(403);
    expect((await confirm({ Cookie: cookie, 'X-CSRF-Token': body.csrf_token })).status).toBe(200);
    const out = await app.request('/api/session', { method: 'DELETE', headers: { Cookie: cookie, 'X-CSRF-Token': body.csrf_token } });
    expect(out.status).toBe(204);
    expect((await confirm({ Cookie: cookie, 'X-CSRF-Token': body.csrf_token })).status).toBe(401);
  });

  it('tells a new tab who is signed in, until signing out', async () => {
    const res = await signIn('ana@cellule.ml', PASSWORD);
    const body = (await res.json()) as any;
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sahelwatch_session='))!.split(';')[0]!;
    const who = await app.request('/api/session', { headers: { Cookie: cookie } });
    expect(who.status).toBe(200);
    expect(await who.json()).toEqual({ signed_in: true, email: 'ana@cellule.ml', organisation: 'Cellule Mali', role: 'analyst', csrf_token: body.csrf_token, expires_at: body.expires_at });
    const nobody = async (headers: Record<string, string>) => (await (await app.request('/api/session', { headers })).json()) as any;
    expect(await nobody({})).toEqual({ signed_in: false });
    expect(await nobody({ Cookie: 'sahelwatch_session=sw_not_a_live_session_at_all' })).toEqual({ signed_in: false });
    await app.request('/api/session', { method: 'DELETE', headers: { Cookie: cookie, 'X-CSRF-Token': body.csrf_token } });
    expect(await nobody({ Cookie: cookie })).toEqual({ signed_in: false });
    now += 120_000; // the address's bucket refills: the tests after this one count their own requests
  });

  it(`locks an account after ${LOCKOUT.failures} failures in a row: then even the right password is refused`, async () => {
    for (let i = 0; i < LOCKOUT.failures; i++) expect((await signIn('locked@cellule.ml', 'wrong password!')).status).toBe(401);
    const refused = await signIn('locked@cellule.ml', PASSWORD);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as any).type).toBe('urn:sahelwatch:problem:signin_failed');
    expect((await signIn('ana@cellule.ml', PASSWORD)).status).toBe(200); // others are not locked
    const log = await db.query<{ action: string; n: number }>(`select action, count(*)::int as n from audit_log where action like 'signin.%' group by action order by action`);
    // Three successes: the first test's, the new-tab test's and this one's.
    expect(log.rows).toEqual([{ action: 'signin.failure', n: LOCKOUT.failures + 1 }, { action: 'signin.success', n: 3 }]);
    expect((await verifyAudit(db)).ok).toBe(true);
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const unknown = await signIn('nobody@cellule.ml', PASSWORD);
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(await (await signIn('ana@cellule.ml', 'wrong password!')).json());
  });
});

describe('API tokens', () => {
  it('are refused from the request after their revocation', async () => {
    const { id, token } = await issueToken(db, { organisationId: orgId, role: 'viewer', name: 'revoked', expiresAt: null });
    const auth = { Authorization: `Bearer ${token}` };
    expect((await app.request('/api/events', { headers: auth })).status).toBe(200);
    await revokeToken(db, id);
    const res = await app.request('/api/events', { headers: auth });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).type).toBe('urn:sahelwatch:problem:invalid_token');
  });

  it('are marked used, once a minute at most', async () => {
    const { id, token } = await issueToken(db, { organisationId: orgId, role: 'viewer', name: 'marked', expiresAt: null });
    const lastUsed = async () => (await listTokens(db, orgId)).find((t) => t.id === id)!.last_used_at;
    expect(await lastUsed()).toBeNull();
    expect((await app.request('/api/events', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    expect((await app.request('/api/events', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(await lastUsed()).toEqual(first);
  });

  it('are refused once expired', async () => {
    const { token } = await issueToken(db, { organisationId: orgId, role: 'viewer', name: 'old', expiresAt: new Date(Date.now() - 1000) });
    expect((await app.request('/api/events', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});

describe('limits', () => {
  it('answers 429 with Retry-After past the rate for an address, and again when its bucket refills', async () => {
    now = 1_000_000;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await app.request('/api/towns')).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    const refused = await app.request('/api/towns');
    expect(refused.headers.get('Retry-After')).toBe('2');
    now += 60_000;
    expect((await app.request('/api/towns')).status).toBe(200);
  });

  it('refuses a body over the limit with a problem', async () => {
    now += 120_000;
    const res = await app.request('/api/session', { method: 'POST', body: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes + 1), headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
