/** Whether words declare a siege or blockade (data/lexicons/situations.json). */
import { readFileSync } from 'node:fs';
import { cliticStems } from '../pipeline/text/clitics.ts';
import { normalise } from '../pipeline/text/normalise.ts';

const FILE = new URL('../../data/lexicons/situations.json', import.meta.url);
const ARABIC = /[\u0600-\u06ff]/;

let patterns: string[] | null = null;

function siegePatterns(): string[] {
  if (patterns) return patterns;
  const file = JSON.parse(readFileSync(FILE, 'utf8')) as { siege: Record<string, string[]> };
  patterns = Object.values(file.siege).flat().map((w) => normalise(w).text);
  return patterns;
}

/**
 * @example declaresSiege('الحصار') // true
 * @example declaresSiege('attaque') // false
 */
export function declaresSiege(words: string): boolean {
  const tokens = normalise(words).text.split(/\s+/).filter(Boolean);
  // Each word with and without its proclitics ("والحصار" → "حصار").
  const readings = tokens.map((t) => (ARABIC.test(t) ? cliticStems(t).map((s) => s.stem) : [t]));
  return siegePatterns().some((p) => {
    const parts = p.split(' ');
    return tokens.some((_, i) => parts.every((part, k) => (readings[i + k] ?? []).some((r) => matches(r, part))));
  });
}

function matches(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}
