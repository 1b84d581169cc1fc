import type { TimePrecision } from '../types.ts';

/** A date found in the tokens, before it becomes a DateMention: token range [first, next). */
export interface FoundDate {
  first: number;
  next: number;
  date: string;
  timePrecision: TimePrecision;
  kind: 'absolute' | 'relative';
  /** "le même jour" (0), "la veille" (-1), "le lendemain" (+1): the date of the mention before it, moved by so many days; resolved last. */
  sameDay?: boolean;
  dayOffset?: number;
}
