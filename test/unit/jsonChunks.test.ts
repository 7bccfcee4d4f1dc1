/**
 * The JSON report written in pieces (a whole folder's report can be too long for one
 * string) is the very text `JSON.stringify(report, null, 2)` gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jsonChunks } from '../../src/cli/formatters/json.js';
import { Workspace } from '../../src/core/workspace.js';
import type { Report } from '../../src/core/report.js';
import { readSeed, seedNames } from '../seeds.js';

const whole = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('JSON in pieces', () => {
  it('is the whole report on the seed articles, one piece per element', () => {
    const workspace = new Workspace();
    workspace.batch(() => seedNames().forEach((name) => workspace.setDocument(name, readSeed(name))));
    const report = workspace.report();
    const pieces = [...jsonChunks(report)];
    assert.equal(pieces.join(''), whole(report));
    assert.ok(pieces.length > report.facts.length, `${pieces.length} pieces for ${report.facts.length} facts`);
  });

  it('is JSON.stringify of any object of JSON values, empty arrays and nesting included', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 4 }))), (object) => {
        assert.equal([...jsonChunks(object as unknown as Report)].join(''), whole(object));
      }),
    );
  });
});
