/**
 * How often the transliterator's variants include a published Arabic spelling:
 *   node bin/run-ts.js scripts/gazetteer/hit-rate.ts
 * against GeoNames' Arabic names (arabic-names.tsv) and ANETAC's English–Arabic location pairs.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseTerm } from '../../src/pipeline/text/normalise.ts';
import { transliterate } from '../../src/pipeline/places/transliterate.ts';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

function rate(pairs: [string, string[]][]): string {
  let hit = 0;
  for (const [latin, arabic] of pairs) {
    const v = new Set(transliterate(latin).map(normaliseTerm));
    if (arabic.some((a) => v.has(normaliseTerm(a)))) hit++;
  }
  return `${hit}/${pairs.length} (${((100 * hit) / pairs.length).toFixed(1)}%)`;
}

// arabic-names: a place counts as hit when any of its Arabic names is among the variants.
const byPlace = new Map<string, string[]>();
for (const line of readFileSync(`${shared}/geonames/arabic-names.tsv`, 'utf8').split('\n').slice(1)) {
  const f = line.split('\t');
  if (f.length >= 7 && /^[\u0600-\u06ff ]+$/.test(f[6]!)) byPlace.set(f[2]!, [...(byPlace.get(f[2]!) ?? []), f[6]!]);
}
console.log('arabic-names.tsv places:', rate([...byPlace]));

const anetac = readFileSync(`${shared}/transliteration/anetac-en-ar-named-entities.txt`, 'utf8').split('\n')
  .map((l) => l.trim().split(/\s+/))
  .filter((f) => f[0] === 'LOCATION' || f[0] === 'LOC')
  .filter((f) => f.length === 3)
  .map((f): [string, string[]] => [f[1]!, [f[2]!]]);
console.log('ANETAC one-word locations:', anetac.length ? rate(anetac) : 'none found');
