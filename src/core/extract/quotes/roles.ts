/**
 * Role holders: the people the text names as holding a role, so that a later "the
 * spokeswoman said" can be shown as the person. News links a name to a role in three
 * ways: an appositive after the name ("Petra Alsing, a spokeswoman for the port
 * authority"), a title before it ("Transport Minister Halvard Remi", "manager Lotte
 * Varga"), and a name in apposition to the role ("Its spokeswoman, Petra Alsing, said").
 */
import { isSpaceCode } from '../../text/charClasses.js';
import { detached } from '../../text/detached.js';
import { PERSON_ROLE, ROLE_PHRASE_SOURCE } from './lexicon.js';
import { sentenceEnd, sentenceStart } from '../../text/sentences.js';
import type { Mention } from './speakers.js';
import { precompiled } from './precompiled.js';

export interface RoleHolder {
  /** The name of the person holding the role. */
  name: Mention;
  /** The role as written ("a spokeswoman for the port authority", "Transport Minister"). */
  role: string;
  /** Where the pair (name and role) begins and ends. */
  start: number;
  end: number;
  /** When the name stands in apposition to a role phrase before it: where that phrase ends. */
  roleEnd?: number;
}

/** `, a spokeswoman for the port authority.` closing the apposition after a name. */
const ROLE_AFTER_NAME = precompiled(new RegExp(`^,[^\\S\\n]+(${ROLE_PHRASE_SOURCE})(?=[^\\S\\n]*(?:[,.;:)]|\\n|$))`, 'u'));
/** `Its spokeswoman, ` right before a name. */
const ROLE_BEFORE_NAME = precompiled(new RegExp(`(${ROLE_PHRASE_SOURCE}),[^\\S\\n]+$`, 'u'));
/** ROLE_BEFORE_NAME's ending alone: most names follow no comma, and the full pattern is slow to fail. */
const COMMA_BEFORE_NAME = /,[^\S\n]+$/;
/** What closes an apposition: a comma, the sentence's end, the line's end. */
const APPOSITION_CLOSES = /^[^\S\n]*(?:[,.;:)]|\n|$)/;
/** `In Dunmere Harbor, the spokesman said`: a place before a comma is not a name in apposition. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|on|from|to|of|for|by|near|across|outside|inside|into|with|throughout)[^\S\n]+$/iu;
/** Words that say nothing about which role it is. */
const NOT_A_ROLE_WORD = /^(?:the|a|an|another|its|his|her|their|this|that|our|for|of|at|to|with|from|in|on|and)$/;
/** Words that make a title a different office from its head noun alone. */
const ANOTHER_OFFICE = /^(?:vice|deputy|assistant|associate|acting|interim|former|ex-\S*|under|lieutenant|co-\S*|first|outgoing|incoming|late|shadow|junior)$/;
/** How many words of a title before a name are kept ("Port authority spokeswoman"). */
const TITLE_WORDS = 4;
/** The last few words before a name, the last of them its title's head: "Port authority spokeswoman ". */
const TITLE_BEFORE_NAME = new RegExp(`(?:\\S+\\s+){0,${TITLE_WORDS - 1}}(\\S+)\\s+$`);

/** The last white-space-separated word, '' when there is none. */
export function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
  return s.slice(start, end);
}

const PREPOSITIONAL_PHRASE = /\s+(?:for|of|at|to|with|from|in)\s+/;
/** Head nouns by role phrase: the same few phrases are asked about for every mention. */
const HEADS = new Map<string, string>();
const MAX_HEADS = 10_000;

/** The noun a role phrase is about: "spokesperson" in "a spokesperson for the NSC". */
export function headNoun(role: string): string {
  let head = HEADS.get(role);
  if (head === undefined) {
    if (HEADS.size >= MAX_HEADS) HEADS.clear();
    const key = detached(role);
    head = lastWord(beforePrepositionalPhrase(key)).toLowerCase();
    HEADS.set(key, head);
  }
  return head;
}

