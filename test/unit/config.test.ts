import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, isIsoDate, parseConfig } from '../../src/core/config.js';

describe('parseConfig', () => {
  it('reads globs, the size limit and per-file metadata', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({ include: ['*.txt'], maxFileSize: 1000, files: { './a/b.txt': { published: '2021-12-28', outlet: 'AFP' } } }),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.include, ['*.txt']);
    assert.equal(config.maxFileSize, 1000);
    assert.deepEqual(config.files['a/b.txt'], { published: '2021-12-28', outlet: 'AFP' });
  });

  it('falls back to defaults and names every problem', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({ include: 'x', maxFileSize: -1, files: { 'a.txt': { published: '28/12/2021' }, 'b.txt': 3 } }),
    );
    assert.deepEqual(config.include, DEFAULT_CONFIG.include);
    assert.equal(config.maxFileSize, DEFAULT_CONFIG.maxFileSize);
    assert.deepEqual(config.files['a.txt'], {});
    assert.equal(problems.length, 4);
    assert.ok(problems.some((p) => p.includes('files.a.txt.published')));
  });

  it('survives text that is not JSON, or JSON that is not an object', () => {
    for (const text of ['{ nope', '[]', 'null', '']) {
      const { config, problems } = parseConfig(text);
      assert.equal(config.maxFileSize, DEFAULT_CONFIG.maxFileSize);
      assert.equal(problems.length, 1, text);
    }
  });

  it('accepts only real calendar dates', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2023-02-29'));
    assert.ok(!isIsoDate('2021-12-28T00:00'));
  });
});
