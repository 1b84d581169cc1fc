import { readFileSync } from 'node:fs';
import type { Token } from '../types.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { hasStem } from '../text/clitics.ts';

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

/** The context kinds that the words right before token `start` or right after token `end` show. */
export function contextOf(tokens: Token[], start: number, end: number): Set<ContextKind> {
  const found = new Set<ContextKind>();
  for (const [kind, { before, after }] of load()) {
    for (const p of before) {
      const from = start - p.length;
      // The first word of a phrase may carry clitics ("بالقرب"); the others are plain.
      if (from >= 0 && plainFrom(tokens, from, p) && hasStem(tokens[from]!.text, p[0]!)) found.add(kind);
    }
    for (const p of after) {
      if (end + p.length <= tokens.length && tokens[end]!.text === p[0] && plainFrom(tokens, end, p)) found.add(kind);
    }
  }
  return found;
}

/** Whether the phrase's words after the first are the tokens from `from` + 1 on. */
function plainFrom(tokens: Token[], from: number, p: string[]): boolean {
  for (let k = 1; k < p.length; k++) if (tokens[from + k]!.text !== p[k]) return false;
  return true;
}
