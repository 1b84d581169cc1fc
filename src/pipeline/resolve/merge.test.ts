import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../types.ts';
import { mergeEvents, type CodedCandidate } from './merge.ts';

const attack = (location: string, admin1: string, lat: number, sentence: number): CodedCandidate => ({
  event: {
    event_date: '2020-12-28', time_precision: 1, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'Islamic State West Africa Province', assoc_actor_1: null, inter1: 2, actor2: 'Civilians (Niger)', assoc_actor_2: null, inter2: 7,
    interaction: 27, country: 'Niger', admin1, admin2: null, admin3: null, location, latitude: lat, longitude: 13, geo_precision: 1,
    fatalities: 5, evidence: [], claims: [],
  } satisfies CodedEvent,
  killedFigures: [],
  typeScore: 1,
  sentence,
});
const places = (events: CodedEvent[]) => events.map((e) => e.location);

describe('mergeEvents', () => {
  it("gives the headline's dead, as a claim too, to the body's one act of its kind, wherever the body places it", () => {
    // "Arafat : un présumé voleur lynché" over a body that tells the lynching, with no toll of its own, at Nouakchott.
    const span = { start: 10, end: 30, text: 'un présumé voleur lynché' };
    const dead = { span, sentence: 0, kind: 'killed' as const, value: 1, victim: 'suspects', claimedBy: 'report', claimSpan: null, qualifier: 'exact' as const };
    const lead = attack('Arafat', 'Nouakchott', 18.05, 0);
    const events = mergeEvents([{ ...lead, killedFigures: [dead] }, attack('Nouakchott', 'Nouakchott', 18.08, 1)], true);
    expect(events.map((e) => [e.location, e.fatalities, e.claims.map((c) => c.value)])).toEqual([['Nouakchott', 1, [1]]]);
  });

  it('leaves out a town named in the lead only as the area of the event placed in one of its villages', () => {
    // "Diffa : cinq civils tués à Kabelawa" (headline), then the village told in the body.
    const headline = [attack('Diffa', 'Diffa', 13.3, 0), attack('Kabelawa', 'Diffa', 14.1, 0), attack('Kabelawa', 'Diffa', 14.1, 1)];
    expect(places(mergeEvents(headline))).toEqual(['Kabelawa']);
  });

  it('keeps the town when the body tells the act there too, or when it is not the area of the other place', () => {
    expect(places(mergeEvents([attack('Diffa', 'Diffa', 13.3, 0), attack('Diffa', 'Diffa', 13.3, 2), attack('Kabelawa', 'Diffa', 14.1, 1)]))).toEqual(['Diffa', 'Kabelawa']);
    expect(places(mergeEvents([attack('Mainé-Soroa', 'Diffa', 13.2, 0), attack('Kabelawa', 'Diffa', 14.1, 1)]))).toEqual(['Mainé-Soroa', 'Kabelawa']);
  });

  it("leaves out a province's event when the report names villages of it, but not a town's", () => {
    // "killed at least 37 civilians in two villages in the northern Yatenga province", then each village.
    const inProvince = (location: string, sentence: number, atUnit: boolean): CodedCandidate => {
      const c = attack(location, 'Nord', 13.5, sentence);
      return { ...c, atUnit, event: { ...c.event, admin2: 'Yatenga', geo_precision: atUnit ? 2 : 1 } };
    };
    const summary = inProvince('Yatenga', 2, true);
    expect(places(mergeEvents([summary, inProvince('Ingaré', 3, false), inProvince('Tangaye', 4, false)]))).toEqual(['Ingaré', 'Tangaye']);
    // The same name read as a town, told in the body, is an event of its own.
    expect(places(mergeEvents([{ ...summary, atUnit: false }, inProvince('Ingaré', 3, false), inProvince('Tangaye', 4, false)]))).toEqual(['Yatenga', 'Ingaré', 'Tangaye']);
  });

  it('takes arrests beside a demonstration at the same place and day as the demonstration met with intervention', () => {
    const arrests = attack('Nouakchott', 'Nouakchott', 18.1, 0);
    arrests.event = { ...arrests.event, event_type: 'Strategic developments', sub_event_type: 'Arrests' };
    const protest = attack('Nouakchott', 'Nouakchott', 18.1, 1);
    protest.event = { ...protest.event, event_type: 'Protests', sub_event_type: 'Protest with intervention' };
    expect(mergeEvents([arrests, protest]).map((e) => e.sub_event_type)).toEqual(['Protest with intervention']);
    expect(mergeEvents([arrests]).map((e) => e.sub_event_type)).toEqual(['Arrests']);
  });

  it('takes rockets listed in a cache seized at the same place and day as part of the seizure, unless they killed', () => {
    const cache = attack('Néma', 'Hodh ech Chargui', 16.6, 0);
    cache.event = { ...cache.event, event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', fatalities: 0 };
    const rockets = attack('Néma', 'Hodh ech Chargui', 16.6, 1);
    rockets.event = { ...rockets.event, event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', fatalities: 0 };
    expect(mergeEvents([cache, rockets]).map((e) => e.sub_event_type)).toEqual(['Disrupted weapons use']);
    rockets.event = { ...rockets.event, fatalities: 2 };
    rockets.killedFigures = [{ span: { start: 0, end: 5, text: 'tués' }, sentence: 1, kind: 'killed', value: 2, victim: 'soldiers', claimedBy: 'report', claimSpan: null, qualifier: 'exact' }];
    expect(mergeEvents([cache, rockets]).map((e) => e.sub_event_type)).toEqual(['Disrupted weapons use', 'Shelling/artillery/missile attack']);
  });
});
