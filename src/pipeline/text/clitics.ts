/**
 * Arabic proclitics on a normalised word: a conjunction (و ف), a preposition (ب ل ك) and the
 * article (ال; after ل it is written لل). Matchers look words up under each reading.
 */

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const MIN_STEM = 2;

/**
 * The readings of a normalised Arabic word with its proclitics removed, fewest removed first;
 * the word itself always comes first. Non-Arabic words give just themselves.
 *
 * @example cliticReadings('للقوات') → ['للقوات', 'لقوات', 'القوات', 'قوات']
 * @example cliticReadings('والجيش') → ['والجيش', 'الجيش', 'جيش']
 */
export function cliticReadings(word: string): string[] {
  const out = [word];
  if (!/^[\u0621-\u064a]/.test(word)) return out;
  const add = (w: string): void => {
    if (w.length >= MIN_STEM && !out.includes(w)) out.push(w);
  };
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      const prefix = c + p;
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (prefix) add(rest);
      if (p === 'ل' && rest.startsWith('ل')) {
        add('ال' + rest.slice(1));
        add(rest.slice(1));
      }
      if (rest.startsWith('ال')) add(rest.slice(2));
    }
  }
  return out.filter((w) => w.length >= MIN_STEM);
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
