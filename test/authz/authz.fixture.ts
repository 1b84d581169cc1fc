/**
 * The data the authorisation matrix walks: organisation A owns a report (with its event, alert,
 * imported row) at each sharing level, every one marked with a string found nowhere else; B is A's
 * partner, C is not. One more event merges a public report of A with a private one whose toll is
 * lower (so it is the stored toll): seen in part, it must show neither the private words nor the toll.
 */
import { randomBytes } from 'node:crypto';
import { issueToken } from '../../src/access/issue-token.ts';
import { resolveReport } from '../../src/dedup/resolver.ts';
import type { CodedEvent } from '../../src/pipeline/types.ts';
import { saveFindings } from '../../src/store/alert.repository.ts';
import type { Db } from '../../src/store/db.ts';
import { saveImportedEvents } from '../../src/store/event.repository.ts';
import { ensureOrganisation } from '../../src/store/organisation.repository.ts';
import { ensurePartnership } from '../../src/store/partnership.repository.ts';
import { saveReport } from '../../src/store/report.repository.ts';
import { ROLES, type Role } from '../../src/store/viewer.ts';
import { makeEvent } from '../../src/store/test-fixtures.ts';

export const LEVELS = ['private', 'partners', 'public'] as const;
export type Level = (typeof LEVELS)[number];
export type Relation = 'own' | 'partner' | 'other';

/** The levels each kind of viewer may see of A's data. */
export const ALLOWED: Record<Relation | 'anonymous', readonly Level[]> = {
  own: LEVELS, partner: ['partners', 'public'], other: ['public'], anonymous: ['public'],
};

export interface Caller { name: string; relation: Relation | 'anonymous'; role: Role | null; token: string | null }

export interface Fixture {
  markers: Record<Level, string[]>;
  events: Record<Level, number> & { merged: number };
  imported: Record<Level, number>;
  alerts: Record<Level, number>;
  callers: Caller[];
}

const PLACES: Record<Level, { location: string; latitude: number; longitude: number; date: string }> = {
  private: { location: 'Gao', latitude: 16.27, longitude: -0.04, date: '2025-07-10' },
  partners: { location: 'Tombouctou', latitude: 16.77, longitude: -3.0, date: '2025-07-12' },
  public: { location: 'Mopti', latitude: 14.49, longitude: -4.19, date: '2025-07-14' },
};

/** A report and its coded event with the marker in the text, the evidence, a claim, the actor and the source. */
function marked(marker: string, place: (typeof PLACES)[Level], fatalities: number): { text: string; event: CodedEvent } {
  const text = `${marker} attacked the army at ${place.location}; ${fatalities} soldiers were killed, said ${marker}.`;
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
  const event = makeEvent({
    event_date: place.date, location: place.location, admin1: place.location, admin2: null, latitude: place.latitude, longitude: place.longitude,
    actor1: `Group ${marker}`, fatalities,
    evidence: [{ field: 'actor1', ...at(marker) }, { field: 'location', ...at(place.location) }],
    claims: [{ kind: 'killed', value: fatalities, claimed_by: marker, qualifier: 'exact', ...at(`${fatalities} soldiers were killed`) }],
  });
  return { text, event };
}

export async function buildFixture(db: Db): Promise<Fixture> {
  const tag = randomBytes(4).toString('hex');
  const [a, b, c] = await Promise.all(['Cellule Mali', 'Cellule Sénégal', 'ONG Sahel'].map((n) => ensureOrganisation(db, n)));
  const cell = await ensurePartnership(db, 'Cellule Mali–Sénégal–Mauritanie', [a!.id, b!.id]);
  const owner = (level: Level) => ({ organisationId: a!.id, sharing: level, partnershipId: level === 'partners' ? cell.id : null });
  // The private toll is a number that occurs nowhere else, so finding it in an answer is a leak.
  const markers = Object.fromEntries(LEVELS.map((l) => [l, [`MK${l}${tag}`]])) as Record<Level, string[]>;
  markers.private.push('74329');

  const events = {} as Fixture['events'];
  const imported = {} as Fixture['imported'];
  const alerts = {} as Fixture['alerts'];
  for (const level of LEVELS) {
    const m = markers[level][0]!;
    const { text, event } = marked(m, PLACES[level], 10 + LEVELS.indexOf(level));
    const report = await saveReport(db, { source: { name: `Source ${m}`, type: 'field report' }, text, title: `Title ${m}`, lang: 'en', published: PLACES[level].date, owner: owner(level) });
    [events[level]] = (await resolveReport(db, report.id, [event])) as [number];
    await saveImportedEvents(db, { name: `Dataset ${m}`, type: 'dataset' }, [{ ...event, event_date: '2024-01-0' + (1 + LEVELS.indexOf(level)), external_id: `X-${m}`, notes: `Notes ${m}` }]);
    const row = await db.query<{ id: number }>(
      `update events set owner_org = $1, sharing = $2, partnership_id = $3 where external_id = $4 returning id`,
      [a!.id, level, level === 'partners' ? cell.id : null, `X-${m}`],
    );
    imported[level] = row.rows[0]!.id;
  }
  // Created private first: a stream that leaks sends the private alert before anything it may send.
  for (const level of LEVELS) {
    const m = markers[level][0]!;
    const [saved] = await saveFindings(db, [{
      kind: 'siege', key: `siege-${m}`, severity: 'high', first_day: PLACES[level].date, last_day: PLACES[level].date,
      actors: [`Group ${m}`], places: [{ name: PLACES[level].location, country: 'Mali', admin1: PLACES[level].location, latitude: PLACES[level].latitude, longitude: PLACES[level].longitude, event_ids: [events[level]] }],
      event_ids: [events[level]], facts: { actor: `Group ${m}`, town: PLACES[level].location }, title: `Siege by ${m}`,
    }]);
    alerts[level] = saved!.id;
  }
  // The merged event: a public report, then a private one of the same ambush with a lower toll.
  const kidal = { location: 'Kidal', latitude: 18.44, longitude: 1.41, date: '2025-07-16' };
  const pub = marked('Witnesses', kidal, 88888);
  const priv = marked(markers.private[0]!, kidal, 74329);
  const pubReport = await saveReport(db, { source: { name: 'Public radio', type: 'independent media' }, text: pub.text, lang: 'en', published: kidal.date, owner: owner('public') });
  const privReport = await saveReport(db, { source: { name: `Source ${markers.private[0]}`, type: 'field report' }, text: priv.text, lang: 'en', published: kidal.date, owner: owner('private') });
  [events.merged] = (await resolveReport(db, pubReport.id, [pub.event])) as [number];
  const [mergedAgain] = await resolveReport(db, privReport.id, [{ ...priv.event, actor1: pub.event.actor1 }]);
  if (mergedAgain !== events.merged) throw new Error('fixture: the private Kidal report did not join the public event');

  const callers: Caller[] = [{ name: 'anonymous', relation: 'anonymous', role: null, token: null }];
  for (const [relation, org] of [['own', a], ['partner', b], ['other', c]] as const) {
    for (const role of ROLES) {
      const { token } = await issueToken(db, { organisationId: org!.id, role, name: `${relation}-${role}`, expiresAt: null });
      callers.push({ name: `${relation} ${role}`, relation, role, token });
    }
  }
  return { markers, events, imported, alerts, callers };
}
