import type { Lang } from '../types.ts';
import functionWords from './function-words.json' with { type: 'json' };
import { rankFrenchEnglish } from './language.trigrams.ts';
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts';
import { astralTable, unitTable } from './unit-table.ts';

/** Share of Arabic-script letters above which a text is Arabic without asking franc. */
const ARABIC_RATIO = 0.5;
/** Below this many Latin letters franc's trigrams are unreliable; function words decide. */
const SHORT_TEXT = 60;
/** Below this many, function words that all vote one way, and are several, overrule the trigrams. */
const MEDIUM_TEXT = 400;
const UNANIMOUS_VOTES = 3;

const FR_WORDS = new Set(functionWords.fr);
const EN_WORDS = new Set(functionWords.en);

/**
 * The language of a report, restricted to Arabic, French and English. `hint` wins when the text
 * says too little (empty, or a tie). Confidence is in [0, 1].
 *
 * @example detectLanguage('قتل جنديان في هجوم').lang === 'ar'
 * @example detectLanguage('Des hommes armés ont attaqué le poste.').lang === 'fr'
 */
export function detectLanguage(text: string, hint?: Lang): { lang: Lang; confidence: number } {
  const { arabic, latin } = lettersByScript(text);
  const letters = arabic + latin;
  if (letters === 0) return { lang: hint ?? 'fr', confidence: 0 };
  const ratio = arabic / letters;
  if (ratio >= ARABIC_RATIO) return { lang: 'ar', confidence: round(ratio) };
  const short = latin < SHORT_TEXT;
  // A sentence or two: trigrams can still mislead ("Malian troops carried out executions in Sevare on
  // Monday, residents said." ranks French), where the function words all vote one way.
  const words = latin < MEDIUM_TEXT ? byFunctionWords(text) : null;
  if (!short && words && words.confidence === 1 && words.votes >= UNANIMOUS_VOTES) return { lang: words.lang, confidence: words.confidence };
  const guess = short ? words : byTrigrams(text);
  if (guess && guess.confidence >= 0.5) return guess;
  if (hint) return { lang: hint, confidence: 0.5 };
  // franc is the costly part: a long text has had its answer (null) already.
  return guess ?? (short ? byTrigrams(text) : null) ?? { lang: 'fr', confidence: 0 };
}

/** How many code points of a text are in the Arabic script and how many in the Latin script. */
function lettersByScript(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let script: number;
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      script = astralScript(text.codePointAt(i)!);
      i++;
    } else {
      script = unitScript(code);
    }
    if (script === ARABIC) arabic++;
    else if (script === LATIN) latin++;
  }
  return { arabic, latin };
}

const ARABIC_CHAR = /^\p{Script=Arabic}$/u;
const LATIN_CHAR = /^\p{Script=Latin}$/u;
const OTHER = 1;
const ARABIC = 2;
const LATIN = 3;

/** The script of each UTF-16 unit outside a surrogate pair, worked out on first sight. */
const unitScript = unitTable((code) => scriptOf(String.fromCharCode(code)));
/** The same for code points beyond the BMP, rare in reports. */
const astralScript = astralTable((codePoint) => scriptOf(String.fromCodePoint(codePoint)));

function scriptOf(ch: string): number {
  return ARABIC_CHAR.test(ch) ? ARABIC : LATIN_CHAR.test(ch) ? LATIN : OTHER;
}

/** Votes of common words ("le", "des", "the", "of"); null on a tie. */
function byFunctionWords(text: string): { lang: Lang; confidence: number; votes: number } | null {
  let fr = 0;
  let en = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  }
  if (fr === en) return null;
  const lang: Lang = fr > en ? 'fr' : 'en';
  return { lang, confidence: round(0.5 + (0.5 * Math.abs(fr - en)) / (fr + en)), votes: fr + en };
}

/** franc's trigram ranking between French and English; confidence from the margin. */
function byTrigrams(text: string): { lang: Lang; confidence: number } | null {
  const [top, second] = rankFrenchEnglish(text);
  if (!top) return null;
  const lang = top[0];
  const margin = second ? 1 - second[1] : 1;
  return { lang, confidence: round(Math.min(1, 0.5 + margin * 4)) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
