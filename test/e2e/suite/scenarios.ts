/**
 * The stories the suite checks, described by their words only: every expected range is
 * found in the workspace's own text when the suite runs, never written down here.
 */

/** Some words of a file, found after `after` (so a headline or a quote of it is skipped). */
export interface Words {
  text: string;
  after?: string;
}

export interface TokenExpectation extends Words {
  type: 'date' | 'figure' | 'quote';
  /** `exact`: one token of this type covers exactly the words; `starts`: a token starts there; `overlaps`: a token of the type overlaps the words (a quote's token may hold its marks). */
  match: 'exact' | 'starts' | 'overlaps';
}

export interface Scenario {
  name: string;
  /** The file whose wording disagrees with the others. */
  oddFile: string;
  /** Its disputed words (the body occurrence; `otherOccurrence` is a second one, e.g. the headline). */
  odd: Words;
  otherOccurrence: Words;
  code: string;
  /** How the agreeing sources word the same claim. */
  majority: string[];
  /** The other sources, as groups of files that are copies of one article. */
  majoritySources: string[][];
  tokens: TokenExpectation[];
  /** The odd file's publication date, as its byline or .corroborate.json gives it. */
  published: string;
  /** Words of site chrome (shown dimmed), when the odd file has some. */
  boilerplate?: string;
  /** A name a quotation's speaker token holds. */
  speaker: string;
  /** An edit in an agreeing source that makes it agree with the odd file instead. */
  live: { file: string; words: Words; replacement: string };
}

export const SEEDS: Scenario = {
  name: 'seeds',
  oddFile: '000_934a40c725afa8ca.txt',
  odd: { text: 'Jan. 11', after: 'Ukrainian-Russian border on ' },
  otherOccurrence: { text: 'Jan. 11', after: 'discuss Ukraine on ' },
  code: 'date-mismatch',
  majority: ['January 10', '10th of January', 'the 10th of January'],
  majoritySources: [['002_1fb32dcd358afb83.txt'], ['003_218c164c2f570b33.txt'], ['004_a2a43a3c11ca7b81.txt']],
  tokens: [
    { text: 'Jan. 11', after: 'Ukrainian-Russian border on ', type: 'date', match: 'exact' },
    { text: 'Dec. 27', after: 'In a ', type: 'date', match: 'exact' },
    { text: '122,000', after: 'buildup of ', type: 'figure', match: 'starts' },
    { text: 'major round of talks', after: 'this "', type: 'quote', match: 'overlaps' },
  ],
  speaker: 'Lavrov',
  boilerplate: 'Support independent journalism in Ukraine.',
  published: '2021-12-27',
  // 002 words the date once: changed, it sides with the odd file.
  live: { file: '002_1fb32dcd358afb83.txt', words: { text: '10th of January', after: 'security talks on the ' }, replacement: '11th of January' },
};

export const EXAMPLES: Scenario = {
  name: 'examples',
  oddFile: 'coastal-wire.txt',
  odd: { text: 'March 4', after: 'would vote on ' },
  otherOccurrence: { text: 'March 4', after: 'vote on offer ' },
  code: 'date-mismatch',
  majority: ['March 3', '3rd of March', 'the 3rd of March', 'Mar. 3', 'Tuesday', 'on Tuesday'],
  majoritySources: [['harbor-times-raw.txt', 'harbor-times.txt'], ['vessmark-ledger.txt'], ['northgate-post.txt']],
  tokens: [
    { text: 'March 4', after: 'would vote on ', type: 'date', match: 'exact' },
    { text: '6.5 per cent', after: 'a rise of ', type: 'figure', match: 'starts' },
    { text: '$12 million', after: 'shutdown at ', type: 'figure', match: 'overlaps' },
    { text: 'put a fair offer on the table', after: 'We\'ve ', type: 'quote', match: 'overlaps' },
  ],
  speaker: 'Alsing',
  published: '2026-03-02',
  live: { file: 'northgate-post.txt', words: { text: 'Tuesday', after: 'will vote on ' }, replacement: 'Wednesday' },
};

/** The scenario whose odd file is in the workspace folder. */
export function scenarioFor(files: string[]): Scenario | undefined {
  return [SEEDS, EXAMPLES].find((s) => files.includes(s.oddFile));
}
