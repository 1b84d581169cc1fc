import { describe, expect, it } from 'vitest';
import { detectAbductions } from './abduction.detector.ts';
import { alertTitle } from './alert.title.ts';
import type { DetectableEvent } from './finding.ts';

let n = 0;
const abduction = (actor2: string, o: Partial<DetectableEvent> = {}): DetectableEvent => ({
  id: ++n, event_date: '2025-07-01', event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance',
  actor1: 'JNIM: Group for Support of Islam and Muslims', inter1: 2, actor2, location: 'Kayes', country: 'Mali', admin1: 'Kayes',
  latitude: 14.4469, longitude: -11.4445, geo_precision: 1, fatalities: 0, inter2: null, context: [], type_words: [], ...o,
});

describe('detectAbductions', () => {
  it('alerts on foreigners kidnapped at Kayes, titled in three languages', () => {
    const [f, ...rest] = detectAbductions([abduction('Civilians (International)')]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'abduction', severity: 'high', facts: { who: 'foreigners', place: 'Kayes' } });
    expect(alertTitle(f!, 'en')).toBe('Abduction of foreigners at Kayes on 1 July 2025');
    expect(alertTitle(f!, 'fr')).toBe('Enlèvement de ressortissants étrangers à Kayes le 1er juillet 2025');
    expect(alertTitle(f!, 'ar')).toBe('اختطاف أجانب في Kayes يوم 1 يوليو 2025');
  });
  it.each([['Aid Workers (Mali)', 'aid workers'], ['Journalists (Mali)', 'journalists'], ['Government of Mali', 'officials']])('alerts on %s', (actor2, who) => {
    expect(detectAbductions([abduction(actor2)])[0]!.facts.who).toBe(who);
  });
  it('leaves villagers’ abductions to the escalation counts, and other acts alone', () => {
    expect(detectAbductions([abduction('Civilians (Mali)')])).toEqual([]);
    expect(detectAbductions([abduction('Civilians (International)', { sub_event_type: 'Attack' })])).toEqual([]);
  });
  it('makes one alert of two reports of the same kidnapping', () => {
    expect(detectAbductions([abduction('Civilians (International)'), abduction('Aid Workers (Mali)')])).toHaveLength(1);
  });
});
