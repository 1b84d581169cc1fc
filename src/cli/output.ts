/** Writing to stdout or a file with back-pressure, so large outputs stream instead of piling up in memory. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Sink } from '../export/exportable.ts';

export function sinkTo(stream: Writable): Sink {
  return async (chunk) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}

/** A sink on a new file and a function that finishes it. */
export async function fileSink(path: string): Promise<{ sink: Sink; close: () => Promise<void> }> {
  const stream = createWriteStream(path);
  await once(stream, 'open');
  return {
    sink: sinkTo(stream),
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

export const stdoutSink: Sink = sinkTo(process.stdout);
