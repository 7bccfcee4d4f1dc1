/**
 * Word-level vocabulary of the boilerplate classifier (function words are in
 * text/stopWords.ts): the words a page uses to address its reader, and the imperatives
 * that open its calls to action. General English, no site's phrases.
 */

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
