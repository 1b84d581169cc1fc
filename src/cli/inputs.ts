/** Every input of a command read and validated before the command writes anything. */
import { readDocuments, type InputDocument, type ReadOptions } from '../pipeline/ingest/read-documents.ts';
import { UsageError } from './errors.ts';

/** The sources as given, `-` for stdin when none is given and stdin is not a terminal. */
export function sourcesOrStdin(sources: string[]): string[] {
  if (sources.length > 0) return sources;
  if (!process.stdin.isTTY) return ['-'];
  throw new UsageError('MISSING_ARGUMENT', 'give one or more FILEs, or - to read standard input');
}

export async function readAll(sources: string[], opts: ReadOptions): Promise<InputDocument[]> {
  if (sources.filter((s) => s === '-').length > 1) throw new UsageError('BAD_OPTION', 'stdin (-) can be read only once');
  const docs: InputDocument[] = [];
  for (const source of sources) docs.push(...(await readDocuments(source, opts)));
  return docs;
}