/** The phrase up to its first "for/of/at… ": "a spokesperson" in "a spokesperson for the NSC". */
export function beforePrepositionalPhrase(phrase: string): string {
  const cut = phrase.search(PREPOSITIONAL_PHRASE);
  return cut < 0 ? phrase : phrase.slice(0, cut);
}

/** A noun naming one person by what they do: "spokeswoman", "minister"; not "officials" or "the report". */
export function isSingularPersonRole(head: string): boolean {
  return PERSON_ROLE.test(head) && !/(?:[^s]s|people|men)$/.test(head);
}

function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !NOT_A_ROLE_WORD.test(w) && !/['’]s?$/.test(w));
}

function sameHead(a: string, b: string): boolean {
  if (a === b) return true;
  // "the spokesperson" may be the spokeswoman or spokesman named earlier.
  return /^spokes/.test(a) && /^spokes/.test(b) && (a === 'spokesperson' || b === 'spokesperson');
}

/**
 * Whether a role phrase can refer to the role a holder was introduced with: the same head
 * noun, and every word that narrows the phrase ("transport" in "the transport minister")
 * found in the holder's role too.
 */
export function sameRole(phrase: string, holderRole: string): boolean {
  if (!sameHead(headNoun(phrase), headNoun(holderRole))) return false;
  const held = roleWords(holderRole);
  const words = roleWords(phrase);
  const head = headNoun(phrase);
  // A vice president is not "the president", nor a former minister "the minister".
  if (held.some((w) => ANOTHER_OFFICE.test(w) && !words.includes(w))) return false;
  return words.every((w) => w === head || held.includes(w));
}

/** The roles the text gives a person-name mention, right around it. */
export function rolesHeldBy(text: string, name: Mention): RoleHolder[] {
  const holders: RoleHolder[] = [];
  const sentence = sentenceStart(text, name.start, Math.max(0, name.start - 200));
  const before = text.slice(sentence, name.start);
  const closes = APPOSITION_CLOSES.test(text.slice(name.end, name.end + 3));

  // "Transport Minister Halvard Remi", "Port authority spokeswoman Petra Alsing".
  const lead = text.slice(Math.max(sentence, name.displayStart - 80), name.displayStart);
  const clause = lead.slice(lead.search(/[^,;:()"“”«»\n]*$/));
  const title = TITLE_BEFORE_NAME.exec(clause);
  if (title && isSingularPersonRole(title[1].toLowerCase())) {
    holders.push({ name, role: title[0].trim(), start: name.displayStart - clause.length + title.index, end: name.displayEnd });
  }

  // "Petra Alsing, a spokeswoman for the port authority".
  const after = ROLE_AFTER_NAME.exec(text.slice(name.end, name.end + 160));
  if (after && isSingularPersonRole(headNoun(after[1])) && !PREPOSITION_BEFORE.test(before)) {
    holders.push({ name, role: after[1], start: name.displayStart, end: name.end + after[0].length });
  }

  // "Its spokeswoman, Petra Alsing, said".
  const roleFirst = closes && COMMA_BEFORE_NAME.test(before) ? ROLE_BEFORE_NAME.exec(before) : null;
  if (roleFirst && isSingularPersonRole(headNoun(roleFirst[1]))) {
    const roleStart = sentence + roleFirst.index;
    holders.push({ name, role: roleFirst[1], start: roleStart, end: name.displayEnd, roleEnd: roleStart + roleFirst[1].length });
  }
  return holders;
}

/** Said of someone who is not to be named: "on condition of anonymity", "who declined to be named". */
const ANONYMOUS = /\b(?:anonymity|anonymously|unnamed|anonymous|(?:declined|asked|refused|requested|wished)\s+not\s+to\s+be\s+(?:named|identified)|(?:declined|refused)\s+to\s+be\s+(?:named|identified)|not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|comment|discuss|talk))\b/i;

/** Whether the sentence holding a role mention keeps the person anonymous. */
export function isAnonymous(text: string, mention: { start: number; end: number }): boolean {
  const from = sentenceStart(text, mention.start, Math.max(0, mention.start - 300));
  const to = sentenceEnd(text, mention.end, Math.min(text.length, mention.end + 300));
  return ANONYMOUS.test(text.slice(from, to));
}
