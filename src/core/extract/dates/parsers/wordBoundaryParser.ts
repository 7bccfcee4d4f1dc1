import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';

/**
 * Like chrono's AbstractParserWithWordBoundaryChecking (not exported by the package):
 * the inner pattern must start at a word boundary; the boundary character is dropped
 * from the match before `innerExtract` sees it.
 */
export abstract class WordBoundaryParser implements Parser {
  abstract innerPattern(): RegExp;
  abstract innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null;

  private cached: RegExp | null = null;

  pattern(): RegExp {
    this.cached ??= new RegExp(`(\\W|^)${this.innerPattern().source}`, this.innerPattern().flags);
    return this.cached;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null {
    const header = match[1] ?? '';
    match.index = (match.index ?? 0) + header.length;
    match[0] = match[0].substring(header.length);
    for (let i = 2; i < match.length; i++) match[i - 1] = match[i];
    return this.innerExtract(context, match);
  }
}
