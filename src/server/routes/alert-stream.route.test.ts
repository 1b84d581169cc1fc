import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeFinding, placeOf } from '../../detect/test-findings.ts';
import { AlertFeed } from '../../deliver/alert.feed.ts';
import { lastAlertCursor, saveFindings, setAlertStatus } from '../../store/alert.repository.ts';
import type { Db } from '../../store/db.ts';
import { clearData, TEST_DRIVERS } from '../../store/test-drivers.ts';
import { createApp } from '../app.ts';

interface Message { event: string; id: string; data: any }

/** Reads SSE messages off a response body, as many as asked at a time (comments are skipped). */
function sse(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async take(n: number): Promise<Message[]> {
      const out: Message[] = [];
      while (out.length < n) {
        const cut = buffer.indexOf('\n\n');
        if (cut < 0) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          continue;
        }
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
        if (fields.event) out.push({ event: fields.event, id: fields.id ?? '', data: JSON.parse(fields.data ?? 'null') });
      }
      return out;
    },
    close: () => reader.cancel(),
  };
}

async function take(body: ReadableStream<Uint8Array>, n: number): Promise<Message[]> {
  const stream = sse(body);
  const got = await stream.take(n);
  await stream.close();
  return got;
}

describe.each(TEST_DRIVERS)('GET /api/alerts/stream on $name', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(async () => {
    await clearData(db);
    app = createApp({ db, towns: () => [], alertFeed: new AlertFeed(db, { intervalMs: 20 }) });
  });

  it('sends an alert raised after the reader connected, then its growth, then its acknowledgement', async () => {
    await saveFindings(db, [makeFinding({ kind: 'siege', key: 'before' })]);
    // Connecting with the cursor of now, as a dashboard does after loading the list.
    const res = await app.request(`/api/alerts/stream?lang=fr&since=${await lastAlertCursor(db)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // Each change is read before the next is made: a reader who falls behind gets only the newest state.
    const stream = sse(res.body!);
    const [raised] = await saveFindings(db, [makeFinding()]);
    const messages = await stream.take(1);
    await saveFindings(db, [makeFinding({ places: [...makeFinding().places, placeOf('Sandaré', 14.7038, -10.3057, [4])] })]);
    messages.push(...(await stream.take(1)));
    await setAlertStatus(db, raised!.id, 'acknowledged');
    messages.push(...(await stream.take(1)));
    await stream.close();
    expect(messages.map((m) => [m.event, m.data.id, m.data.version, m.data.status, m.data.payload.places.length])).toEqual([
      ['alert', raised!.id, 1, 'new', 3],
      ['alert', raised!.id, 2, 'new', 4],
      ['alert', raised!.id, 3, 'acknowledged', 4],
    ]);
    expect(messages[0]!.data.title).toMatch(/^Offensive coordonnée/);
    expect(Number(messages[2]!.id)).toBeGreaterThan(Number(messages[0]!.id));
  });

  it('replays what came after Last-Event-ID, newest state once, and nothing before it', async () => {
    const [a] = await saveFindings(db, [makeFinding()]);
    const [b] = await saveFindings(db, [makeFinding({ kind: 'siege', key: 'siege-1' })]);
    const first = await take((await app.request('/api/alerts/stream?since=0')).body!, 2);
    expect(first.map((m) => m.data.id)).toEqual([a!.id, b!.id]);
    await setAlertStatus(db, a!.id, 'resolved');
    const resumed = await take((await app.request('/api/alerts/stream', { headers: { 'Last-Event-ID': first[1]!.id } })).body!, 1);
    expect(resumed.map((m) => [m.data.id, m.data.status])).toEqual([[a!.id, 'resolved']]);
  });

  it('keeps to the filter: kinds, severity, area', async () => {
    await saveFindings(db, [
      makeFinding({ kind: 'abduction', key: 'a', severity: 'high' }),
      makeFinding({ kind: 'siege', key: 's', severity: 'medium' }),
      makeFinding({ kind: 'siege', key: 'far', severity: 'critical', places: [placeOf('Niamey', 13.51, 2.11)] }),
      makeFinding({ kind: 'siege', key: 'near', severity: 'critical' }),
    ]);
    const got = await take((await app.request('/api/alerts/stream?since=0&kinds=siege&min_severity=high&bbox=-13,13,-8,16')).body!, 1);
    expect(got.map((m) => [m.data.kind, m.data.severity, m.data.payload.places[0].name])).toEqual([['siege', 'critical', 'Kayes']]);
  });

  it('refuses a bad cursor or filter with a problem answer', async () => {
    const bad = await app.request('/api/alerts/stream', { headers: { 'Last-Event-ID': 'abc' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await app.request('/api/alerts/stream?kinds=weather')).status).toBe(400);
    expect((await app.request('/api/alerts/stream?min_severity=extreme')).status).toBe(400);
  });
});
