/**
 * Body versus boilerplate in plain text: the ideas of jusText and Readability without the
 * markup. The pipeline:
 *   1. split into blocks (lines or paragraphs, whichever the text uses),
 *   2. measure each block and classify it on its own (prose, short, chrome),
 *   3. take the densest run of prose as the article,
 *   4. trim edge paragraphs that talk to the reader about something else (comment policy),
 *      and take in one-sentence paragraphs right next to it,
 *   5. inside it, short blocks are body unless they are chrome (labels, image names, prompts,
 *      embedded posts); the items of a list a colon introduces are body however short,
 *   6. before it, keep the headline and standfirst (short lines whose words the article
 *      uses) and photo captions (a sentence and its credit in parentheses).
 * Everything else (menus, prompts, other headlines after the article) is boilerplate.
 */
import type { Region } from '../types.js';
import { splitBlocks, type Block } from './blocks.js';
import { classifyBlock, isContent, LENGTH_LOW, type BlockClass } from './classify.js';
import { measureBlocks, sentenceCount, type BlockFeatures } from './features.js';
import { findSegments, mainSegment } from './segments.js';

/** A block before the article is its headline when most of its words are the article's. */
const TITLE_OVERLAP = 0.5;
/** The text's first line is where a title goes: less evidence is needed there. */
const FIRST_LINE_TITLE_OVERLAP = 0.15;
const FIRST_LINE_LABEL_OVERLAP = 0.3;
const TITLE_MIN_CONTENT_WORDS = 3;
const TITLE_MAX_WORDS = 30;
/** An edge paragraph addressing the reader is chrome when it shares this little with the article. */
const OFF_TOPIC_OVERLAP = 0.15;
const READER_ADDRESS_MIN = 2;

/** Share of a block's content words that also occur in `vocabulary` (a set of page word ids). */
function overlap(words: readonly number[], vocabulary: Uint8Array): number {
  if (!words.length) return 0;
  let shared = 0;
  for (const word of words) shared += vocabulary[word]!;
  return shared / words.length;
}


/**
 * A headline or standfirst above the article: one phrase or sentence, not a prompt or a
 * menu, most of whose words the article uses. The text's first line is where a title
 * goes, so there less overlap is enough.
 */
function isHeadline(text: string, f: BlockFeatures, vocabulary: Uint8Array, firstLine: boolean): boolean {
  if (f.repeated || f.menuLike || f.callToAction || f.readerAddress > 0) return false;
  if (f.wordCount > TITLE_MAX_WORDS || sentenceCount(text) > 1) return false;
  if (f.contentWords.length < (firstLine ? 2 : TITLE_MIN_CONTENT_WORDS)) return false;
  // A first line that reads as a phrase ("... as dockers walk out") needs little evidence;
  // a bare string of nouns could be a site name or a section label.
  const needed = firstLine ? (f.hasStopWord ? FIRST_LINE_TITLE_OVERLAP : FIRST_LINE_LABEL_OVERLAP) : TITLE_OVERLAP;
  return overlap(f.contentWords, vocabulary) >= needed;
}

/** A photo caption: one sentence, then its credit in parentheses ("… in Geneva on June 16, 2021. (White House)"). */
const CAPTION_SHAPE = /^(?:[^()\n]|\([^()\n]{1,20}\))+[.!?]\s*\([^()\n]{1,60}\)\s*$/;
const CAPTION_OVERLAP = 0.3;
const CAPTION_MAX_WORDS = 60;

/**
 * A caption above the article describes what the article is about (fewer of its words
 * are the article's than a headline's: it names the place and the people in the photo).
 */
function isCaption(text: string, f: BlockFeatures, vocabulary: Uint8Array): boolean {
  if (f.repeated || f.menuLike || f.callToAction || f.readerAddress > 0 || f.wordCount > CAPTION_MAX_WORDS) return false;
  return CAPTION_SHAPE.test(text) && overlap(f.contentWords, vocabulary) >= CAPTION_OVERLAP;
}

/** Page furniture that no introducing colon makes part of a list. */
function isFurniture(f: BlockFeatures): boolean {
  return f.repeated || f.menuLike || f.callToAction || f.embed;
}

/**
 * Items of a list the article introduces with a colon ("... has to do the following:") are
 * body however short ("Stop lying"); the list ends at the next prose paragraph.
 */
function markListItems(blocks: readonly Block[], classes: readonly BlockClass[], features: readonly BlockFeatures[], body: boolean[], first: number, last: number): void {
  let inList = false;
  for (let i = first; i <= last; i++) {
    if (isContent(classes[i]!) || isFurniture(features[i]!)) inList = false;
    else if (inList) body[i] = true;
    if (body[i] && blocks[i]!.text.endsWith(':')) inList = true;
  }
}

export function findRegions(text: string): Region[] {
  const blocks = splitBlocks(text);
  const { blocks: features, words } = measureBlocks(text, blocks);
  const classes = features.map(classifyBlock);
  const body = new Array<boolean>(blocks.length).fill(false);
  const main = mainSegment(findSegments(classes, features), classes, features, words);

  if (!main) {
    // No prose anywhere (a note, a single line): nothing to tell chrome from, keep all
    // but lines the page repeats.
    for (let i = 0; i < blocks.length; i++) body[i] = !features[i]!.repeated;
  } else {
    let { first, last } = main;
    // Trim edge paragraphs that talk to the reader about something other than the article.
    // `inBlocks` counts, per word, the prose blocks of the run that use it.
    const inBlocks = new Int32Array(words);
    const tally = (i: number, by: number) => {
      for (const word of features[i]!.contentWords) inBlocks[word] += by;
    };
    for (let i = first; i <= last; i++) if (isContent(classes[i]!)) tally(i, 1);
    const offTopic = (i: number): boolean => {
      const f = features[i]!;
      if (f.readerAddress < READER_ADDRESS_MIN || !f.contentWords.length) return false;
      let shared = 0;
      for (const word of f.contentWords) if (inBlocks[word]! > 1) shared++;
      return shared / f.contentWords.length < OFF_TOPIC_OVERLAP;
    };
    while (first < last && offTopic(last)) {
      tally(last, -1);
      last--;
      while (last > first && !isContent(classes[last]!)) last--;
    }
    while (first < last && offTopic(first)) {
      tally(first, -1);
      first++;
      while (first < last && !isContent(classes[first]!)) first++;
    }
    // A closing one-sentence paragraph ("He declined to comment.") stands outside the
    // run of prose but belongs to it; so does one just before it. A longer sentence too thin
    // for prose next to the article is more likely a credit or a notice.
    const closing = (i: number) => classes[i] === 'neutral' && features[i]!.sentenceShaped && features[i]!.chars < LENGTH_LOW;
    while (last + 1 < blocks.length && closing(last + 1)) last++;
    while (first > 0 && closing(first - 1)) first--;
    for (let i = first; i <= last; i++) body[i] = classes[i] !== 'chrome';
    markListItems(blocks, classes, features, body, first, last);

    const vocabulary = new Uint8Array(words);
    for (let i = first; i <= last; i++) if (body[i]) for (const word of features[i]!.contentWords) vocabulary[word] = 1;
    for (let i = 0; i < first; i++) body[i] = isHeadline(blocks[i]!.text, features[i]!, vocabulary, i === 0) || isCaption(blocks[i]!.text, features[i]!, vocabulary);
  }
  return blocks.map((block, i) => ({ start: block.start, end: block.end, boilerplate: !body[i] }));
}
