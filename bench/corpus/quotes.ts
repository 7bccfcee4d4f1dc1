/**
 * The port authority spokesperson's quote of each story, and the same quote worded
 * differently (what a disagreeing outlet prints). Clauses hold no date or number, so the
 * quote carries only the quote claim; the second clause names the story's port, which
 * makes every story's quote its own.
 */
import { chance, pick, shuffle, type Random } from './random.js';

interface Clause {
  words: string;
  /** Word-level rewordings that keep the sense: [as said, as another outlet prints it]. */
  rewordings: [string, string][];
}

const OPENINGS: readonly Clause[] = [
  { words: 'We have put a fair offer on the table', rewordings: [['We have', "We've"], ['fair offer', 'good offer']] },
  { words: 'We have gone as far as we can go', rewordings: [['We have', "We've"], ['as we can go', 'as we can']] },
  { words: 'This offer is the most the port can pay', rewordings: [['the port can', 'this port can'], ['the most', 'all']] },
  { words: 'We have listened to every concern the union raised', rewordings: [['every concern', 'each concern'], ['We have', "We've"]] },
  { words: 'The board has met the union more than halfway', rewordings: [['more than', 'well over'], ['The board has', 'The board']] },
  { words: 'Nobody wants this strike to go on', rewordings: [['Nobody wants', 'No one wants'], ['go on', 'drag on']] },
  { words: 'We are ready to sign the agreement as it stands', rewordings: [['We are', "We're"], ['the agreement', 'the deal']] },
  { words: 'Our offer is fair and it is final', rewordings: [['it is', "it's"], ['Our offer', 'This offer']] },
];

const CLOSINGS: readonly Clause[] = [
  { words: 'we want the cranes moving again in {port} before the ships give up on us', rewordings: [['moving', 'turning'], ['give up on us', 'go elsewhere']] },
  { words: '{port} cannot afford another day with its berths empty', rewordings: [['cannot', "can't"], ['another day', 'one more day']] },
  { words: 'every shipper in {port} is waiting for an answer', rewordings: [['every shipper', 'each shipper'], ['waiting for', 'waiting on']] },
  { words: 'the people of {port} deserve a working harbor', rewordings: [['deserve', 'need'], ['a working harbor', 'a harbor that works']] },
  { words: 'we will not reopen talks while {port} stays shut', rewordings: [['will not', "won't"], ['stays shut', 'remains closed']] },
  { words: 'the families of {port} need their wages back', rewordings: [['need', 'want'], ['wages back', 'pay back']] },
];

/** Applies a non-empty random subset of the clause's rewordings. */
function reword(rng: Random, clause: Clause): string {
  const chosen = shuffle(rng, clause.rewordings).filter((_, i) => i === 0 || chance(rng, 0.5));
  return chosen.reduce((words, [from, to]) => words.replace(from, to), clause.words);
}

/** The quote and its rewording; both name `port`. */
export function makeQuote(rng: Random, port: string): { quote: string; reworded: string } {
  const opening = pick(rng, OPENINGS);
  const closing = pick(rng, CLOSINGS);
  const join = (a: string, b: string) => `${a}, and ${b}`.replace('{port}', port);
  // Each outlet that rewords touches one clause or both.
  const both = chance(rng, 0.5);
  const first = chance(rng, 0.5);
  return {
    quote: join(opening.words, closing.words),
    reworded: join(both || first ? reword(rng, opening) : opening.words, both || !first ? reword(rng, closing) : closing.words),
  };
}
