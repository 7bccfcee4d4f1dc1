import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from '../../src/node/readText.js';

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    assert.deepEqual(decodeText(Buffer.from('\uFEFFcaf\u00e9', 'utf8')), { ok: true, text: 'caf\u00e9' });
  });

  it('decodes UTF-16 with either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Jan. 11', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    assert.equal((decodeText(le) as { text: string }).text, 'Jan. 11');
    assert.equal((decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])) as { text: string }).text, 'Jan. 11');
  });

  it('refuses binary data', () => {
    const result = decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    assert.equal(result.ok, false);
  });

  it('keeps every byte of invalid UTF-8 by reading it as Windows-1252', () => {
    const result = decodeText(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]));
    assert.deepEqual(result, { ok: true, text: '\u201cHi\u201d \u00e9', note: 'not valid UTF-8; read as Windows-1252' });
  });
});
