import type { CodedEvent } from '../pipeline/types.ts';

/** A short Arabic report (written for the tests) and an event coded from it, with evidence offsets. */
export const ARABIC_REPORT =
  'قتل أربعة جنود ماليين يوم الثلاثاء في هجوم شنه مسلحون على موقع للجيش قرب نيورو في منطقة كاي، وفق مصادر محلية.';

function span(text: string, words: string): { start: number; end: number; text: string } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

export function makeEvent(overrides: Partial<CodedEvent> = {}): CodedEvent {
  return {
    event_date: '2025-07-01',
    time_precision: 1,
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Unidentified Armed Group (Mali)',
    assoc_actor_1: null,
    inter1: 3,
    actor2: 'Military Forces of Mali (2021-)',
    assoc_actor_2: null,
    inter2: 1,
    interaction: 13,
    country: 'Mali',
    admin1: 'Kayes',
    admin2: 'Nioro',
    admin3: null,
    location: 'Nioro',
    latitude: 15.2305,
    longitude: -9.5897,
    geo_precision: 1,
    fatalities: 4,
    evidence: [
      { field: 'location', ...span(ARABIC_REPORT, 'نيورو') },
      { field: 'actor1', ...span(ARABIC_REPORT, 'مسلحون') },
    ],
    claims: [{ kind: 'killed', value: 4, claimed_by: 'local sources', qualifier: 'exact', ...span(ARABIC_REPORT, 'قتل أربعة جنود') }],
    ...overrides,
  };
}
