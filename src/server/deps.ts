import type { AlertFeed } from '../deliver/alert.feed.ts';
import type { Corridor } from '../detect/corridors.ts';
import type { Extract } from '../cli/extractor.ts';
import type { DataWatch } from '../store/data-watch.ts';
import type { Db } from '../store/db.ts';
import type { Limits } from './limits.ts';

/** A town for map labels, as the gazetteer gives it. */
export interface Town {
  name: string;
  latitude: number;
  longitude: number;
  population: number;
  admin1: string | null;
  country: string;
}

/** What the app needs from outside: narrow, so tests pass real small ones. */
export interface AppDeps {
  db: Db;
  /** Towns of at least minPopulation people (the gazetteer, injected). */
  towns: (minPopulation: number) => Town[];
  /** The trade corridors with their towns placed (default: data/corridors through the gazetteer). */
  corridors?: () => Corridor[];
  /** The built dashboard (default web/dist in the repository). */
  webRoot?: string;
  /** The live alert feed (one per process; made from db when not given). */
  alertFeed?: AlertFeed;
  /** The pipeline, for reports sent to POST /api/reports (default: loaded when first needed). */
  extract?: () => Promise<Extract>;
  /** Rate, size and time limits (default DEFAULT_LIMITS in limits.ts). */
  limits?: Partial<Limits>;
  /** When given, the lists of events and the map are answered from memory until the data changes (read-cache.ts). */
  dataWatch?: DataWatch;
  /** The rate limiter's clock in milliseconds (default Date.now): tests move it instead of waiting. */
  clock?: () => number;
}
