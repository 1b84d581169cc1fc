import { distance } from 'fastest-levenshtein';
import { isMinorFeature, type GazetteerEntry } from './gazetteer.format.ts';

/**
 * How a name came to be in the index: trust falls from published names to fuzzy spellings, and
 * to spellings that only sound like one of a place's (`sounded`).
 */
export type NameSource = 'name' | 'generated' | 'fuzzy' | 'sounded';

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
  /** Names by first token, one table per script, each built on first use: a French report never pays for Arabic. */
  private readonly byFirst: { latin: Map<string, IndexedName[]> | null; arabic: Map<string, IndexedName[]> | null } = { latin: null, arabic: null };
  /** The one-deletion neighbourhood of prominent places' Arabic first words, built on first use (Arabic text only). */
  private deletions: Map<string, string[]> | null = null;
  /** Every town's, village's and unit's Arabic spellings by their consonants (`soundOf`), built on first use (Arabic text only). */
  private sounds: Map<string, { sound: string; id: number }[]> | null = null;

  constructor(
    private readonly entries: readonly GazetteerEntry[],
    private readonly stop: Set<string>,
    private readonly prominent: (e: GazetteerEntry) => boolean,
    /** The entry an id stands for (the gazetteer's `byId`), so that matches come with their entries. */
    readonly entry: (id: number) => GazetteerEntry | undefined = byIdIn(entries),
  ) {}

  private table(arabic: boolean): Map<string, IndexedName[]> {
    const script = arabic ? 'arabic' : 'latin';
    const built = this.byFirst[script];
    if (built) return built;
    const byFirst = new Map<string, IndexedName[]>();
    const names = { name: new Map<string, IndexedName>(), generated: new Map<string, IndexedName>() };
    const add = (name: string, id: number, source: 'name' | 'generated') => {
      if (name.length < 3 || ARABIC.test(name[0]!) !== arabic || this.stop.has(name)) return;
      const hit = names[source].get(name);
      if (hit) {
        if (hit.ids[hit.ids.length - 1] !== id) hit.ids.push(id);
        return;
      }
      const n: IndexedName = { tokens: name.includes(' ') ? name.split(' ') : [name], ids: [id], source };
      names[source].set(name, n);
      const list = byFirst.get(n.tokens[0]!);
      if (list) list.push(n);
      else byFirst.set(n.tokens[0]!, [n]);
    };
    for (const e of this.entries) {
      for (const n of e.names) add(n, e.id, 'name');
      // Generated spellings: Arabic ones from the Latin names, and Latin variants of those (`add` keeps the table's script).
      for (const n of e.generated) add(n, e.id, 'generated');
    }
    for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst[script] = byFirst;
    return byFirst;
  }

  private deletionIndex(): Map<string, string[]> {
    if (this.deletions) return this.deletions;
    const fuzzyFirst = new Set<string>();
    for (const e of this.entries) {
      if (!this.prominent(e)) continue;
      for (const n of [...e.names, ...e.generated]) {
        const first = n.split(' ', 1)[0]!;
        if (first.length >= FUZZY_MIN && ARABIC.test(first) && !this.stop.has(n)) fuzzyFirst.add(first);
      }
    }
    this.deletions = new Map();
    for (const w of fuzzyFirst) {
      for (const d of deletionsOf(w)) {
        const l = this.deletions.get(d);
        if (l) l.push(w);
        else this.deletions.set(d, [w]);
      }
    }
    return this.deletions;
  }

  private soundIndex(): Map<string, { sound: string; id: number }[]> {
    if (this.sounds) return this.sounds;
    this.sounds = new Map();
    for (const e of this.entries) {
      // Towns and villages only: the words that allow a spelling by its sound call the place a town or village.
      if (isMinorFeature(e)) continue;
      for (const n of [...e.names, ...e.generated]) {
        if (!ARABIC.test(n[0]!) || this.stop.has(n)) continue;
        const sound = soundOf(n);
        const key = consonantsOf(sound);
        if (key.length < 2) continue;
        const list = this.sounds.get(key);
        if (!list) this.sounds.set(key, [{ sound, id: e.id }]);
        else if (!list.some((x) => x.id === e.id && x.sound === sound)) list.push({ sound, id: e.id });
      }
    }
    return this.sounds;
  }

  /**
   * The places one of whose Arabic spellings sounds like the word: the same consonants, told
   * apart by the emphatic or plain letter (ص س, ط ت), by how the hard g is written (ق غ ج ك)
   * and by ع for a vowel, with the long vowels (ا و ي, a final ه or ى) a letter or two off, or
   * none off when two consonants are all the word has; of those, the ones least off. The press
   * writes a village it names once as it hears it: "امبلال" for Mbalal (امبالال), "تاوريت" for
   * Taouarit, "كولويي" for Koloye. A name of several words is heard as one ("بانيبانغو" for "باني بانغو").
   */
  soundingLike(token: string): number[] {
    if (!ARABIC.test(token) || token.length < FUZZY_MIN || this.stop.has(token)) return [];
    const sound = soundOf(token);
    const key = consonantsOf(sound);
    if (key.length < 2) return [];
    // The nearest sounds only: "نيينييغا" is Nieniega (نيينيجا), not Nongo (نونغو) a vowel further.
    let off = key.length >= 5 ? 2 : key.length >= 3 ? 1 : 0;
    let ids: number[] = [];
    for (const c of this.soundIndex().get(key) ?? []) {
      const d = distance(c.sound, sound);
      if (d > off) continue;
      if (d < off) {
        off = d;
        ids = [];
      }
      if (!ids.includes(c.id)) ids.push(c.id);
    }
    return ids;
  }

  /** Names starting with this exact token, longest first. */
  startingWith(token: string): readonly IndexedName[] {
    return this.table(ARABIC.test(token)).get(token) ?? [];
  }

  /**
   * Indexed first tokens that differ from `token` by one long-vowel letter (ا و ي) added,
   * dropped or swapped inside the word: the way Arabic spellings of one name differ
   * ("نيرو" for "نيورو"). Other one-letter differences make other words, so they are not tried.
   */
  near(token: string): string[] {
    // A word of the stoplist ("غينيا", Guinea) is no place, nor a near spelling of one.
    if (!ARABIC.test(token) || token.length < FUZZY_MIN || this.stop.has(token)) return [];
    const out = new Set<string>();
    for (const d of deletionsOf(token)) {
      for (const w of this.deletionIndex().get(d) ?? []) if (w !== token) out.add(w);
    }
    return [...out].sort();
  }
}

