import { readFileSync } from 'node:fs';
import { normaliseTerm } from '../../src/pipeline/text/normalise.ts';
import { transliterate, type Spelling } from '../../src/pipeline/places/transliterate.ts';

/** Published Arabic names by GeoNames id (arabic-names.tsv: country, geonameid, ..., arabic_name, source). */
export function readArabicNames(file: string): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length < 7 || !f[6]) continue;
    const id = Number(f[1]);
    byId.set(id, [...(byId.get(id) ?? []), f[6]]);
  }
  return byId;
}

const LATIN_OR_ARABIC = /^([a-z0-9 ]+|[0-9 \u0621-\u064a]+)$/;

/** Hand-written Arabic names by GeoNames id (arabic-names.hand.tsv: geonameid, name, arabic_name). */
export function readHandNames(file: string): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, , arabic] = line.split('\t');
    if (!id || !arabic) continue;
    byId.set(Number(id), [...(byId.get(Number(id)) ?? []), arabic.trim()]);
  }
  return byId;
}

/**
 * Normalised, matchable names: Latin or Arabic script only, not mixed (other scripts never occur in our
 * reports), no airport codes (all-caps of up to 4 letters), no names with digits.
 */
export function cleanNames(raw: string[]): string[] {
  const out = new Set<string>();
  for (const r of raw) {
    if (/^[A-Z]{2,4}$/.test(r) || /\d/.test(r)) continue;
    const n = normaliseTerm(r);
    if (n.length >= 2 && LATIN_OR_ARABIC.test(n)) out.add(n);
  }
  return [...out];
}

/** Arabic spellings of Latin names, normalised; short ones (< 3 letters) collide with words. */
export function arabicVariants(latinNames: string[], known: Set<string>, perName: number, spelling: Spelling = 'standard'): string[] {
  const out = new Set<string>();
  // A hyphenated name is also written in one word ('I-n-Tillit' → 'إنتيليت', as well as 'إن تيليت').
  const spelt = latinNames.flatMap((name) => (name.includes('-') ? [name, name.replace(/-/g, '')] : [name]));
  for (const name of spelt) {
    for (const v of transliterate(name, perName, spelling)) {
      const n = normaliseTerm(v);
      if (n.replace(/ /g, '').length >= 3 && !known.has(n)) out.add(n);
    }
  }
  return [...out];
}

/**
 * Latin spellings a name is also written with, normalised: a hard c is also written k and back
 * (Doukombo, Doucombo), a doubled consonant once (Ninngari, Ningari; Bennichchab, Benichab), a
 * word's first w before a vowel ou and back (Wahabou, Ouahabou), qc or ks as x (Leqceiba, Lexeiba). None that is already a name
 * (of this place or another: `taken`). Like the Arabic ones, they are matched only with support.
 */
export function latinVariants(names: Iterable<string>, taken: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (!/^[a-z ]+$/.test(n)) continue;
    const variants = [
      n.replace(/k(?=[aou])/g, 'c'),
      n.replace(/(?<![sc])c(?=[aou])/g, 'k'),
      n.replace(/(ch|[bdfgklmnprstz])\1/g, '$1'),
      // Two sounds written qc or ks are also written x (Leqceiba, Lexeiba).
      n.replace(/qc|kc|ks/g, 'x'),
      // French writes a w before a vowel ou (Ouahabou for Wahabou), English the other way.
      n.replace(/(^|[^a-z])w(?=[aeiy])/g, '$1ou'),
      n.replace(/(^|[^a-z])ou(?=[aeiy])/g, '$1w'),
    ];
    for (const v of variants) {
      if (v !== n && v.replace(/ /g, '').length >= 4 && !taken.has(v)) out.add(v);
    }
  }
  return [...out];
}
