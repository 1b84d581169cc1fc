import type { TimePrecision } from '../types.ts';

/** A date found in the tokens, before it becomes a DateMention: token range [first, next). */
export interface FoundDate {
  first: number;
  next: number;
  date: string;
  timePrecision: TimePrecision;
  kind: 'absolute' | 'relative';
  /** "le même jour": takes the date of the mention before it, resolved last. */
  sameDay?: boolean;
}
