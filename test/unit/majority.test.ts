import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreesWithMajority } from '../../src/core/compare/majority.js';

const date = (text: string, timex: string, origin: string) => ({ kind: 'date' as const, text, value: { timex, type: 'DATE' }, origin });

describe('the majority value of a claim', () => {
  it('counts sources, not mentions, and lets coarse values agree with everyone', () => {
    const facts = [
      date('Jan. 11', '2022-01-11', 'a'),
      date('Jan. 11', '2022-01-11', 'a'),
      date('Jan. 11', '2022-01-11', 'a'),
      date('January 10', '2022-01-10', 'b'),
      date('the 10th of January', '2022-01-10', 'c'),
      date('early January', '2022-01', 'd'),
    ];
    assert.deepEqual(agreesWithMajority(facts), [false, false, false, true, true, true]);
  });
  it('a tie leaves every side standing', () => {
    assert.deepEqual(agreesWithMajority([date('May 12', '2026-05-12', 'a'), date('May 13', '2026-05-13', 'b')]), [true, true]);
  });
});
