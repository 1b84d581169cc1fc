// Zero leaks: every route × every caller × every sharing level (see authz.matrix.ts). The test of
// this test, authz-matrix-breaks.test.ts, turns one predicate off and expects leaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { watchData, type DataWatch } from '../../src/store/data-watch.ts';
import type { Db } from '../../src/store/db.ts';
import { getEvent } from '../../src/store/event.repository.ts';
import { TEST_DRIVERS } from '../../src/store/test-drivers.ts';
import { SYSTEM } from '../../src/store/viewer.ts';
import { buildFixture, type Fixture } from './authz.fixture.ts';
import { walkMatrix } from './authz.matrix.ts';

describe.each(TEST_DRIVERS)('authorisation matrix on $name', (driver) => {
  let db: Db;
  let fx: Fixture;
  let app: ReturnType<typeof createApp>;
  let watch: DataWatch;
  beforeAll(async () => {
    db = await driver.open();
    fx = await buildFixture(db);
    // With the read cache on, as `serve` runs it: every caller asks for the same paths in turn, so
    // an answer kept for one and handed to another would be a leak the walk finds.
    watch = await watchData(db);
    app = createApp({ db, towns: () => [], webRoot: '/nonexistent', limits: { perTokenPerMinute: 1e9, perAddressPerMinute: 1e9 }, dataWatch: watch });
  });
  afterAll(async () => {
    await watch.close();
    await driver.close(db);
  });

  it('the merged event holds the private toll, so hiding it is tested', async () => {
    const whole = (await getEvent(db, fx.events.merged, SYSTEM))!;
    expect(whole.fatalities).toBe(74329);
    expect(whole.mentions).toHaveLength(2);
  });

  it('leaks nothing to anyone, and shows each caller what it may see', async () => {
    const { leaks, misses, calls } = await walkMatrix(app, fx);
    expect(calls).toBeGreaterThan(13 * 19);
    expect(leaks).toEqual([]);
    expect(misses).toEqual([]);
  });

  it('shows the merged event to a partner rewritten from the public report alone', async () => {
    const partner = fx.callers.find((c) => c.name === 'partner viewer')!;
    const res = await app.request(`/api/events/${fx.events.merged}`, { headers: { Authorization: `Bearer ${partner.token}` } });
    const event = (await res.json()) as any;
    expect(event).toMatchObject({ fatalities: 88888, report_count: 1 });
    expect(event.mentions).toHaveLength(1);
    expect(event.field_sources.fatalities.reports).toEqual([event.reports[0].id]);
  });
});
