/**
 * Latin → Arabic transliteration of West African place names the way the region's Arabic press
 * writes them: French spelling read aloud (silent final s/t/x/z, ou → و, é → ي, gui → غي, dj → ج).
 * Pure; returns a few ranked variants (best first), never a combinatorial explosion.
 *
 * @example transliterate('Kayes') // ['كايس', 'كاي', ...] both the spoken and the spelled form
 */

/** One way to write a piece of the word, with a cost (lower is more likely). */
interface Option { ar: string; cost: number }

/** Whole words the press writes by meaning or custom rather than by sound. */
const WORDS: Record<string, string[]> = {
  sahel: ['الساحل'],
  // "Nioro du Sahel" is also "نيورو الساحل": the particle is often left out.
  du: ['دو', ''],
  de: ['دي', ''],
  el: ['ال'],
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

const MAX_VARIANTS = 6;
const BEAM = 16;
/** Spellings that need more than this many unlikely choices are not worth proposing. */
const MAX_COST = 3;

/**
 * How a country's Arabic press writes a hard g: Mauritanian media, whose Arabic is Hassaniya,
 * write it ك as often as غ (كوركول Gorgol, مونكل Monguel, كيدي ماغا Guidimakha).
 */
export type Spelling = 'standard' | 'hassaniya';

/** Up to `max` Arabic spellings of a Latin name (one or more words), best first. */
export function transliterate(name: string, max = MAX_VARIANTS, spelling: Spelling = 'standard'): string[] {
  const words = joinPrenasals(name.toLowerCase().normalize('NFC').split(/[^\p{L}]+/u).filter((w) => w.length > 0));
  if (words.length === 0) return [];
  let beam: Option[] = [{ ar: '', cost: 0 }];
  for (const word of words) {
    const options = WORDS[word]?.map((ar, i) => ({ ar, cost: i })) ?? wordVariants(word, spelling);
    const next: Option[] = [];
    for (const b of beam) for (const o of options) next.push({ ar: b.ar && o.ar ? `${b.ar} ${o.ar}` : b.ar || o.ar, cost: b.cost + o.cost });
    beam = best(next, BEAM);
  }
  return best(beam.filter((o) => o.cost <= MAX_COST && o.ar !== ''), max).map((o) => o.ar);
}

/** "Fada N'Gourma" is written "فادا نغورما": a lone n or m before a word is its first sound, not a word. */
function joinPrenasals(words: string[]): string[] {
  const out: string[] = [];
  let sound = '';
  for (let i = 0; i < words.length; i++) {
    const w = sound + words[i]!;
    sound = (w === 'n' || w === 'm') && i + 1 < words.length ? w : '';
    if (sound === '') out.push(w);
  }
  return out;
}

/** Variants of one word: segment it, then keep the cheapest combinations of segment options. */
function wordVariants(word: string, spelling: Spelling): Option[] {
  let beam: Option[] = [{ ar: '', cost: 0 }];
  for (const seg of segment(word, spelling)) {
    const next: Option[] = [];
    for (const b of beam) for (const o of seg) next.push({ ar: b.ar + o.ar, cost: b.cost + o.cost });
    beam = best(next, BEAM);
  }
  return beam.map((o) => ({ ar: collapse(o.ar), cost: o.cost })).filter((o) => o.ar.length > 0);
}

function best(options: Option[], n: number): Option[] {
  const seen = new Map<string, number>();
  for (const o of options) {
    const c = seen.get(o.ar);
    if (c === undefined || o.cost < c) seen.set(o.ar, o.cost);
  }
  return [...seen].map(([ar, cost]) => ({ ar, cost }))
    .sort((a, b) => a.cost - b.cost || (a.ar < b.ar ? -1 : a.ar > b.ar ? 1 : 0))
    .slice(0, n);
}

/** A long vowel written twice by neighbouring pieces is written once (Kayes: y + e → كايس), unless a piece wrote it twice on purpose (KEEP). */
function collapse(ar: string): string {
  return ar.replace(/([اوي])\1+/gu, '$1').replaceAll(KEEP, '');
}

/** Parts two letters that `collapse` would merge: removed once it has run. */
const KEEP = '|';

const o = (ar: string, cost = 0): Option => ({ ar, cost });
const c0 = (s: string) => s[0] ?? '';

/** Splits a word into pieces, each with the ways to write it. Longest rule first. */
function segment(word: string, spelling: Spelling): Option[][] {
  const hassaniya = spelling === 'hassaniya';
  const w = word.normalize('NFC');
  const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
  const segs: Option[][] = [];
  let i = 0;
  const at = (k: number) => plain[k] ?? '';
  const isVowel = (k: number) => VOWELS.has(at(k));
  while (i < plain.length) {
    const rest = plain.slice(i);
    const initial = i === 0;
    const nextAfter = (n: number) => i + n >= plain.length;
    // Word-initial vowels carry an alef (Ogossagou → أوغوساغو; normalised to ا).
    if (initial && rest.startsWith('ou') && isVowel(2)) { segs.push([o('و'), o('او', 1)]); i += 2; continue; }
    if (initial && rest.startsWith('ou')) { segs.push([o('او'), o('و', 1)]); i += 2; continue; }
    if (initial && (rest[0] === 'o' || rest[0] === 'u')) { segs.push([o('او'), o('ا', 1)]); i += 1; continue; }
    if (initial && (rest[0] === 'e' || rest[0] === 'i')) { segs.push([o('اي'), o('ا', 1)]); i += 1; continue; }
    if (initial && rest[0] === 'a') { segs.push([o('ا'), o('ع', 2)]); i += 1; continue; }
    // A word that opens on a nasal before a consonant takes an alef: N'Djamena → انجامينا, Mbout → امبود.
    if (initial && 'mn'.includes(rest[0]!) && rest[1] !== undefined && !VOWELS.has(rest[1]) && rest[1] !== rest[0]) {
      segs.push([o(rest[0] === 'm' ? 'م' : 'ن'), o(rest[0] === 'm' ? 'ام' : 'ان', hassaniya ? 1 : 2)]); i += 1; continue;
    }
    if (rest.startsWith('tch')) { segs.push([o('تش')]); i += 3; continue; }
    if (rest.startsWith('gui') || rest.startsWith('gue')) {
      // The e of "gue" before a consonant is a short vowel, often not written (Monguel → مونكل).
      const short = rest[2] === 'e' && at(i + 3) !== '' && !isVowel(i + 3) ? [o('غ', hassaniya ? 1 : 2), o('ك', hassaniya ? 1 : 3)] : [];
      segs.push([o('غي'), o('جي', 2), o('كي', hassaniya ? 0 : 2), ...short]); i += 3; continue;
    }
    if (rest.startsWith('eau')) { segs.push([o('و')]); i += 3; continue; }
    if (rest.startsWith('ch') || rest.startsWith('sh')) { segs.push([o('ش')]); i += 2; continue; }
    if (rest.startsWith('kh')) { segs.push([o('خ')]); i += 2; continue; }
    if (rest.startsWith('gh')) { segs.push([o('غ')]); i += 2; continue; }
    // Some papers keep the d of "dj" (Silgadji → سيلغادجي), as they write "Djibouti" جيبوتي but "Ndjamena" انجامينا.
    if (rest.startsWith('dj') || rest.startsWith('dz')) { segs.push(initial ? [o('ج')] : [o('ج'), o('دج', 2)]); i += 2; continue; }
    if (rest.startsWith('dh')) { segs.push([o('د'), o('ذ', 1)]); i += 2; continue; }
    if (rest.startsWith('th')) { segs.push([o('ت')]); i += 2; continue; }
    if (rest.startsWith('ph')) { segs.push([o('ف')]); i += 2; continue; }
    if (rest.startsWith('qu')) { segs.push([o('ك'), o('ق', 1)]); i += 2; continue; }
    // Mauritanian spellings also write it ن (Mbagne → امبان).
    if (rest.startsWith('gn')) { segs.push(hassaniya ? [o('ني'), o('ن', 1), o('غن', 2)] : [o('ني'), o('غن', 2)]); i += 2; continue; }
    if (rest.startsWith('ou')) {
      // "ou" is و; inside a word it is sometimes not written at all (Tombouctou → تمبكتو).
      segs.push(nextAfter(2) ? [o('و')] : [o('و'), o('', 2)]); i += 2; continue;
    }
    // "om"/"on" before a consonant is often written without its vowel (Tombouctou → تمبكتو).
    if (c0(rest) === 'o' && 'mn'.includes(at(i + 1)) && at(i + 2) && !isVowel(i + 2)) { segs.push([o('و'), o('', 2)]); i += 1; continue; }
    // "ié" inside a word is also written with its two sounds (Diéma → دييما, Takiéta → تاكييتا).
    // So is a final "ié" (Kandounié → كاندونيي).
    if (!initial && c0(rest) === 'i' && /^[eé]$/.test(w[i + 1] ?? '') && ((at(i + 2) && !isVowel(i + 2) && !nextAfter(2)) || (w[i + 1] === 'é' && nextAfter(2)))) {
      segs.push([o('ي'), o(`ي${KEEP}ي`, 1)]); i += 2; continue;
    }
    // "oi" is French "wa", but the Songhai "koira" (town) is also written كويرا.
    if (rest.startsWith('oi')) { segs.push([o('وا'), o('وي', 1)]); i += 2; continue; }
    if (rest.startsWith('ai') || rest.startsWith('ei')) { segs.push([o('ي'), o('اي', 1)]); i += 2; continue; }
    if (rest.startsWith('au')) { segs.push([o('و')]); i += 2; continue; }
    const c = rest[0]!;
    const accented = /[éèêë]/.test(w[i] ?? '');
    if (w[i] === 'ç') { segs.push([o('س')]); i += 1; continue; }
    // Silent final consonants after a vowel or silent e (Kayes → كاي as well as كايس).
    if ('stxz'.includes(c) && nextAfter(1) && isVowel(i - 1)) {
      const sound = c === 's' ? 'س' : c === 't' ? 'ت' : c === 'x' ? 'كس' : 'ز';
      segs.push([o(sound), o('', 1)]); i += 1; continue;
    }
    // Mauritania's press ends a name on a ta marbuta where French ends it on a or é (Tidjikja → تجكجة, Boustéïlé → بوستيلة).
    if (hassaniya && !initial && nextAfter(1) && (c === 'a' || (c === 'e' && accented)) && !isVowel(i - 1)) { segs.push([o(c === 'a' ? 'ا' : 'ي'), o('ة', 1)]); i += 1; continue; }
    // A final "èy" / "ey" is said "ay" in Songhai and Zarma names, and written so too (Kanèy → كاني, كاناي).
    // It is also written with its two sounds, "eye" too (Téguey → تيغيي, Gotheye → غوتيي).
    if (c === 'e' && at(i + 1) === 'y' && nextAfter(2) && !initial) { segs.push([o('ي'), o(`ي${KEEP}ي`, 0.5), o('اي', 1)]); i += 2; continue; }
    if (c === 'e' && at(i + 1) === 'y' && at(i + 2) === 'e' && nextAfter(3) && !initial) { segs.push([o('ي'), o(`ي${KEEP}ي`, 0.5), o('اي', 1)]); i += 3; continue; }
    if (c === 'e' && nextAfter(1)) { segs.push(accented ? [o('ي')] : [o(''), o('ي', 1)]); i += 1; continue; }
    if (c === 'e' && 'sz'.includes(at(i + 1)) && nextAfter(2) && !accented) { segs.push([o(''), o('ي', 1)]); i += 1; continue; }
    const single = LETTERS[c];
    if (single) {
      const opts = soft(c, at(i + 1)) ?? (hassaniya && c === 'g' ? HASSANIYA_G : single);
      // A final vowel is always written (Bamako → باماكو, never باماك).
      segs.push(VOWELS.has(c) && nextAfter(1) ? opts.filter((x) => x.ar !== '') : opts);
      // Doubled consonants are written once.
      i += at(i + 1) === c && !VOWELS.has(c) ? 2 : 1;
      continue;
    }
    i += 1; // anything else (apostrophes, digits) is not written
  }
  return segs;
}

/** c and g before e/i/y sound soft in French (Cité → سيتي; Gé → جي). */
function soft(c: string, next: string): Option[] | null {
  const front = next === 'e' || next === 'i' || next === 'y';
  if (c === 'c' && front) return [o('س')];
  if (c === 'g' && front) return [o('ج'), o('غ', 1)];
  return null;
}

/** A hard g in Mauritania: ك as likely as غ. */
const HASSANIYA_G: Option[] = [o('غ'), o('ك'), o('ج', 1)];

const LETTERS: Record<string, Option[]> = {
  a: [o('ا')],
  b: [o('ب')],
  c: [o('ك')],
  d: [o('د')],
  e: [o('ي'), o('', 1)],
  f: [o('ف')],
  g: [o('غ'), o('ج', 1), o('ك', 1)],
  h: [o('ه'), o('', 1)],
  i: [o('ي')],
  j: [o('ج')],
  k: [o('ك')],
  l: [o('ل')],
  m: [o('م')],
  n: [o('ن')],
  o: [o('و')],
  p: [o('ب')],
  q: [o('ق'), o('ك', 1)],
  r: [o('ر')],
  s: [o('س')],
  t: [o('ت'), o('ط', 2)],
  u: [o('و')],
  v: [o('ف')],
  w: [o('و')],
  x: [o('كس')],
  y: [o('ي')],
  z: [o('ز')],
};
