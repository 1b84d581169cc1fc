import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../types.ts';
import { withoutBackground } from './background.ts';

const event = (location: string, event_date: string, time_precision: 1 | 2 | 3, dated = true) =>
  ({ location, event_date, time_precision, evidence: dated ? [{ field: 'event_date', start: 0, end: 1, text: 'x' }] : [] }) as unknown as CodedEvent;
const places = (events: CodedEvent[]) => events.map((e) => e.location);

describe('withoutBackground', () => {
  it('leaves out events weeks before the news the report dates', () => {
    const news = event('Kabelawa', '2020-12-28', 1);
    expect(places(withoutBackground([news, event('Toumour', '2020-12-12', 1)], '2021-01-04'))).toEqual(['Kabelawa']);
    expect(places(withoutBackground([news, event('Tinzaouaten', '2020-07-15', 3)], '2021-01-04'))).toEqual(['Kabelawa']);
  });

  it('keeps an old event dated to the day when the report has no news of its own (a rights group findings)', () => {
    const findings = event('Sanaba', '2025-12-28', 1);
    // Dated to publication by default, not by the text: no sign of news.
    const headline = event('Banwa', '2026-01-20', 2, false);
    expect(places(withoutBackground([headline, findings], '2026-01-20'))).toEqual(['Banwa', 'Sanaba']);
    // An analysis recalling a month is no event.
    expect(places(withoutBackground([event('Tinzaouaten', '2024-07-15', 3)], '2025-01-29'))).toEqual([]);
  });

  it('counts a month to its last day, and leaves everything without a publication date', () => {
    const news = event('Kati', '2025-08-04', 1);
    expect(places(withoutBackground([event('Koro', '2025-07-15', 3)], '2025-08-05'))).toEqual(['Koro']);
    expect(places(withoutBackground([news, event('Koro', '2025-08-01', 3)], '2025-08-05'))).toEqual(['Kati', 'Koro']);
    expect(places(withoutBackground([news, event('Toumour', '2020-12-12', 1)], undefined))).toEqual(['Kati', 'Toumour']);
  });

  it('leaves out an act dated only to an earlier month beside news dated to the day ("le mois dernier, des habitants de Kaédi étaient déjà descendus dans la rue")', () => {
    const news = event('Rosso', '2024-05-08', 1);
    expect(places(withoutBackground([news, event('Kaédi', '2024-04-15', 3)], '2024-05-10'))).toEqual(['Rosso']);
  });
});
