import type { ParsingContext } from 'chrono-node';
import { tagTimex } from '../timexTags.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * Bare years ("in 1998", "fiscal 1990", "the 1988 period"), decades ("the 1990s", "mid-1980s")
 * and centuries ("the 20th century"). Chrono only reads a year next to a month.
 * A four-digit number is taken as a year only between 1600 and 2099 and when it does not
 * look like an amount (currency before it, a unit or decimal after it).
 */
const PATTERN = new RegExp(
  '(?:(the\\s+)?(early|mid|late)[- ])?' +
    '(?:(fiscal|calendar|the end of|the beginning of|the start of|the middle of|the spring of|the summer of|the fall of|the autumn of|the winter of)\\s+)?' +
    "(1[6-9]\\d\\d|20\\d\\d)(?:(')?(s)\\b)?" +
    '(?![\\d,.%/:-]\\d|\\d|\\s*(?:%|percent|per\\s?cent|million|billion|trillion|thousand|shares|people|troops|dollars|yen|marks|pounds|euros|francs|tons|barrels|units|cars|jobs|workers|employees|members|points|miles|feet|meters|kilometers|acres|hours|minutes|votes|seats|copies|students|soldiers|deaths|cases|homes)\\b)',
  'i'
);

const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export class YearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const start = match.index!;
    const before = context.text.slice(Math.max(0, start - 2), start);
    // "$1998", "No. 1990", "#2000": amounts and labels, not years.
    if (/[$£€#]\s?$|no\.\s?$/i.test(before)) return null;
    const [, , , phrase, digits, , plural] = match;
    const components = context.createParsingComponents();
    const year = Number(digits);
    if (plural) {
      if (year % 10 !== 0) return null;
      tagTimex(components, year % 100 === 0 ? String(year / 100) : String(year / 10), 'DATE');
    } else {
      const season = phrase ? /^the (spring|summer|fall|autumn|winter) of$/i.exec(phrase) : null;
      components.assign('year', year);
      tagTimex(components, season ? `${year}-${SEASON_CODE[season[1].toLowerCase()]}` : String(year), 'DATE');
      // A lone "2000" in running text is more often an amount; accept it only with date context.
      if (!phrase && !match[2] && !isYearContext(context.text, start) && !isLikelyYear(context, year, start)) return null;
    }
    return components;
  }
}

/**
 * A number in the range of recent years is a year unless it reads as an amount:
 * a hedge before it ("about 2000") or a counted noun after it ("2000 people").
 */
function isLikelyYear(context: ParsingContext, year: number, start: number): boolean {
  if (year < 1900 || year > referenceDay(context).year + 10) return false;
  const before = context.text.slice(Math.max(0, start - 16), start);
  if (/\b(about|some|nearly|almost|than|only|just|over|under|approximately|roughly|around|least|most|top|all|and|or|to)\s+$/i.test(before)) return false;
  const after = context.text.slice(start + 4, start + 24);
  return !/^\s+[a-z]+s\b(?!')/.test(after);
}

/** Words that, just before a bare four-digit number, make it a year. */
function isYearContext(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  if (/\b(in|since|by|until|till|of|from|through|to|during|for|before|after|early|late|mid|around|the|its|his|her|their|a|since)\s+$/.test(before)) return true;
  if (/(^|\W)(in|of)\s+(early|late|mid-?)\s*$/.test(before)) return true;
  if (/[,(]\s*$/.test(before) || /^\s*$/.test(before)) return true;
  // "1998 was", "1990 and 1991", "1990-91"
  const after = text.slice(start + 4, start + 16).toLowerCase();
  return /^(\s+(was|were|is|will|and|or)\b|[-–]\d\d|\)|,|\.|'s)/.test(after);
}
