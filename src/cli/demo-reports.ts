/**
 * The bundled demo reports (data/demo/): every *.txt, *.html and *.jsonl file, described by
 * manifest.json ([{file, source: {name, type}, lang, published}]) when it is there.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { readDocuments, type InputDocument } from '../pipeline/ingest/read-documents.ts';
import type { SourceRef } from '../store/report.repository.ts';

export const DEMO_DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url));

const ManifestEntry = z.object({
  file: z.string(),
  source: z.object({ name: z.string(), type: z.string() }).optional(),
  lang: z.enum(['ar', 'fr', 'en']).optional(),
  published: z.string().optional(),
});
const Manifest = z.array(ManifestEntry);

const DEFAULT_SOURCE: SourceRef = { name: 'sahelwatch demo', type: 'independent media' };

export async function readDemoReports(dir = DEMO_DIR): Promise<Array<{ doc: InputDocument; source: SourceRef }>> {
  const manifest = await readManifest(dir);
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?|jsonl)$/i.test(f)).sort();
  const out: Array<{ doc: InputDocument; source: SourceRef }> = [];
  for (const file of files) {
    const entry = manifest.get(file);
    const docs = await readDocuments(join(dir, file), { ...(entry?.published ? { published: entry.published } : {}), ...(entry?.lang ? { lang: entry.lang } : {}) });
    for (const doc of docs) out.push({ doc: { ...doc, id: doc.id === join(dir, file) ? `demo/${file}` : doc.id }, source: entry?.source ?? DEFAULT_SOURCE });
  }
  return out;
}

async function readManifest(dir: string): Promise<Map<string, z.infer<typeof ManifestEntry>>> {
  let text: string;
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return new Map();
  }
  return new Map(Manifest.parse(JSON.parse(text)).map((e) => [e.file, e]));
}
