/** A progress bar on stderr, shown only when stderr is a terminal (never in pipes, logs or tests). */
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  update(value: number): void;
  increment(by?: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, increment() {}, stop() {} };

/** @example const bar = startProgress(files.length, 'reports'); bar.increment(); bar.stop(); */
export function startProgress(total: number, unit: string, opts: { minTotal?: number } = {}): Progress {
  if (!process.stderr.isTTY || total < (opts.minTotal ?? 1)) return SILENT;
  const bar = new SingleBar(
    { stream: process.stderr, format: `{bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (v) => bar.update(v), increment: (by = 1) => bar.increment(by), stop: () => bar.stop() };
}
