/**
 * Bytes → text, refusing what is not text: empty input, binary data, invalid UTF-8.
 * A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is decoded.
 *
 * @example decodeText(readFileSync('report.txt'), 'report.txt') // 'تحاصر جماعة ...'
 */
import { InputError } from './errors.ts';

/** Share of control bytes (other than tab, newline, form feed, carriage return) that marks binary data. */
const BINARY_CONTROL_SHARE = 0.1;
/** How much of the start of the input the binary test looks at. */
const BINARY_SAMPLE_BYTES = 8192;

export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError('EMPTY', input, 'empty file');
  const text = decodeByBom(bytes, input);
  if (text.trim() === '') throw new InputError('EMPTY', input, 'empty file (only white space)');
  return text;
}

function decodeByBom(bytes: Uint8Array, input: string): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', input);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', input);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new InputError('BINARY', input, 'binary file, not text');
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const offset = bad + (body === bytes ? 0 : 3);
    throw new InputError('INVALID_ENCODING', input, `invalid UTF-8 at byte offset ${offset}`);
  }
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', input: string): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    if (text.includes('\u0000')) throw new InputError('BINARY', input, 'binary file, not text');
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('INVALID_ENCODING', input, `invalid ${encoding.toUpperCase()}`, { cause: err });
  }
}

/** A NUL byte, or mostly control characters, in the first few kilobytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

/**
 * Byte offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
 * TextDecoder's fatal mode says that the input is bad but not where; users need the where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong forms
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
