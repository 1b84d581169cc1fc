/**
 * Arabic proclitics on a normalised word: a conjunction (و ف), a preposition (ب ل ك) and the
 * article (ال; after ل it is written لل). Every stage that looks Arabic words up reads them here,
 * once per distinct word: `proclitics` is the one stripper, the other functions are its views.
 */
import { memo } from './memo.ts';

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const MIN_STEM = 2;
/** Stems shorter than this are too ambiguous to look up as names or figure words ("كم", "به"). */
const MIN_NAME_STEM = 3;

/** One way to read a word with its proclitics off. */
export interface Proclitic {
  stem: string;
  /** Letters taken off the front; -1 for the article restored after لل ("للقوات" → القوات), which is not a suffix of the word. */
  cut: number;
  /** An article was among the letters taken off. */
  article: boolean;
  /** Leading characters to leave out of a quoted span (see `procliticLength`). */
  skip: number;
}

// Words recur within and across reports, and every stage reads them: each is worked out once.
const readingsOf = memo((word: string): { all: readonly Proclitic[]; strings: readonly string[]; stems: readonly Proclitic[] } => {
  const all = strip(word);
  const stems = [{ stem: word, cut: 0, article: false, skip: 0 }, ...all.filter((p) => p.cut > 0 && p.stem.length >= MIN_NAME_STEM)];
  return { all, strings: all.map((p) => p.stem), stems };
}, 50_000);

function strip(word: string): Proclitic[] {
  const out: Proclitic[] = [{ stem: word, cut: 0, article: false, skip: 0 }];
  if (!/^[\u0621-\u064a]/.test(word)) return out;
  const add = (stem: string, cut: number, article: boolean): void => {
    if (stem.length >= MIN_STEM && !out.some((p) => p.stem === stem)) out.push({ stem, cut, article, skip: procliticLength(word, stem) });
  };
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      const prefix = c + p;
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (prefix) add(rest, prefix.length, false);
      if (p === 'ل' && rest.startsWith('ل')) {
        add('ال' + rest.slice(1), -1, false);
        add(rest.slice(1), prefix.length + 1, true);
      }
      if (rest.startsWith('ال')) add(rest.slice(2), prefix.length + 2, true);
    }
  }
  return out.filter((p) => p.stem.length >= MIN_STEM);
}

/**
 * Every reading of a normalised Arabic word with its proclitics removed, fewest removed first;
 * the word itself comes first. Non-Arabic words give just themselves; Arabic readings shorter than
 * two letters are dropped, the word itself included. Shared: do not modify the array.
 *
 * @example proclitics('للقوات').map((p) => p.stem) → ['للقوات', 'لقوات', 'القوات', 'قوات']
 */
export function proclitics(word: string): readonly Proclitic[] {
  return readingsOf(word).all;
}

/**
 * The readings as strings.
 *
 * @example cliticReadings('للقوات') → ['للقوات', 'لقوات', 'القوات', 'قوات']
 * @example cliticReadings('والجيش') → ['والجيش', 'الجيش', 'جيش']
 */
export function cliticReadings(word: string): readonly string[] {
  return readingsOf(word).strings;
}

/**
 * The readings a name or a figure word can hide behind: the word itself, then what is left once
 * leading letters are cut, at least three letters ("ونيرو" → نيرو, "بالساحل" → الساحل, ساحل).
 *
 * @example cliticStems('وكم').map((s) => s.stem) → ['وكم']
 */
export function cliticStems(word: string): readonly Proclitic[] {
  return readingsOf(word).stems;
}

/** Whether a token is a word once its proclitics are off ("بجنوب" is جنوب). */
export function hasStem(token: string, word: string): boolean {
  if (token === word) return true;
  for (const s of readingsOf(token).stems) if (s.stem === word) return true;
  return false;
}

/**
 * A word without its article, so that agreement ("الجيش المالي" / "جيش مالي") does not matter.
 *
 * @example withoutArticle('المالية') === 'مالية'
 */
export function withoutArticle(word: string): string {
  return word.startsWith('ال') && word.length - 2 >= MIN_STEM ? word.slice(2) : word;
}

/**
 * How many leading characters of a word are proclitics to leave out of a quoted span, given the
 * reading that matched: the conjunction and preposition go, the article stays ("والجيش" quotes
 * "الجيش"); "للقوات" is kept whole, since its article has lost its alef.
 *
 * @example procliticLength('والجيش', 'جيش') === 1
 * @example procliticLength('ونيورو', 'نيورو') === 1
 */
export function procliticLength(word: string, reading: string): number {
  if (!word.endsWith(reading)) return 0;
  const prefix = word.slice(0, word.length - reading.length);
  const kept = prefix.endsWith('ال') ? prefix.slice(0, -2) : prefix;
  return kept.endsWith('ل') && prefix.endsWith('لل') ? 0 : kept.length;
}
