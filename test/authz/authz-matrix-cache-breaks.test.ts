// The test of the matrix test for the read cache: with answers kept under one key for everyone
// (the viewer's scope turned into a constant), the matrix, which has every caller make each request
// in turn, must find leaks. A matrix that passes here could not catch a cache keyed wrongly.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/connect.ts';
import { watchData, type DataWatch } from '../../src/store/data-watch.ts';
import type { Db } from '../../src/store/db.ts';
import { buildFixture, type Fixture } from './authz.fixture.ts';
import { walkMatrix } from './authz.matrix.ts';

vi.mock('../../src/store/viewer.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/store/viewer.ts')>();
  return { ...real, visibilityScope: () => 'everyone' };
});

describe('the authorisation matrix, with the read cache keyed wrongly on purpose', () => {
  let db: Db;
  let fx: Fixture;
  let watch: DataWatch;
  beforeAll(async () => {
    db = await openStore({});
    fx = await buildFixture(db);
    watch = await watchData(db);
  });
  afterAll(async () => {
    await watch.close();
    await db.close();
  });

  it('finds the leaks: one caller is handed what was read for another', async () => {
    const app = createApp({ db, towns: () => [], webRoot: '/nonexistent', limits: { perTokenPerMinute: 1e9, perAddressPerMinute: 1e9 }, dataWatch: watch });
    const { leaks, misses } = await walkMatrix(app, fx);
    expect(leaks.some((l) => l.caller === 'anonymous' && l.problem === `answer holds ${fx.markers.private[0]}`)).toBe(true);
    // The cache is the only thing broken: every leak and miss is an answer of a cached route.
    const requests = new Set([...leaks, ...misses].map((l) => l.request.split('?')[0]));
    expect([...requests].every((r) => r === 'GET /api/events' || r === 'GET /api/map')).toBe(true);
  });
});
