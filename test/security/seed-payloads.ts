// Stores one report and one coded event per payload (in the report text, its title and source name,
// the event's location, admin2 and actors, and the location's evidence quote), and optionally one
// imported event per payload carrying it in the notes too.
import { resolveReport } from '../../src/dedup/resolver.ts';
import type { Db } from '../../src/store/db.ts';
import { saveImportedEvents } from '../../src/store/event.repository.ts';
import { saveReport } from '../../src/store/report.repository.ts';
import { makeEvent } from '../../src/store/test-fixtures.ts';

export interface Seeded {
  payload: string;
  /** The report text holding the payload, in an Arabic or French sentence. */
  text: string;
  /** The event coded from that report. */
  eventId: number;
}

/** Each event a week after the previous one and a little further east, so none is merged with another. */
const dayOf = (i: number) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);

export async function seedPayloads(db: Db, payloads: readonly string[], tag: string, withImported = false): Promise<Seeded[]> {
  const seeded: Seeded[] = [];
  for (const [i, payload] of payloads.entries()) {
    const ar = i % 2 === 0;
    const before = ar ? `اشتباكات في كايس (${tag} ${i}): ` : `Affrontements à Kayes (${tag} ${i}) : `;
    const text = `${before}${payload}${ar ? ' حسب مصادر محلية.' : ' selon des sources locales.'}`;
    const report = await saveReport(db, {
      source: { name: `${tag} ${i} ${payload}`, type: 'independent media' },
      text, lang: ar ? 'ar' : 'fr', title: payload, published: dayOf(i),
    });
    const quote = { field: 'location', start: before.length, end: before.length + payload.length, text: payload };
    const [eventId] = await resolveReport(db, report.id, [makeEvent({
      event_date: dayOf(i), location: payload, admin2: payload, actor1: payload, actor2: `${payload} (Mali)`,
      latitude: 14 + i * 0.01, longitude: -11 + i * 0.05, evidence: [quote], claims: [],
    })]);
    seeded.push({ payload, text, eventId: eventId! });
  }
  if (withImported) {
    await saveImportedEvents(db, { name: `${tag} dataset`, type: 'international wire' }, payloads.map((payload, i) => ({
      ...makeEvent({ event_date: dayOf(i), location: payload, actor1: payload, latitude: 10 + i * 0.01, longitude: 0 + i * 0.05, evidence: [], claims: [] }),
      external_id: `${tag}-${i}`, notes: payload,
    })));
  }
  return seeded;
}
