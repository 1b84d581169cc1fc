/**
 * The CLI's errors and the ONE place they become exit codes:
 *   0 success; 1 bad input or usage (one line naming the input and the problem); 2 anything else.
 * Decisions are made on the error's class and code, never on its message.
 */
import { CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { InputError } from '../pipeline/ingest/errors.ts';
import { StoreError } from '../store/errors.ts';

export { InputError } from '../pipeline/ingest/errors.ts';

export type UsageErrorCode = 'BAD_OPTION' | 'MISSING_ARGUMENT';

/** The command line itself is wrong: an option value, a missing argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly code: UsageErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const EXIT = { OK: 0, INPUT: 1, INTERNAL: 2 } as const;

export interface Outcome {
  exitCode: number;
  /** The line for stderr, or null when something (commander) has already said it. */
  line: string | null;
}

/** What to tell the user about an error, and the exit code. */
export function outcomeOf(err: unknown, debug: boolean): Outcome {
  if (err instanceof CommanderError) {
    const quiet = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
    return { exitCode: quiet ? EXIT.OK : EXIT.INPUT, line: null };
  }
  if (err instanceof InputError || err instanceof UsageError || err instanceof ConfigError) {
    return { exitCode: EXIT.INPUT, line: `sahelwatch: ${oneLine(err.message)}` };
  }
  if (err instanceof StoreError && (err.code === 'STORE_INVALID_INPUT' || err.code === 'STORE_NOT_FOUND' || err.code === 'STORE_CONFLICT')) {
    return { exitCode: EXIT.INPUT, line: `sahelwatch: ${oneLine(err.message)}` };
  }
  if (err instanceof StoreError && (err.code === 'STORE_UNAVAILABLE' || err.code === 'STORE_CONFIG')) {
    return { exitCode: EXIT.INTERNAL, line: `sahelwatch: store: ${oneLine(err.message)}${debug ? '' : ' (rerun with --debug for details)'}` };
  }
  const message = err instanceof Error ? err.message : String(err);
  const hint = debug ? '' : ' (rerun with --debug for the stack)';
  return { exitCode: EXIT.INTERNAL, line: `sahelwatch: internal error: ${oneLine(message)}${hint}` };
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}
