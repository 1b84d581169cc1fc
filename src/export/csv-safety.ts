/**
 * Neutralises spreadsheet formulas in CSV cells (CSV/formula injection, OWASP): a cell that starts
 * with = + - @, a tab, a carriage return or a line feed, also after leading spaces, or with the
 * full-width ＝ ＋ － ＠ some spreadsheets read as their ASCII forms, gets a leading single quote, so
 * Excel, LibreOffice and Google Sheets show it as text instead of running it. Plain numbers
 * ("-12.5") are left alone.
 *
 * A cell that already starts with a quote gets one more, so the rule is reversible and says what
 * was written: a reader drops exactly one leading quote from any cell that has one ("'=1+1" came
 * from "=1+1", "''=1+1" from "'=1+1").
 *
 * @example neutraliseCell('=HYPERLINK("http://x","y")') // '\'=HYPERLINK("http://x","y")'
 * @example neutraliseCell('-2.5') // '-2.5'
 */
const TRIGGER = /^[ \u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]|^'/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function neutraliseCell(value: string): string {
  return TRIGGER.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** What neutraliseCell was given: for readers of the exports (and its tests). */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** csv-stringify's cast option: every string cell passes through neutraliseCell. */
export const safeCast = { string: (value: string): string => neutraliseCell(value) };
