// The test of the matrix test: with the report predicate turned off (every report treated as
// visible wherever the store calls it), the matrix must find leaks. A matrix that passes here
// could not fail.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { Db } from '../../src/store/db.ts';
import { openStore } from '../../src/store/connect.ts';
import { buildFixture, type Fixture } from './authz.fixture.ts';
import { walkMatrix } from './authz.matrix.ts';

vi.mock('../../src/store/visibility.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/store/visibility.ts')>();
  return { ...real, ownedRowVisible: () => 'true' };
});

describe('the authorisation matrix, with the report filter broken on purpose', () => {
  let db: Db;
  let fx: Fixture;
  beforeAll(async () => {
    db = await openStore({});
    fx = await buildFixture(db);
  });
  afterAll(() => db?.close());

  it('finds the leaks: private and partners markers reach callers who may not see them', async () => {
    const app = createApp({ db, towns: () => [], webRoot: '/nonexistent', limits: { perTokenPerMinute: 1e9, perAddressPerMinute: 1e9 } });
    const { leaks } = await walkMatrix(app, fx);
    const callers = new Set(leaks.map((l) => l.caller));
    expect(callers).toContain('anonymous');
    expect(callers).toContain('other viewer');
    expect(callers).toContain('partner admin');
    expect(callers).not.toContain('own viewer');
    expect(leaks.some((l) => l.problem === `answer holds ${fx.markers.private[0]}`)).toBe(true);
  });
});
