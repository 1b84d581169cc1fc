import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode.ts';
import { InputError } from './errors.ts';

const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f]/.test(s));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof InputError ? err.code : 'OTHER';
  }
  return undefined;
}

describe('decodeText', () => {
  it('gives back any UTF-8 text, with or without a BOM', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(Buffer.from(s, 'utf8'), 'x')).toBe(s);
        expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]), 'x')).toBe(s);
      }),
    );
  });

  it('decodes UTF-16 with a BOM, both byte orders', () => {
    const s = 'هجوم على كاي, attaque à Ségou';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le, 'x')).toBe(s);
    expect(decodeText(be, 'x')).toBe(s);
  });

  it('refuses empty, binary and mis-encoded input with a code', () => {
    expect(codeOf(() => decodeText(new Uint8Array(), 'x'))).toBe('EMPTY');
    expect(codeOf(() => decodeText(Buffer.from(' \n\t '), 'x'))).toBe('EMPTY');
    expect(codeOf(() => decodeText(Buffer.from([0x41, 0x00, 0x42]), 'x'))).toBe('BINARY');
    expect(codeOf(() => decodeText(Buffer.from([1, 2, 3, 4, 5, 6, 0x41]), 'x'))).toBe('BINARY');
    expect(() => decodeText(Buffer.from([0x61, 0x62, 0xc3, 0x28]), 'r.txt')).toThrow('r.txt: invalid UTF-8 at byte offset 2');
  });

  it('never throws anything but an InputError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(codeOf(() => decodeText(bytes, 'x'))).not.toBe('OTHER');
      }),
    );
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with TextDecoder on whether bytes are UTF-8, and points at a bad byte', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(at === -1).toBe(valid);
        if (at >= 0) {
          expect(() => fatal.decode(bytes.subarray(0, at))).not.toThrow();
          expect(() => fatal.decode(bytes.subarray(0, at + 4 > bytes.length ? bytes.length : at + 4))).toThrow();
        }
      }),
    );
  });
});
