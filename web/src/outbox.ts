// Field reports waiting on this device to reach the server. Kept in IndexedDB, not localStorage:
// a report may be up to 100,000 characters and a field worker may queue many of them while
// offline, past localStorage's few megabytes; IndexedDB also survives the page being closed.
// Each carries a client_id made before the first try, so sending it twice (an answer lost on a
// bad line, two tabs flushing at once) finds the first copy on the server: never two reports.
import { csrfHeader, notifyUnauthorized } from './api.ts';

export interface Submission {
  client_id: string;
  text: string;
  title?: string;
  published_at?: string;
  lang?: 'ar' | 'fr' | 'en';
}

/** 'queued' waits for the network; 'failed' was refused by the server and is not retried. */
export interface OutboxItem extends Submission {
  created_at: string;
  state: 'queued' | 'failed';
  error?: string;
  status?: number;
}

const DB_NAME = 'sahelwatch';
const STORE = 'outbox';

let opening: Promise<IDBDatabase> | undefined;
function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'client_id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = work(tx.objectStore(STORE));
    // Resolve on commit, not on the request: a put is only durable once its transaction is.
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Oldest first: they are sent in the order they were written. */
export async function list(): Promise<OutboxItem[]> {
  const items = await run('readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>);
  return items.sort((a, b) => a.created_at.localeCompare(b.created_at));
}
export const put = (item: OutboxItem) => run('readwrite', (s) => s.put(item)).then(() => undefined);
export const remove = (clientId: string) => run('readwrite', (s) => s.delete(clientId)).then(() => undefined);

/** crypto.randomUUID exists only in secure contexts; a dashboard on a LAN address over plain http is not one. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Generous: the server codes the report before it answers, and loads its models at the first one. */
const SEND_TIMEOUT_MS = 120_000;

export type SendResult =
  | { kind: 'sent'; report_id: number; created: boolean }
  | { kind: 'offline' } // no answer at all, or one worth trying again later
  | { kind: 'refused'; status: number; error: string };

/**
 * One POST. Only an answer the server will give again is final (400, 403, 409, 413, other 4xx): no
 * answer, 401 (sign in again), 408, 429 and 5xx are passing troubles and the item stays queued.
 */
export async function send(item: Submission): Promise<SendResult> {
  const body: Submission = { client_id: item.client_id, text: item.text };
  if (item.title) body.title = item.title;
  if (item.published_at) body.published_at = item.published_at;
  if (item.lang) body.lang = item.lang;
  let res: Response;
  try {
    // A line that hangs must not hold the outbox (and its cross-tab lock) for ever; the client_id makes a retry safe.
    res = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeader() },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch {
    return { kind: 'offline' };
  }
  if (res.ok) {
    // A 2xx without our JSON (a captive portal, a proxy) is not a receipt: keep it queued.
    const answer = (await res.json().catch(() => null)) as { report_id?: number; created?: boolean } | null;
    if (typeof answer?.report_id !== 'number') return { kind: 'offline' };
    return { kind: 'sent', report_id: answer.report_id, created: answer.created === true };
  }
  // 401: not signed in (or the session ran out): kept until the analyst signs in again.
  if (res.status === 401) notifyUnauthorized();
  if (res.status === 401 || res.status === 408 || res.status === 429 || res.status >= 500) return { kind: 'offline' };
  const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
  return { kind: 'refused', status: res.status, error: problem?.detail ?? `${res.status} ${res.statusText}` };
}
