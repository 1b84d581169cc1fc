/**
 * `sahelwatch extract [FILE... | -]`: the pure pipeline, no store. One JSON line per document
 * on stdout: {"id","lang","events","warnings"}.
 */
import type { Command } from 'commander';
import { loadExtractor, toDocument } from '../extractor.ts';
import { readAll, sourcesOrStdin } from '../inputs.ts';
import { addDocumentOptions, isoDateOption, langOption } from '../options.ts';
import { stdoutSink } from '../output.ts';

interface ExtractFlags {
  published?: string;
  lang?: string;
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('code the events in text, HTML or JSON Lines documents; prints JSON Lines')
    .argument('[files...]', 'text, HTML or .jsonl files; - for standard input');
  addDocumentOptions(cmd).action(async (files: string[], flags: ExtractFlags) => {
    const published = isoDateOption('--published', flags.published);
    const lang = langOption(flags.lang);
    const docs = await readAll(sourcesOrStdin(files), { ...(published ? { published } : {}), ...(lang ? { lang } : {}) });
    const extract = await loadExtractor();
    for (const doc of docs) {
      const { id, lang: docLang, events, warnings } = extract(toDocument(doc));
      await stdoutSink(`${JSON.stringify({ id, lang: docLang, events, warnings })}\n`);
    }
  });
}

