/**
 * JSON Lines of documents: {"id","text","published"?,"lang"?,"url"?} a line. Every line is
 * validated before any is returned, so a bad line 40 stops the run before anything is written.
 */
import { z } from 'zod';
import type { Document } from '../types.ts';
import { InputError } from './errors.ts';
import { isIsoDate } from './iso-date.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');

const DocumentLine = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
  published: isoDate.nullish(),
  lang: z.enum(['ar', 'fr', 'en', 'auto']).nullish(),
  url: z.string().nullish(),
});

export interface JsonlDefaults {
  published?: string;
  lang?: Document['lang'];
}

export function parseDocumentLines(text: string, input: string, defaults: JsonlDefaults = {}): Document[] {
  const docs: Document[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    docs.push(parseLine(line, `${input}: line ${i + 1}`, defaults));
  }
  if (docs.length === 0) throw new InputError('EMPTY', input, 'no JSON lines in the file');
  return docs;
}

function parseLine(line: string, where: string, defaults: JsonlDefaults): Document {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    throw new InputError('BAD_RECORD', where, `not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = DocumentLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? `"${issue.path.join('.')}" ` : '';
    throw new InputError('BAD_RECORD', where, `${field}${issue.message}`);
  }
  const r = parsed.data;
  const doc: Document = { id: r.id, text: r.text };
  const published = r.published ?? defaults.published;
  if (published) doc.published = published;
  const lang = r.lang && r.lang !== 'auto' ? r.lang : defaults.lang;
  if (lang) doc.lang = lang;
  if (r.url) doc.url = r.url;
  return doc;
}

/** Whether a text looks like JSON Lines (its first non-blank character opens an object). */
export function looksLikeJsonl(text: string): boolean {
  return text.trimStart().startsWith('{');
}
