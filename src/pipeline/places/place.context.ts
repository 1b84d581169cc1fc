import { readFileSync } from 'node:fs';
import type { Token } from '../types.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { arabicStems } from './arabic.clitics.ts';

/** What the words around a name say about it (data/gazetteer/context.json). */
export type ContextKind = 'admin1' | 'admin2' | 'near' | 'settlement' | 'river';

interface Phrases { before: string[][]; after: string[][] }

const FILE = new URL('../../../data/gazetteer/context.json', import.meta.url);

let lexicon: Map<ContextKind, Phrases> | null = null;

function load(): Map<ContextKind, Phrases> {
  if (lexicon) return lexicon;
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, { before: string[]; after: string[] }>;
  const split = (l: string[]) => l.map((p) => normaliseTerm(p).split(' ')).sort((a, b) => b.length - a.length);
  lexicon = new Map();
  for (const kind of ['admin1', 'admin2', 'near', 'settlement', 'river'] as const) {
    lexicon.set(kind, { before: split(raw[kind]!.before), after: split(raw[kind]!.after) });
  }
  return lexicon;
}

/** A token equals a word, or does once its Arabic clitics are stripped ("بمنطقة" is منطقه). */
function same(token: string, word: string): boolean {
  return token === word || arabicStems(token).some((s) => s.stem === word);
}

/** The context kinds that the words right before token `start` or right after token `end` show. */
export function contextOf(tokens: Token[], start: number, end: number): Set<ContextKind> {
  const found = new Set<ContextKind>();
  for (const [kind, { before, after }] of load()) {
    for (const p of before) {
      const from = start - p.length;
      // The first word of a phrase may carry clitics ("بالقرب"); the others are plain.
      if (from >= 0 && p.every((w, k) => (k === 0 ? same(tokens[from + k]!.text, w) : tokens[from + k]!.text === w))) found.add(kind);
    }
    for (const p of after) {
      if (end + p.length <= tokens.length && p.every((w, k) => tokens[end + k]!.text === w)) found.add(kind);
    }
  }
  return found;
}
