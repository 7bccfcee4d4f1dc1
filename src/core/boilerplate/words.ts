/**
 * Word-level vocabulary of the boilerplate classifier: English function words (the
 * stop-word density of jusText), the words a page uses to address its reader, and the
 * imperatives that open its calls to action. General English, no site's phrases.
 */

/** English function words: articles, pronouns, auxiliaries, prepositions, conjunctions. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also although am an and another any are as at ' +
    'be became because become been before being below between both but by can cannot could ' +
    'did do does doing done down during each either even ever every few for from further ' +
    'had has have having he her here hers herself him himself his how however i if in into ' +
    'is it its itself just least less like many may me might more most much must my myself ' +
    'neither never no nor not now of off often on once one only or other others our ours ' +
    'ourselves out over own per rather same shall she should since so some such than that ' +
    'the their theirs them themselves then there these they this those though through thus ' +
    'to too two under until up upon us very via was we were what whatever when where whether ' +
    'which while who whom whose why will with within without would yet you your yours ' +
    'yourself yourselves says said say according told also still already almost around ' +
    'across along among amid later next last new first since toward towards whose '
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * First and second person words that site chrome uses to talk to its reader ("Support
 * us", "Your email address", "our community"). News prose uses them only inside quotes.
 */
export const READER_ADDRESS: ReadonlySet<string> = new Set(['we', 'us', 'our', 'ours', 'you', 'your', 'yours', "we've", "we're", "you're", "you've"]);

/**
 * A block that opens with an imperative aimed at the reader ("Subscribe ...", "Join us",
 * "Leave a Reply", "Share on Facebook") is a call to action, the page talking, not the story.
 * News sentences open with a subject; these verbs open one only as nouns ("Support for ...",
 * "Share prices ..."), which the checks in `features.ts` keep apart.
 */
export const CALL_TO_ACTION = /^(?:subscribe|sign (?:up|in)|log ?in|join|support|donate|contribute|become|share|follow|click|tap|download|enter|leave a|register|skip|back to|read more|see more|load more|continue reading|watch|listen)\b(?!-| (?:for|of|from|in|at)\b)/i;
