import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContext } from '../../src/core/claims/context.js';
import { findParticipants } from '../../src/core/claims/participants.js';
import { wordsIn } from '../../src/core/claims/words.js';

const ids = (text: string) => findParticipants(wordsIn(text, 0, text.length)).map((p) => p.id);

describe('participants', () => {
  it('names one country however it is written', () => {
    assert.deepEqual(ids('The U.S. and American officials met in Washington'), ['USA', 'USA']);
    assert.deepEqual(ids('Washington and Moscow will negotiate'), ['USA', 'RUS']);
    assert.deepEqual(ids('the United States of America and the Russian Federation'), ['USA', 'RUS']);
    assert.deepEqual(ids('tensions on the Ukrainian-Russian border'), ['UKR', 'RUS']);
    assert.deepEqual(ids('the Kremlin said'), ['RUS']);
  });
  it('knows international organisations, written out or as initials', () => {
    assert.deepEqual(ids('the Organization for Security and Co-operation in Europe (OSCE) and NATO'), ['OSCE', 'OSCE', 'NATO']);
  });
  it('does not take a place or a longer name for a government', () => {
    assert.deepEqual(ids('talks in Geneva, a Vienna-based group, the Washington Post'), []);
    assert.deepEqual(ids('Michael Jordan scored'), []);
    assert.deepEqual(ids('the sailors ate turkey in China'), ['CHN']);
  });
  it('reads a fact\'s participants from its own clause', () => {
    const text = 'Moscow and NATO representatives will meet January 12, while Russia and the OSCE, which includes the United States, will meet January 13.';
    const at = (needle: string) => {
      const start = text.indexOf(needle);
      return readContext(text, { start, end: start + needle.length }).participants;
    };
    assert.deepEqual(at('January 12'), ['NATO', 'RUS']);
    assert.deepEqual(at('January 13'), ['OSCE', 'RUS']);
  });
});
