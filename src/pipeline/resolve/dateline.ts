import type { Span } from '../types.ts';

/**
 * Datelines: where and when a report was filed, at the head of a line ("DAKAR (Reuters) -",
 * "BAMAKO, March 12 (Reuters) -", "DAKAR/BAMAKO, Sept 16 (Reuters) -", "BAMAKO, Mali (AP) -",
 * "Kongoussi, 10 août 2023 (AIB) –", a rights group's "(Dakar, January 20, 2026) –", "نواكشوط - ",
 * an outlet's "الأخبار (نواكشوط) –").
 * The place names where the journalists were and the date when they wrote: neither is the event's.
 */

/** Whether a place mention is a dateline's place: at the head of a line (or after "DAKAR/"), followed by the rest of a dateline. */
export function isDatelinePlace(text: string, span: Span): boolean {
  // "الأخبار (نواكشوط) –", "Sahara Medias (Nouakchott) -": the outlet, then its city in brackets.
  if (text.charCodeAt(span.start - 1) === 0x28 && OUTLET_BEFORE.test(text.slice(Math.max(0, span.start - 50), span.start)) && CLOSE_AND_DASH.test(text.slice(span.end, span.end + 10))) return true;
  // "الجزيرة نت – باماكو", the report's first line: the outlet, a dash, its city.
  if (span.start <= 50 && OUTLET_DASH_BEFORE.test(text.slice(0, span.start)) && LINE_END.test(text.slice(span.end, span.end + 10))) return true;
  if (!startsLine(text, span.start) && !HEAD.test(text.slice(Math.max(0, span.start - 60), span.start))) return false;
  return AFTER_PLACE.test(text.slice(span.end, span.end + 80));
}

/** Whether a date mention is a dateline's date: the line's place before it, an agency or a dash after. */
export function isDatelineDate(text: string, span: Span): boolean {
  // Most dates are followed by words, not by an agency or a dash: that is seen without a pattern.
  if (!mayOpenAgency(text, span.end)) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return PLACE_BEFORE_DATE.test(text.slice(lineStart, span.start)) && AGENCY.test(text.slice(span.end, span.end + 40));
}

/**
 * Whether only white space stands between the start of the line and `at`. Read backwards from
 * `at`: a place is most often preceded by a word, so this stops at once where looking for the
 * line's start would read back through a whole paragraph for every place.
 */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (!WHITE_SPACE.test(text[i]!)) return false;
  return true;
}

/** Whether the first character after white space at `at` is one AGENCY can go on with: a bracket or a dash. */
function mayOpenAgency(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i < at + 40 && WHITE_SPACE.test(text[i]!)) i++;
  const c = text.charCodeAt(i);
  return c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** What `trim` takes off. */
const WHITE_SPACE = /\s/;

// Not literals in the functions: the TypeScript loader builds a \p{...} literal anew at each call.
/**
 * What follows a dateline's place: other places of filing after a slash, the country in title case
 * ("BAMAKO, Mali (AP) -"), an optional date (month first or day first) and agency, then a dash.
 */
const AFTER_PLACE = /^(\s*\/\s*[\p{Lu}][\p{Lu}' -]*)*(\s*,\s*[\p{Lu}][\p{Ll}]+(\s[\p{Lu}][\p{Ll}]+)?(?=\s*[,(–—-]))?\s*(,\s*([\p{L}.]+\s+\d{1,2}(\s*,?\s*\d{4})?|\d{1,2}(er)?\s+[\p{L}.]+(\s+\d{4})?))?\s*(\([^)]{1,30}\))?\s*[-–—]/u;
/** An outlet's name at the head of a line, then an opening bracket: "الأخبار (". */
const OUTLET_BEFORE = /(^|\n)\s*[^\n()\-–—]{1,40}\($/u;
/** An outlet's name opening the text, then a dash: "الجزيرة نت – ". */
const OUTLET_DASH_BEFORE = /^\s*[^\n()\-–—]{1,40}\s[-–—]\s*$/u;
/** Nothing but white space to the end of the line. */
const LINE_END = /^[ \t]*(\n|$)/u;
/** The closing bracket after an outlet's city, then a dash. */
const CLOSE_AND_DASH = /^\s*\)\s*[-–—]/u;
/** What comes before the second place of a dateline at the head of a line: "DAKAR/". */
const HEAD = /(^|\n)\s*([\p{Lu}][\p{Lu}' -]*\s*\/\s*)+$/u;
/** The line before a dateline's date: a place in capitals, or in brackets, or in title case up to three words ("Kongoussi,"), and its country ("ZINDER, Niger,"). */
const PLACE_BEFORE_DATE = /^\s*([\p{Lu}][\p{Lu}\s'/-]+|\([\p{Lu}][\p{L}\s'/-]+|[\p{Lu}][\p{L}'’-]+(\s[\p{Lu}][\p{L}'’-]+){0,2})(,\s*[\p{Lu}][\p{Ll}]+(\s[\p{Lu}][\p{Ll}]+)?)?,\s*$/u;
/** What follows a dateline's date: the closing bracket, an agency, a dash. */
const AGENCY = /^\s*\)?\s*(\([^)]{1,30}\))?\s*[-–—]/u;
