import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { contentHash, getReport, knownUrls, reportUrls, saveReport } from './report.repository.ts';
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
    expect(again).toEqual({ id: first.id, created: false, merged: false });
    expect((await reportUrls(db, first.id)).map((u) => u.url)).toEqual(['https://example.org/other']);

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

  it('merges a syndicated copy with light edits into the first report, with both URLs', async () => {
    const story = Array.from({ length: 12 }, (_, i) => `Le ${i + 1}e paragraphe raconte que des hommes armés ont attaqué le poste de Diboli, près de la frontière, mardi.`).join(' ');
    const copy = `${story.replace('mardi.', 'mardi soir.')} (Agence de presse)`;
    const wire = { name: 'Wire A', type: 'international wire' };
    const first = await saveReport(db, { source: wire, text: story, lang: 'fr', published: '2025-07-01', url: 'https://a.example/diboli', mergeNearDuplicates: true });
    const second = await saveReport(db, { source: { name: 'Paper B', type: 'independent media' }, text: copy, lang: 'fr', published: '2025-07-02', url: 'https://b.example/diboli', mergeNearDuplicates: true });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false, merged: true });
    expect(await reportUrls(db, first.id)).toMatchObject([
      { url: 'https://a.example/diboli', source_name: 'Wire A' },
      { url: 'https://b.example/diboli', source_name: 'Paper B' },
    ]);
    expect(await knownUrls(db, ['https://b.example/diboli', 'https://c.example/x'])).toEqual(new Set(['https://b.example/diboli']));

    // Not merged: without the option, outside the days window, or a different story.
    expect((await saveReport(db, { source: wire, text: `${copy} Fin.`, lang: 'fr', published: '2025-07-01' })).created).toBe(true);
    expect((await saveReport(db, { source: wire, text: `${copy} Suite.`, lang: 'fr', published: '2025-07-20', mergeNearDuplicates: true })).created).toBe(true);
    const other = Array.from({ length: 12 }, (_, i) => `Point ${i}: armed men attacked a convoy on the road to Gao, residents said on Monday evening.`).join(' ');
    expect((await saveReport(db, { source: wire, text: other, lang: 'en', published: '2025-07-01', mergeNearDuplicates: true })).created).toBe(true);
  });
});
