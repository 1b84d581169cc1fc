/** Reading dataset cells: each returns a value or null, never throws; the mapper decides what is fatal. */
import type { CodedEvent, EventType } from '../../types.ts';
import { isIsoDate } from '../iso-date.ts';

/** A row of a dataset as the store takes it. */
export type ImportedEvent = CodedEvent & { external_id: string; notes: string | null };

/** What a mapper makes of one row: an event, or the reason the row is left out. */
export type RowResult = { ok: true; event: ImportedEvent } | { ok: false; problem: string };

export const EVENT_TYPES: readonly EventType[] = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

export function text(v: string | undefined): string | null {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
}

export function int(v: string | undefined): number | null {
  const t = (v ?? '').trim();
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

export function float(v: string | undefined): number | null {
  const t = (v ?? '').trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2019-12-30", "2019-12-30 00:00:00.000" or "30 December 2019" → "2019-12-30"; anything else → null. */
export function isoDate(v: string | undefined): string | null {
  const t = (v ?? '').trim();
  const head = t.slice(0, 10);
  if (isIsoDate(head) && (t.length === 10 || /^[ T]/.test(t.slice(10)))) return head;
  const m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(t);
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.startsWith(m[2]!.toLowerCase()) && m[2]!.length >= 3);
  if (month < 0) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** ACLED's interaction code: the two inter codes, smaller first (1 and 7 → 17; one actor 2 → 20). */
export function interactionCode(inter1: number, inter2: number | null): number {
  if (!inter2) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** Clamps a precision code to ACLED's 1-3. */
export function precision(n: number): 1 | 2 | 3 {
  return n <= 1 ? 1 : n >= 3 ? 3 : 2;
}

/** A CSV row keyed by header. */
export type CsvRowLike = Readonly<Record<string, string | undefined>>;
