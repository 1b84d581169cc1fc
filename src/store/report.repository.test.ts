import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { contentHash, getReport, saveReport } from './report.repository.ts';
import { TEST_DRIVERS } from './test-drivers.ts';
import { ARABIC_REPORT } from './test-fixtures.ts';

const SOURCE = { name: 'Sahara Medias', type: 'independent media' };

describe.each(TEST_DRIVERS)('reports on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  it('saves a report once: the same text again returns the first id', async () => {
    const first = await saveReport(db, { source: SOURCE, text: ARABIC_REPORT, lang: 'ar', published: '2025-07-02', title: 'هجوم قرب نيورو' });
    const again = await saveReport(db, { source: SOURCE, text: ARABIC_REPORT, lang: 'ar', url: 'https://example.org/other' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });

    const report = await getReport(db, first.id);
    expect(report).toMatchObject({
      id: first.id,
      text: ARABIC_REPORT,
      content_hash: contentHash(ARABIC_REPORT),
      title: 'هجوم قرب نيورو',
      lang: 'ar',
      published_at: '2025-07-02',
      extraction_status: 'pending',
      extraction_warnings: [],
      source: { name: SOURCE.name, type: SOURCE.type },
    });
    expect(report!.fetched_at).toBeInstanceOf(Date);
  });

  it('returns null for a report that does not exist', async () => {
    expect(await getReport(db, 987654)).toBeNull();
  });

  it('refuses NUL and unknown source types with a typed error', async () => {
    await expect(saveReport(db, { source: SOURCE, text: 'a\u0000b', lang: 'en' })).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    await expect(saveReport(db, { source: { name: 'x', type: 'blog' }, text: 'fine', lang: 'en' })).rejects.toMatchObject({
      code: 'STORE_INVALID_INPUT',
    });
  });

  it('stores any text verbatim, byte for byte (RTL, emoji, combining marks)', async () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('قتل 4 جنود', '\u200f', '\u202b', 'ـ', 'ً', '🇲🇱', '👨‍👩‍👧', 'é', 'e\u0301', '\r\n', '\t'),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('').replaceAll('\u0000', ''));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const { id } = await saveReport(db, { source: SOURCE, text: t, lang: 'ar' });
        const back = await getReport(db, id);
        expect(Buffer.from(back!.text, 'utf8').equals(Buffer.from(t, 'utf8'))).toBe(true);
        expect(back!.text).toBe(t);
      }),
      { numRuns: 60 },
    );
  });
});
