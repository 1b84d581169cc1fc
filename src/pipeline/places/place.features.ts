import { readFileSync } from 'node:fs';
import type { Token } from '../types.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import { normaliseTerm } from '../text/normalise.ts';

const FILE = new URL('../../../data/gazetteer/features.json', import.meta.url);

let index: PhraseIndex<string> | null = null;

/** The lakes and plains of data/gazetteer/features.json, by the region each lies in, indexed once. */
function load(): PhraseIndex<string> {
  if (index) return index;
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as { features: { admin1: string; names: string[] }[] };
  index = new PhraseIndex(raw.features.flatMap(({ admin1, names }) => names.map((n) => ({ phrase: normaliseTerm(n), value: admin1 }))));
  return index;
}

/**
 * The regions a report names through a feature that lies in one ("on the shores of Lake Chad" is
 * in Diffa): they weigh on same-named places as a region named outright does.
 *
 * @example featureRegions(tokenise(normalise('near Bosso on Lake Chad'))) // → ['Diffa']
 */
export function featureRegions(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const m of load().matchAll(tokens)) if (!out.includes(m.value)) out.push(m.value);
  return out;
}
