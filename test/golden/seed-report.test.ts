import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../../src/pipeline/pipeline.ts';
import type { CodedEvent } from '../../src/pipeline/types.ts';

// The reference report ships with the demo (data/demo/), so this runs without ../shared.
const text = readFileSync(new URL('../../data/demo/seed-report.ar.txt', import.meta.url), 'utf8');
const result = extractDocument({ id: 'seed', text, published: '2025-07-03' }, loadResources());
const at = (location: string, type: string) =>
  result.events.filter((e) => e.location.startsWith(location) && e.sub_event_type === type);
const quoted = (e: CodedEvent, field: string) => e.evidence.filter((x) => x.field === field).map((x) => x.text);

describe('the seed report (Arabic, JNIM in western Mali, July 2025)', () => {
  it('is read as Arabic', () => expect(result.lang).toBe('ar'));

  for (const town of ['Kayes', 'Nioro']) {
    it(`codes the 1 July attack on ${town}: JNIM against the Malian armed forces`, () => {
      const [e] = at(town, 'Armed clash');
      expect(e).toBeDefined();
      expect(e!).toMatchObject({
        event_date: '2025-07-01',
        time_precision: 1,
        event_type: 'Battles',
        actor1: 'JNIM: Group for Support of Islam and Muslims',
        actor2: 'Military Forces of Mali',
        country: 'Mali',
        admin1: 'Kayes',
        geo_precision: 1,
      });
    });

    it(`backs every coded field of the ${town} event with words of the report`, () => {
      const e = at(town, 'Armed clash')[0]!;
      for (const x of e.evidence) expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(quoted(e, 'location').some((w) => /^(كاي|نيورو|نيرو دو الساحل)$/.test(w))).toBe(true);
      expect(quoted(e, 'actor1').join(' ')).toMatch(/نصرة الإسلام والمسلمين|الجماعة/);
      expect(quoted(e, 'actor2').join(' ')).toMatch(/(ال|لل)قوات المسلحة المالية/);
      expect(quoted(e, 'event_date').join(' ')).toMatch(/1 يوليو/);
      expect(quoted(e, 'event_type').join(' ')).toMatch(/هجم|استهدف/);
    });
  }

  it('dates the declared siege of Kayes and Nioro by the report, not by the attacks it speaks of', () => {
    // "... threatening civilians who helped the army during the attacks of Tuesday 1 July": the
    // audio message came after the attacks, on a day the report does not give.
    for (const town of ['Kayes', 'Nioro']) {
      const [e] = at(town, 'Change to group/activity');
      expect(e).toBeDefined();
      expect(e!).toMatchObject({ event_date: '2025-07-03', time_precision: 2, actor1: 'JNIM: Group for Support of Islam and Muslims', actor2: null });
    }
  });

  it('codes the abduction of four foreigners at Kayes', () => {
    const [e] = at('Kayes', 'Abduction/forced disappearance');
    expect(e).toBeDefined();
    expect(e!.event_type).toBe('Violence against civilians');
    expect(e!.claims).toContainEqual(expect.objectContaining({ kind: 'abducted', value: 4 }));
  });

  it('keeps the government\'s "80 neutralised" as a claim by the government, not as fatalities', () => {
    const battles = result.events.filter((e) => e.event_type === 'Battles');
    const claims = battles.flatMap((e) => e.claims).filter((c) => c.kind === 'neutralised');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c).toMatchObject({ value: 80, claimed_by: 'government' });
    for (const e of result.events) expect(e.fatalities).not.toBe(80);
  });

  it('codes no event at the Timbuktu Institute, whose name only contains a town', () => {
    expect(result.events.filter((e) => e.location === 'Timbuktu')).toEqual([]);
  });
});
