import iconv from 'iconv-lite';

/**
 * Turns a file's bytes into text without losing any of it: byte-order marks decide
 * UTF-8/UTF-16, binary files are refused, and bytes that are not valid UTF-8 are read as
 * Windows-1252 (the usual encoding of older scraped pages) with a note, rather than
 * replaced by U+FFFD.
 */

export type DecodeResult =
  | { ok: true; text: string; note?: string }
  | { ok: false; reason: string };

/** How many leading bytes are inspected for NUL bytes. */
const SNIFF_BYTES = 8000;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'read as UTF-16 LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'read as UTF-16 BE' };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: true,
      // Node's TextDecoder treats 'windows-1252' as ISO-8859-1 (C1 controls for 0x80-0x9F,
      // where curly quotes live); iconv-lite has the real code page.
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'),
      note: 'not valid UTF-8; read as Windows-1252',
    };
  }
}
