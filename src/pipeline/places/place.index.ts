import type { GazetteerEntry } from './gazetteer.format.ts';

/** How a name came to be in the index: trust falls from published names to fuzzy spellings. */
export type NameSource = 'name' | 'generated' | 'fuzzy';

/** A name as a token sequence, with the entries it names. */
export interface IndexedName { tokens: string[]; ids: number[]; source: 'name' | 'generated' }

const ARABIC = /[\u0600-\u06ff]/;
/** Fuzzy matching (one letter off) only for Arabic words this long: shorter ones are too alike. */
const FUZZY_MIN = 4;

/**
 * Names by first token, longest first, plus a one-deletion neighbourhood of the Arabic first
 * tokens of prominent places so that "نيرو" finds "نيورو".
 */
export class NameIndex {
  private readonly byFirst = new Map<string, IndexedName[]>();
  private readonly deletions = new Map<string, string[]>();

  constructor(entries: readonly GazetteerEntry[], stop: Set<string>, prominent: (e: GazetteerEntry) => boolean) {
    const names = new Map<string, IndexedName>();
    const add = (name: string, id: number, source: 'name' | 'generated') => {
      if (stop.has(name) || name.length < 3) return;
      const key = `${source}|${name}`;
      const hit = names.get(key);
      if (hit) hit.ids.push(id);
      else names.set(key, { tokens: name.split(' '), ids: [id], source });
    };
    const fuzzyFirst = new Set<string>();
    for (const e of entries) {
      for (const n of e.names) add(n, e.id, 'name');
      for (const n of e.generated) add(n, e.id, 'generated');
      if (prominent(e)) {
        for (const n of [...e.names, ...e.generated]) {
          const first = n.split(' ')[0]!;
          if (ARABIC.test(first) && first.length >= FUZZY_MIN && !stop.has(n)) fuzzyFirst.add(first);
        }
      }
    }
    for (const n of names.values()) {
      const list = this.byFirst.get(n.tokens[0]!) ?? [];
      list.push(n);
      this.byFirst.set(n.tokens[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const w of fuzzyFirst) {
      for (const d of deletionsOf(w)) {
        const l = this.deletions.get(d);
        if (l) l.push(w);
        else this.deletions.set(d, [w]);
      }
    }
  }

  /** Names starting with this exact token, longest first. */
  startingWith(token: string): readonly IndexedName[] {
    return this.byFirst.get(token) ?? [];
  }

  /**
   * Indexed first tokens that differ from `token` by one long-vowel letter (ا و ي) added,
   * dropped or swapped inside the word: the way Arabic spellings of one name differ
   * ("نيرو" for "نيورو"). Other one-letter differences make other words, so they are not tried.
   */
  near(token: string): string[] {
    if (!ARABIC.test(token) || token.length < FUZZY_MIN) return [];
    const out = new Set<string>();
    for (const d of deletionsOf(token)) {
      for (const w of this.deletions.get(d) ?? []) if (w !== token) out.add(w);
    }
    return [...out].sort();
  }
}

const LONG_VOWEL = new Set(['ا', 'و', 'ي']);

/** The word and the word less one inner long vowel (never the first or last letter). */
function deletionsOf(w: string): string[] {
  const out: string[] = [w];
  for (let i = 1; i < w.length - 1; i++) if (LONG_VOWEL.has(w[i]!)) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