/** An id lookup over the entries: the last entry with an id wins, as in `Gazetteer.byId`. */
function byIdIn(entries: readonly GazetteerEntry[]): (id: number) => GazetteerEntry | undefined {
  const ids = new Map<number, GazetteerEntry>();
  for (const e of entries) ids.set(e.id, e);
  return (id) => ids.get(id);
}

const LONG_VOWEL = new Set(['ا', 'و', 'ي']);

/** How West African names' sounds are spelt alike: emphatics as plain letters, the hard g's four spellings as one. */
const SOUND_LETTER: Readonly<Record<string, string>> = { 'ص': 'س', 'ط': 'ت', 'ض': 'د', 'ظ': 'ز', 'ق': 'ك', 'غ': 'ك', 'ج': 'ك' };

/**
 * A normalised Arabic spelling as heard: one letter per sound class (دج as ج), every run of vowel
 * letters (ا و ي ع, a final ه) one ا, the spaces between words gone.
 */
export function soundOf(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    // French "dj" is written دج or ج ("Djibo", جيبو): one sound.
    if (ch === ' ' || (ch === 'د' && word[i + 1] === 'ج')) continue;
    const vowel = LONG_VOWEL.has(ch) || ch === 'ع' || (ch === 'ه' && (i === word.length - 1 || word[i + 1] === ' '));
    if (vowel) {
      if (!out.endsWith('ا')) out += 'ا';
    } else out += SOUND_LETTER[ch] ?? ch;
  }
  return out;
}

function consonantsOf(sound: string): string {
  return sound.replace(/ا/g, '');
}

/** The word and the word less one inner long vowel (never the first or last letter). */
function deletionsOf(w: string): string[] {
  const out: string[] = [w];
  for (let i = 1; i < w.length - 1; i++) if (LONG_VOWEL.has(w[i]!)) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
