/** Every event matching a filter, read from the store a page at a time: what exports stream. */
import type { Queryable } from '../store/db.ts';
import { listEvents } from '../store/event.repository.ts';
import type { EventFilter } from '../store/types.ts';
import { ANONYMOUS, type Viewer } from '../store/viewer.ts';
import type { ExportableEvent } from './exportable.ts';

const PAGE = 1000;

/** All matching events the viewer may see (up to filter.limit), fetched PAGE at a time, newest first. */
export async function* eventPages(db: Queryable, filter: EventFilter, viewer: Viewer = ANONYMOUS): AsyncGenerator<ExportableEvent> {
  const max = filter.limit ?? Infinity;
  for (let offset = 0; offset < max; offset += PAGE) {
    const limit = Math.min(PAGE, max - offset);
    const rows = await listEvents(db, { ...filter, limit, offset }, viewer);
    yield* rows;
    if (rows.length < limit) return;
  }
}
