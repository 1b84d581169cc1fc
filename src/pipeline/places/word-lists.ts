import { readFileSync } from 'node:fs';
import { normaliseTerm } from '../text/normalise.ts';

/** A word list file: one entry a line, `#` comments, normalised like the text. */
export function readWordList(file: URL): string[] {
  return readWrittenList(file).map(normaliseTerm).filter((l) => l.length > 0);
}

/** A word list as written (comments and blank lines dropped, nothing normalised): for what normalising would lose. */
export function readWrittenList(file: URL): string[] {
  return readFileSync(file, 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l.length > 0);
}
