import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../bench/synthetic-events.ts';
import { openStore } from '../../store/connect.ts';
import type { Db } from '../../store/db.ts';
import { saveImportedEvents } from '../../store/event.repository.ts';
import { createApp } from '../app.ts';

describe('GET /api/events counts matches up to 1,000 past the page', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openStore({});
    // Synthetic events are public, so an anonymous caller sees them all.
    await saveImportedEvents(db, { name: 'count test', type: 'dataset' }, syntheticEvents(2_500));
    app = createApp({ db, towns: () => [], webRoot: '/nonexistent' });
  });
  afterAll(() => db.close());

  const page = async (query: string) => (await (await app.request(`/api/events?${query}`)).json()) as { total: number; total_capped: boolean; events: unknown[] };

  it('says "more than" past the count, with the count a lower bound', async () => {
    expect(await page('limit=100')).toMatchObject({ total: 1_100, total_capped: true });
    expect(await page('limit=100&offset=1000')).toMatchObject({ total: 2_100, total_capped: true });
  });

  it('gives the exact total when all matches are counted', async () => {
    const { total, total_capped } = await page('limit=100&offset=1500');
    expect({ total, total_capped }).toEqual({ total: 2_500, total_capped: false });
    const years = await page('limit=10&from=2025-01-01&to=2025-01-31');
    expect(years.total_capped).toBe(false);
    expect(years.total).toBe((await page('limit=5000&from=2025-01-01&to=2025-01-31')).events.length);
  });
});
