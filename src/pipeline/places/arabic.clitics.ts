/**
 * Readings of an Arabic word without its leading clitics (و ب ل ف ك and the article ال, and
 * their combinations): "ونيرو" → نيرو, "بالساحل" → الساحل and ساحل. The word itself comes first.
 * `cut` is how many letters were removed; `article` says whether an ال was among them.
 */
export interface Stem { stem: string; cut: number; article: boolean }

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const MIN_STEM = 3;

export function arabicStems(word: string): Stem[] {
  const out: Stem[] = [{ stem: word, cut: 0, article: false }];
  const seen = new Set([word]);
  const push = (cut: number, article: boolean) => {
    const stem = word.slice(cut);
    if (stem.length >= MIN_STEM && !seen.has(stem)) {
      seen.add(stem);
      out.push({ stem, cut, article });
    }
  };
  let i = 0;
  if (CONJ.includes(word[i]!)) push(++i, false);
  if (PREP.includes(word[i]!)) push(++i, false);
  // لل is ل + ال with the alef dropped: "للساحل".
  if (word[i - 1] === 'ل' && word.startsWith('ل', i)) push(i + 1, true);
  if (word.startsWith('ال', i)) push(i + 2, true);
  return out;
}
