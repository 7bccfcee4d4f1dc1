import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../src/core/text/lineIndex.js';

describe('LineIndex', () => {
  it('maps offsets to positions across \\n, \\r\\n and lone \\r line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 1, character: 1 });
    assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepEqual(index.positionAt(text.length), { line: 3, character: 2 });
  });

  it('counts characters in UTF-16 code units after an emoji', () => {
    const text = '\uD83D\uDE80 Jan. 11';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('J')), { line: 0, character: 3 });
  });

  it('round-trips offsets and clamps positions past a line end', () => {
    const text = 'one\r\ntwo\nthree';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair: no position of its own
      assert.equal(index.offsetAt(index.positionAt(offset)), offset, `offset ${offset}`);
    }
    assert.equal(index.offsetAt({ line: 0, character: 99 }), text.indexOf('two'));
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
  });
});
