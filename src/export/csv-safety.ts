/**
 * Neutralises spreadsheet formulas in CSV cells (CSV/formula injection, OWASP): a cell that starts
 * with = + - @, a tab or a carriage return gets a leading single quote, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it. Plain numbers ("-12.5") are left alone.
 *
 * @example neutraliseCell('=HYPERLINK("http://x","y")') // '\'=HYPERLINK("http://x","y")'
 * @example neutraliseCell('-2.5') // '-2.5'
 */
const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function neutraliseCell(value: string): string {
  return TRIGGER.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** csv-stringify's cast option: every string cell passes through neutraliseCell. */
export const safeCast = { string: (value: string): string => neutraliseCell(value) };
