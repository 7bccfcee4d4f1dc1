import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
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

describe('the JSON schema VS Code offers for .corroborate.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/corroborate-config.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv().compile(schema);
  const samples: unknown[] = [
    JSON.parse(readFileSync(new URL('../../examples/.corroborate.json', import.meta.url), 'utf8')),
    { include: ['*.txt'], maxFileSize: 1000, files: { 'a.txt': { published: '2021-12-28', outlet: 'AFP' } } },
    { include: 'x' },
    { maxFileSize: -1 },
    { files: { 'a.txt': { published: '28/12/2021' } } },
    { files: { 'b.txt': 3 } },
    { files: [] },
  ];

  it('accepts exactly what parseConfig accepts without a problem', () => {
    for (const sample of samples) {
      const { problems } = parseConfig(JSON.stringify(sample));
      assert.equal(validate(sample), problems.length === 0, JSON.stringify(sample));
    }
  });

  it('states the same defaults as the engine', () => {
    assert.deepEqual(schema.properties.include.default, DEFAULT_CONFIG.include);
    assert.deepEqual(schema.properties.exclude.default, DEFAULT_CONFIG.exclude);
    assert.equal(schema.properties.maxFileSize.default, DEFAULT_CONFIG.maxFileSize);
  });
});
