/**
 * Bytes fetched from the web → text, in the charset they were written in. The candidates, in the
 * order browsers trust them: a byte-order mark, the HTTP header's charset, the document's own
 * declaration (<meta charset>, <meta http-equiv>, <?xml encoding?>) in its first kilobyte; then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252 (what iso-8859-1 means on the web).
 * A candidate that says UTF-8 over bytes that are not is passed over: servers often lie.
 *
 * @example decodeWebText(bytesOfArabicPage, undefined) // meta charset=windows-1256 → 'هجوم على ...'
 */
import { firstInvalidUtf8 } from './decode.ts';

/** How far into the document its charset declaration is looked for (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

export function decodeWebText(bytes: Uint8Array, headerCharset: string | undefined): string {
  // NUL, which the store cannot hold, becomes U+FFFD, as an HTML parser would make it.
  return decode(bytes, headerCharset).replaceAll('\u0000', '\uFFFD');
}

function decode(bytes: Uint8Array, headerCharset: string | undefined): string {
  const bom = bomOf(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  for (const label of [headerCharset, declaredCharset(bytes)]) {
    const decoder = decoderFor(label);
    if (!decoder) continue;
    if (decoder.encoding === 'utf-8' && firstInvalidUtf8(bytes) >= 0) continue;
    return decoder.decode(bytes);
  }
  return new TextDecoder(firstInvalidUtf8(bytes) < 0 ? 'utf-8' : 'windows-1252').decode(bytes);
}

function bomOf(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset the document declares for itself near its start, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII in every charset the web uses, so a byte-per-character reading finds them.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/** A decoder for a charset label, or undefined when the label is unknown (or names UTF-16 without a BOM). */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    // A page that claims UTF-16 but reached here has no BOM: the claim is wrong (the standard says so too).
    return decoder.encoding.startsWith('utf-16') ? undefined : decoder;
  } catch {
    return undefined;
  }
}
