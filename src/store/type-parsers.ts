/**
 * How values leave the database, the same on both drivers: the one place rows are normalised.
 *
 * Left alone, node-postgres returns bigint and numeric as strings and date as a local-midnight Date,
 * while PGlite returns bigint as a number and date as a UTC Date. Here: bigint, numeric → number
 * (ids stay far below 2^53); date → 'YYYY-MM-DD' exactly as stored. timestamptz stays a Date on both.
 */
export const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

export const TEXT_PARSERS: Record<number, (value: string) => unknown> = {
  [OID.INT8]: (v) => Number(v),
  [OID.NUMERIC]: (v) => Number(v),
  [OID.DATE]: (v) => v,
};
