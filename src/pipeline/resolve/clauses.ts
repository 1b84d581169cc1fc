import type { Span } from '../types.ts';

/** Commas, semicolons and colons, Latin and Arabic (، ؛): what closes a clause. */
export const CLAUSE_BREAKS: readonly number[] = [0x2c, 0x3b, 0x3a, 0x60c, 0x61b];
/** Those and dashes (— –), which part a title line's clauses too ("Tahoua — émeutes à Illéla"), though a dash in running text may only open an aside. */
const TITLE_BREAKS: readonly number[] = [...CLAUSE_BREAKS, 0x2014, 0x2013];

/**
 * A sentence's clauses, to tell which of several towns an act belongs to in a sentence that lists
 * acts town by town ("nuit d'émeutes à Illéla, deux élèves tués lors d'une marche à Madaoua").
 *
 * @example const c = new Clauses('Tahoua : émeutes à Illéla, marche à Madaoua', { start: 0, end: 43, text: '' });
 *   c.at(20) === 1; c.isLabel(0) === true
 */
export class Clauses {
  /** Where each break stands in the text. */
  private readonly breaks: number[] = [];

  constructor(private readonly text: string, private readonly sentence: Span) {
    for (let j = sentence.start; j < sentence.end; j++) if (TITLE_BREAKS.includes(text.charCodeAt(j))) this.breaks.push(j);
  }

  /** How many clauses the sentence has. */
  get count(): number {
    return this.breaks.length + 1;
  }

  /** The clause (0 for the first) of a text offset in the sentence. */
  at(offset: number): number {
    let k = 0;
    while (k < this.breaks.length && this.breaks[k]! < offset) k++;
    return k;
  }

  /** Clause k's stretch of the text. */
  span(k: number): readonly [number, number] {
    return [k === 0 ? this.sentence.start : this.breaks[k - 1]!, k < this.breaks.length ? this.breaks[k]! : this.sentence.end];
  }

  /** Whether clause k is a label before a colon ("Tahoua : ..."): where a story is filed, no act's place. */
  isLabel(k: number): boolean {
    return k === 0 && this.breaks.length > 0 && this.text[this.breaks[0]!] === ':';
  }
}
