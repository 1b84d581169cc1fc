/**
 * Knowing when what has been read may have changed: a generation number that moves on with every
 * committed write to the tables lists of events are read from (events, their mentions, reports,
 * sources), by this process or any other on the same store. The triggers of migration 0010 notify
 * the channel; this listens.
 *
 * A notification arrives a moment after its commit: for that moment a reader may still be handed
 * the answer from before it, as if it had asked a moment earlier. The process's own writes move the
 * generation on at once (bump). While the listening connection is down, generation() is null:
 * nothing read then may be kept.
 */
import type { Db } from './db.ts';

export const DATA_CHANNEL = 'sahelwatch_data';

export interface DataWatch {
  /** Changes whenever the data may have changed; null while changes could go unseen. */
  generation(): number | null;
  /** This process has just written: move on without waiting for the notification. */
  bump(): void;
  close(): Promise<void>;
}

/** How long to wait before listening again after the connection dropped. */
const RELISTEN_MS = 2_000;

/** Starts listening for the store's writes (in the schema the store works in). */
export async function watchData(db: Db): Promise<DataWatch> {
  const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
  const schema = rows[0]!.schema;
  let generation: number | null = null;
  let counter = 0;
  let closed = false;
  let unlisten: (() => Promise<void>) | null = null;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    generation = null;
    unlisten = null;
    if (!closed) retry = setTimeout(() => void listen().catch(lost), RELISTEN_MS).unref();
  };
  const listen = async () => {
    unlisten = await db.listen(DATA_CHANNEL, (payload) => {
      if (payload === schema && generation !== null) generation = ++counter;
    }, lost);
    // Listening from now on: whatever was read before may be older than what is stored.
    generation = ++counter;
  };
  await listen();
  return {
    generation: () => generation,
    bump: () => {
      if (generation !== null) generation = ++counter;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await unlisten?.();
    },
  };
}
