import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeWebText } from './charset.ts';

/** windows-1256 bytes of some Arabic letters (ا ل ه ج و م), to write pages without an encoder. */
const CP1256: Record<string, number> = { ا: 0xc7, ل: 0xe1, ه: 0xe5, ج: 0xcc, و: 0xe6, م: 0xe3, ' ': 0x20 };
const cp1256 = (s: string) => Buffer.from([...s].map((c) => CP1256[c]!));

describe('decodeWebText', () => {
  it('reads windows-1256 Arabic from a meta charset when the header says nothing', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1256"></head><body>'), cp1256('الهجوم'), Buffer.from('</body></html>')]);
    expect(decodeWebText(page, undefined)).toContain('الهجوم');
  });

  it('reads iso-8859-1 French from the header, and from http-equiv', () => {
    const body = Buffer.from('<p>Attaque à Ségou</p>', 'latin1');
    expect(decodeWebText(body, 'iso-8859-1')).toBe('<p>Attaque à Ségou</p>');
    const equiv = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), body]);
    expect(decodeWebText(equiv, undefined)).toContain('Attaque à Ségou');
  });

  it('passes over a header that says UTF-8 over bytes that are not', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1256">'), cp1256('هجوم')]);
    expect(decodeWebText(page, 'utf-8')).toContain('هجوم');
  });

  it('takes the XML declaration of a feed, and a BOM over everything', () => {
    const feed = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss><title>'), cp1256('الهجوم'), Buffer.from('</title></rss>')]);
    expect(declaredCharset(feed)).toBe('windows-1256');
    expect(decodeWebText(feed, undefined)).toContain('<title>الهجوم</title>');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ségou')]);
    expect(decodeWebText(bom, 'iso-8859-1')).toBe('Ségou');
  });

  it('gives back any UTF-8 text undeclared, and never throws on arbitrary bytes', () => {
    const text = fc.string({ unit: 'grapheme' }).map((s) => s.replace(/^\uFEFF/, '').replaceAll('\u0000', ''));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeWebText(Buffer.from(s), undefined)).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(undefined, 'utf-8', 'bogus', 'utf-16'), (b, h) => {
        expect(decodeWebText(b, h)).not.toContain('\u0000');
      }),
    );
  });
});
