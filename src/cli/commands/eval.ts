/**
 * `sahelwatch eval GOLD.jsonl` / `sahelwatch eval --acled FILE.csv`: runs the pipeline over labelled
 * reports and prints event precision, recall and F1, per-field accuracy per language, and the worst
 * errors. How events are matched: src/eval/match.ts.
 */
import type { Command } from 'commander';
import { readGoldAcled, readGoldJsonl } from '../../eval/gold.ts';
import { evaluate } from '../../eval/run-eval.ts';
import { formatReport, reportFigures } from '../../eval/format.ts';
import { evaluateDedup, formatDedupReport, readDedupGold } from '../../eval/dedup-eval.ts';
import { loadResources } from '../../pipeline/pipeline.ts';
import { startProgress } from '../progress.ts';
import { UsageError } from '../errors.ts';

interface EvalFlags {
  acled?: string;
  dedup?: string;
  coding?: string;
  format?: string;
  errors?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the pipeline against labelled reports (GOLD.jsonl, or an ACLED CSV with --acled)')
    .argument('[gold]', 'JSON Lines of {"id","lang","published","text","events":[ACLED columns]}')
    .option('--acled <file>', 'an ACLED export: notes are the reports, coded columns the answers')
    .option('--dedup <file>', 'score deduplication: JSON Lines of reports with "source" and events labelled by "cluster"')
    .option('--coding <mode>', 'with --dedup: pipeline (extract, then resolve) or gold (resolve the gold coding)', 'pipeline')
    .option('--format <format>', 'table or json', 'table')
    .option('--errors <n>', 'how many errors to list', '30')
    .action(async (gold: string | undefined, flags: EvalFlags) => {
      if (!gold && !flags.acled && !flags.dedup) throw new UsageError('MISSING_ARGUMENT', 'eval: give GOLD.jsonl, --acled FILE.csv or --dedup FILE.jsonl');
      if (flags.format !== 'table' && flags.format !== 'json') throw new UsageError('BAD_OPTION', `eval: --format must be table or json, got "${flags.format}"`);
      const maxErrors = Number.isFinite(Number(flags.errors)) ? Number(flags.errors) : 30;
      if (flags.dedup) {
        if (flags.coding !== 'pipeline' && flags.coding !== 'gold') throw new UsageError('BAD_OPTION', `eval: --coding must be pipeline or gold, got "${flags.coding}"`);
        const docs = readDedupGold(flags.dedup);
        const bar = startProgress(docs.length, 'reports', { minTotal: 50 });
        const report = await evaluateDedup(docs, loadResources(), flags.coding, (done) => bar.update(done));
        bar.stop();
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(report)}\n` : `${formatDedupReport(report, maxErrors)}\n`);
        return;
      }
      const docs = flags.acled ? await readGoldAcled(flags.acled) : readGoldJsonl(gold!);
      const bar = startProgress(docs.length, 'reports', { minTotal: 200 });
      const report = evaluate(docs, loadResources(), (done) => bar.update(done));
      bar.stop();
      if (flags.format === 'json') process.stdout.write(`${JSON.stringify({ figures: reportFigures(report), errors: report.errors })}\n`);
      else process.stdout.write(`${formatReport(report, maxErrors)}\n`);
    });
}
