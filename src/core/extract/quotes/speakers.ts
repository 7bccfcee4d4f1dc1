/**
 * Speakers: what a cue's subject refers to. A name is shown without its titles
 * ("Russian Foreign Minister Sergei Lavrov" -> "Sergei Lavrov") and a lone surname takes
 * the full name mentioned earlier ("Ryabkov" -> "Sergei Ryabkov"); a short role
 * ("the spokesperson") takes the person the text named as holding that role, or else the
 * fuller role phrase with the same head mentioned earlier;
 * a pronoun takes the nearest earlier person or role outside quotations that agrees with
 * it (he/she against titles, honorifics, gendered role nouns and common given names, a
 * surname taking the gender of its full name; "they" only a group: an organisation, a
 * people, a plural role), preferring, within this and the previous sentence, someone seen
 * speaking, then the sentence's subject, then a name known to agree in gender.
 */
import { FEMININE_GIVEN_NAMES, HONORIFIC, MASCULINE_GIVEN_NAMES, NAME_SOURCE, ORGANISATION_WORD, PERSON_ROLE, PRONOUN, TITLE_WORD } from './lexicon.js';
import type { QuotedStretch } from './pairing.js';
import { headNoun, isAnonymous, isSingularPersonRole, lastWord, rolesHeldBy, sameRole, type RoleHolder } from './roles.js';
import { sentenceStart } from '../../text/sentences.js';

export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention {
  kind: MentionKind;
  /** The phrase as it stands in the text. */
  start: number;
  end: number;
  /** The part shown as the speaker: the name without titles, or the role phrase. */
  display: string;
  displayStart: number;
  displayEnd: number;
  /** A capitalised phrase naming an organisation or place ("the Kremlin", "US National Security Council"). */
  organisation?: boolean;
  /** A plain name that was never seen speaking or titled: a pronoun's last resort. */
  weak?: boolean;
  /** Seen as the subject of a speech verb: the likeliest antecedent of "he said". */
  speaker?: boolean;
  /** A name opening a sentence, followed by its verb ("Ham made it clear ..."). */
  subject?: boolean;
}

export interface Speaker {
  name: string;
  span: { start: number; end: number };
}

/** How many mentions a pronoun or short reference looks back over (about a long article's worth). */
const MAX_LOOK_BACK = 400;
const DETERMINER_START = /^(?:the|a|an|another|one|two|three|several|some|many|other|this|that|its|his|her|their)\s/i;
/** A role that brings in someone new ("a spokesperson said") rather than someone named before. */
const INDEFINITE_START = /^(?:a|an|another|one|two|three|several|some|many|other)\s/i;
const WORD = /\S+/g;
/** "Mr. Morgan of the Sierra Club" is Mr. Morgan. */
const NAME_OF_TAIL = /\s+of\s+(?:the\s+)?\p{Lu}.*$/u;
const PARENTHETICAL_TAIL = /\s*\([^()]*\)$/;
/** Every capitalised phrase; the index keeps those that name people (titled, sentence subjects, full names). */
const NAME_IN_TEXT = new RegExp(NAME_SOURCE, 'gu');

export function describeMention(text: string, start: number, end: number): Mention {
  const phrase = text.slice(start, end);
  if (PRONOUN.test(phrase)) return { kind: 'pronoun', start, end, display: phrase, displayStart: start, displayEnd: end };
  // "Carvania's transport minister" is a role, though it opens with a capital.
  const roleHead = /^\p{Ll}/u.test(lastWord(phrase.split(/\s+(?:for|of|at|to|with|from|in)\s+/)[0]));
  if (DETERMINER_START.test(phrase) || /^\p{Ll}/u.test(phrase) || roleHead) {
    const display = phrase.replace(/^(?:The|An?|Another|Its|His|Her|Their)\s/, (a) => a.toLowerCase());
    return { kind: 'role', start, end, display, displayStart: start, displayEnd: end };
  }
  const bare = phrase.replace(NAME_OF_TAIL, '').replace(PARENTHETICAL_TAIL, '').replace(/['’]s$/, '');
  const words: { word: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(bare); m; m = WORD.exec(bare)) words.push({ word: m[0], at: m.index });
  if (words.length === 0) return { kind: 'name', start, end, display: phrase, displayStart: start, displayEnd: end };
  // The name is the run of capitalised words closing the phrase, after any title or role words.
  let first = words.length - 1;
  while (first > 0 && isNameWord(words[first - 1].word)) first--;
  if (first > 0 && HONORIFIC.test(words[first - 1].word)) first--;
  const displayStart = start + words[first].at;
  const displayEnd = start + bare.length;
  const display = text.slice(displayStart, displayEnd);
  // "House Speaker Paul Ryan" is a person; "US National Security Council" is not.
  if (ORGANISATION_WORD.test(display)) return { kind: 'name', start, end, display: bare, displayStart: start, displayEnd: start + bare.length, organisation: true };
  return { kind: 'name', start, end, display, displayStart, displayEnd };
}

function isNameWord(word: string): boolean {
  // "Norman", "Brian", "Christian" look like nationality titles but are given names.
  if (FEMININE_GIVEN_NAMES.has(word) || MASCULINE_GIVEN_NAMES.has(word)) return true;
  return /^\p{Lu}/u.test(word) && !/['’]s$/.test(word) && !TITLE_WORD.test(word) && !HONORIFIC.test(word) && !PERSON_ROLE.test(word) || /^(?:de|van|von|bin|da|del|der|la|le|al-\S+)$/.test(word);
}

const PLACE_START = /^(?:New|Los|Las|San|Santa|Saint|St\.|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Great|Greater|Fort|Mount|Lake|Port|Cape|Capitol|Wall|Silicon|Middle|Latin|Islamic|Supreme|Super|Black|Cold|World|Holy)$/;

/** Two or three capitalised words that are not an organisation or a place: "Mary Smith". */
function looksLikePersonName(mention: Mention): boolean {
  if (mention.kind !== 'name' || mention.organisation) return false;
  const words = mention.display.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !PLACE_START.test(words[0]) && words.every((w) => /^\p{Lu}[\p{Ll}'’.\-]*\p{Ll}|^\p{Lu}\.$/u.test(w));
}

/** A heading in capitals ("CONGRESS HAS INVESTIGATED HIM") is not a person. */
const SHOUTED = /^[\p{Lu}\p{N}'’.\-]+(?:\s+[\p{Lu}\p{N}'’.\-]+)+$/u;

/** A people or a party in the plural, a group rather than a person: "Americans", "Republicans". */
const GROUP_NAME = /^\p{Lu}\p{Ll}+(?:ians|eans|cans|nans|ites|ists|crats)$/u;
/** GROUP_NAME's ending alone: a cheap test that rules out nearly every name first. */
const GROUP_ENDING = /(?:ians|eans|cans|nans|ites|ists|crats)$/;

function pronounGender(pronoun: string): 'f' | 'm' | null {
  return /^(?:she|her)$/i.test(pronoun) ? 'f' : /^(?:he|him)$/i.test(pronoun) ? 'm' : null;
}

function isPluralPersonRole(head: string): boolean {
  return PERSON_ROLE.test(head) && /(?:[^s]s|people|men)$/.test(head) || /^(?:critics|opponents|proponents|protesters|demonstrators|families|parents|students|voters|delegates|lawmakers|senators|leaders|members|officials|democrats|republicans|allies|investigators|authorities|police)$/.test(head);
}

/**
 * Plural subjects opening a sentence, "Critics of the EB-5 program, like …, see" /
 * "The members said": what a later "they said" stands for.
 */
function pluralSubjects(text: string, quotes: QuotedStretch[]): Mention[] {
  const found: Mention[] = [];
  PLURAL_SUBJECT.lastIndex = 0;
  for (let m = PLURAL_SUBJECT.exec(text); m; m = PLURAL_SUBJECT.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!isPluralPersonRole(headNoun(m[1])) || quotes.some((q) => q.start < start && end <= q.end)) continue;
    if (!opensClause(text, start, end) && !/^\s+(?:said|say|says|told|wrote|added|argued|warned)\b/.test(text.slice(end, end + 12))) continue;
    const display = m[1].replace(/^(?:The|Many|Some|Several)\s/, (w) => w.toLowerCase());
    found.push({ kind: 'role', start, end, display, displayStart: start, displayEnd: end, subject: true });
  }
  return found;
}
const PLURAL_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n\s*|,\s+)((?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+|[Ss]everal\s+)?(?:(?![\p{L}\-]*(?:ed|s)\s)[\p{L}\-]+\s+)?[\p{L}]+s(?:\s+(?:of|for|at|from|in)\s+(?:the\s+)?[\p{L}\p{N}.\-]+(?:\s+[\p{L}\p{N}.\-]+){0,2}?(?=,|\s+\p{Ll}))?)(?=,|\s+\p{Ll})/gu;

const FEMININE = /^(?:Mrs|Ms)\.?\s|\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|woman|mother|wife|daughter|sister|widow|Queen|Princess|Lady|Dame)\b/i;
const MASCULINE = /^Mr\.?\s|\b(?:spokesman|chairman|congressman|businessman|man|father|husband|son|brother|King|Prince|Lord|Sir)\b/i;

/** Grammatical gender where the phrase gives it away (honorific or role noun), else null. */
function genderOf(display: string): 'f' | 'm' | null {
  if (FEMININE.test(display)) return 'f';
  if (MASCULINE.test(display)) return 'm';
  const given = display.split(/\s+/)[0];
  const feminine = FEMININE_GIVEN_NAMES.has(given);
  const masculine = MASCULINE_GIVEN_NAMES.has(given);
  return feminine === masculine ? null : feminine ? 'f' : 'm';
}

/**
 * Whether a phrase is a sentence's subject: it opens the sentence (or follows a short
 * introductory phrase, "On Monday night, Clinton leaned in") and a lower-case word, its
 * verb, comes next.
 */
function opensClause(text: string, start: number, end: number): boolean {
  // The verb may follow an appositive: "Dean, a medical doctor, then appeared".
  const after = text.slice(end, end + 160);
  const verbAt = APPOSITIVE_THEN_VERB.exec(after)?.[0].length ?? (/^[^\S\n]+/.exec(after)?.[0].length ?? -1);
  if (verbAt < 0 || !/^\p{Ll}/u.test(after.slice(verbAt)) || CLAUSE_CONTINUES.test(after.slice(verbAt))) return false;
  const sentence = sentenceStart(text, start, Math.max(0, start - 120));
  const lead = text.slice(sentence, start);
  // An introductory phrase before the subject: "On Monday night, Clinton leaned in", "Chastened by X, as well as Y, Trump revised".
  return /^\s*(?:the\s+)?$/i.test(lead) || /^[^"“”]{1,110},\s+(?:the\s+)?$/i.test(lead);
}

/** `, a medical doctor, ` / `, who campaigned for Trump, ` between a subject and its verb. */
const APPOSITIVE_THEN_VERB = /^,[^\S\n]+[^,"“”\n]{2,120},[^\S\n]+/;
/** A lower-case word that continues a list or a phrase rather than being the verb. */
const CLAUSE_CONTINUES = /^(?:and|or|but|of|in|on|at|for|to|with|from|by|as|who|whom|whose|which|that)\b/;

function isTitled(mention: Mention): boolean {
  if (mention.organisation) return false;
  return mention.displayStart > mention.start || /^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(mention.display);
}

/** Person and role mentions that pronouns and short references can resolve to, in text order. */
export class MentionIndex {
  readonly mentions: Mention[];
  private readonly surnames = new Set<string>();
  /** Full names by their last word, in text order: "Ryabkov" -> ["Sergei Ryabkov"]. */
  private readonly fullNames = new Map<string, Mention[]>();
  /** People named as holding a role, by where the pair ends. */
  private readonly holders: RoleHolder[] = [];

  constructor(
    private readonly text: string,
    subjects: Mention[],
    private readonly quotes: QuotedStretch[],
  ) {
    const named: Mention[] = [];
    const singles: Mention[] = [];
    const groups: Mention[] = [];
    const people: Mention[] = [];
    NAME_IN_TEXT.lastIndex = 0;
    let q = 0;
    for (let m = NAME_IN_TEXT.exec(text); m; m = NAME_IN_TEXT.exec(text)) {
      while (q < quotes.length && quotes[q].end <= m.index) q++;
      if (q < quotes.length && quotes[q].start < m.index) continue;
      const mention = describeMention(text, m.index, m.index + m[0].length);
      const subject = opensClause(text, m.index, m.index + m[0].length);
      // Organisations and peoples ("the Security Council", "Americans") are what "they" may stand for.
      if (mention.organisation || (GROUP_ENDING.test(mention.display) && GROUP_NAME.test(mention.display))) {
        groups.push({ ...mention, organisation: true, subject });
        continue;
      }
      if (isTitled(mention)) named.push({ ...mention, subject });
      else if (looksLikePersonName(mention)) named.push({ ...mention, subject, weak: !subject });
      else if (!/\s/.test(mention.display)) {
        // A lone word counts only as a sentence subject (see `surnamed`); no copy otherwise.
        if (subject) singles.push({ ...mention, subject });
      } else continue;
      people.push(mention);
    }
    for (const m of [...named, ...subjects]) {
      if (m.kind === 'name' && !m.organisation && /\s/.test(m.display)) this.surnames.add(lastWord(m.display));
    }
    // A lone surname ("Clinton leaned in") is a person once the full name is known.
    const surnamed = singles.filter((m) => m.subject && this.surnames.has(m.display));
    const all = [...subjects.map((m) => ({ ...m, speaker: true })), ...named, ...surnamed, ...groups, ...pluralSubjects(text, quotes)].filter((m) => m.kind !== 'pronoun');
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = all.filter((m, k) => k === 0 || m.start !== all[k - 1].start);
    // A lone capitalised word holds a role only once it is known as a surname ("Alsing, the spokeswoman,").
    for (const m of people) {
      if (/\s/.test(m.display) || isTitled(m) || this.surnames.has(m.display)) this.holders.push(...rolesHeldBy(text, m));
    }
    this.holders.sort((a, b) => a.end - b.end);
    for (const m of this.mentions) {
      if (m.kind === 'name' && !m.organisation && /\s/.test(m.display)) {
        const list = this.fullNames.get(lastWord(m.display)) ?? [];
        list.push(m);
        this.fullNames.set(lastWord(m.display), list);
      }
    }
  }

  /** The speaker a cue subject stands for. */
  resolve(mention: Mention): Speaker {
    if (mention.kind === 'pronoun') {
      const antecedent = this.antecedentOf(mention);
      const full = antecedent && this.fullNameOf(antecedent, pronounGender(mention.display));
      if (full) return { name: full.display, span: { start: full.displayStart, end: full.displayEnd } };
      if (antecedent) return this.resolve(antecedent);
      return { name: mention.display, span: { start: mention.start, end: mention.end } };
    }
    if (mention.kind === 'role') {
      const words = mention.display.split(/\s+/).length;
      const head = headNoun(mention.display);
      const holder = this.holderOf(mention);
      const fuller = words <= 2
        ? this.nearestBefore(mention.start, (m) => m.kind === 'role' && headNoun(m.display) === head && m.display.split(/\s+/).length > words)
        : undefined;
      // The nearer of the two: a role phrase after the named holder may be someone else.
      if (holder && (!fuller || holder.end > fuller.start)) return this.nameOf(holder.name);
      if (fuller) return { name: fuller.display, span: { start: fuller.displayStart, end: fuller.displayEnd } };
      return { name: mention.display, span: { start: mention.displayStart, end: mention.displayEnd } };
    }
    const full = this.fullNameOf(mention);
    if (full) return { name: full.display, span: { start: full.displayStart, end: full.displayEnd } };
    return { name: mention.display, span: { start: mention.displayStart, end: mention.displayEnd } };
  }

  /** A holder's name in full: "President Obama" is the "Barack Obama" named before, never a later "Michelle Obama". */
  private nameOf(name: Mention): Speaker {
    const full = /\s/.test(name.display) ? undefined : [...(this.fullNames.get(name.display) ?? [])].reverse().find((m) => m.end <= name.start);
    const shown = full ?? name;
    return { name: shown.display, span: { start: shown.displayStart, end: shown.displayEnd } };
  }

  /**
   * The person a role phrase stands for: the name set in apposition to it, or else the
   * nearest person named earlier as holding the same role. A role that brings in someone
   * new ("a spokesperson"), keeps them anonymous, or names a group is left as written.
   */
  private holderOf(role: Mention): RoleHolder | undefined {
    if (!isSingularPersonRole(headNoun(role.display))) return undefined;
    const inApposition = this.holders.find((h) => h.roleEnd === role.end);
    if (inApposition) return inApposition;
    if (INDEFINITE_START.test(role.display) || isAnonymous(this.text, role)) return undefined;
    let lo = 0;
    let hi = this.holders.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.holders[mid].end <= role.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, seen = 0; k >= 0 && seen < MAX_LOOK_BACK; k--, seen++) {
      if (sameRole(role.display, this.holders[k].role)) return this.holders[k];
    }
    return undefined;
  }

  /**
   * What a pronoun refers to: the nearest person seen speaking, named with a title, or
   * standing as a sentence's subject; a plain name elsewhere only when there is none.
   */
  private antecedentOf(pronoun: Mention): Mention | undefined {
    const fits = (m: Mention) => m.kind !== 'pronoun' && this.canBeReferredTo(m, pronoun.display);
    // In this or the previous sentence, someone seen speaking outranks the sentence's subject,
    // the subject outranks a nearer object ("Ham made it clear ... under President Obama"),
    // and a name whose gender is known to agree outranks anyone further back.
    const sentence = this.sentenceOutsideQuotes(pronoun.start);
    let gap = sentence;
    while (gap > 0 && /\s/.test(this.text[gap - 1])) gap--;
    const previous = gap > 0 ? this.sentenceOutsideQuotes(gap - 1) : 0;
    const near = (m: Mention) => m.start >= previous && fits(m);
    const gender = pronounGender(pronoun.display);
    return this.nearestBefore(pronoun.start, (m) => near(m) && !!m.speaker)
      ?? this.nearestBefore(pronoun.start, (m) => near(m) && !!m.subject)
      ?? (gender ? this.nearestBefore(pronoun.start, (m) => near(m) && this.genderOfPerson(m) === gender) : undefined)
      // A group is rarely named as an object and then quoted: "they" looks further back for a group that spoke or acted.
      ?? (gender ? undefined : this.nearestBefore(pronoun.start, (m) => (!!m.speaker || !!m.subject) && fits(m)))
      ?? this.nearestBefore(pronoun.start, (m) => !m.weak && fits(m))
      ?? this.nearestBefore(pronoun.start, fits);
  }

  /**
   * Whether a pronoun may refer to `m`: he/she to a person or a singular person role whose
   * gender, when known (from the name or the full name it stands for), agrees; they only to
   * a group: an organisation, a people, a plural role.
   */
  private canBeReferredTo(m: Mention, pronoun: string): boolean {
    if (m.kind === 'pronoun') return m.display.toLowerCase() === pronoun.toLowerCase();
    const gender = pronounGender(pronoun);
    if (!gender) return !!m.organisation || m.kind === 'role' && isPluralPersonRole(headNoun(m.display));
    if (!this.mayBe(m, gender)) return false;
    if (m.kind === 'role') return PERSON_ROLE.test(headNoun(m.display)) && !/[^s]s$/.test(headNoun(m.display));
    if (m.organisation || SHOUTED.test(m.display)) return false;
    return /\s/.test(m.display) || isTitled(m) || this.surnames.has(m.display) || !!m.speaker;
  }

  /** Start of the writer's sentence holding `pos`: full stops inside a quotation ("… Hillary.”) do not end it. */
  private sentenceOutsideQuotes(pos: number): number {
    let start = sentenceStart(this.text, pos, Math.max(0, pos - 600));
    for (let inside = this.quotes.find((q) => q.start < start && start < q.end); inside; inside = this.quotes.find((q) => q.start < start && start < q.end)) {
      start = sentenceStart(this.text, inside.start, Math.max(0, inside.start - 600));
    }
    return start;
  }

  /** The gender the mention itself gives: its name, or the title before it ("9/11 widow Terry Strada"). */
  private ownGender(m: Mention): 'f' | 'm' | null {
    // A title ("widow", "spokeswoman") says more than a given name borne by both sexes ("Terry").
    return (m.displayStart > m.start ? genderOf(this.text.slice(m.start, m.displayStart)) : null) ?? genderOf(m.display);
  }

  /** The full names a lone surname may stand for: those before it, else any. */
  private fullNamesFor(m: Mention): Mention[] {
    if (m.kind !== 'name' || m.organisation || /\s/.test(m.display)) return [];
    const sameSurname = this.fullNames.get(m.display) ?? [];
    const earlier = sameSurname.filter((f) => f.end <= m.start);
    return earlier.length > 0 ? earlier : sameSurname;
  }

  /** A person's gender where the text gives it away: from the mention, or from every full name its surname may stand for. */
  private genderOfPerson(m: Mention): 'f' | 'm' | null {
    if (m.organisation) return null;
    const own = this.ownGender(m);
    const fulls = this.fullNamesFor(m);
    if (own || fulls.length === 0) return own;
    const genders = new Set(fulls.map((f) => genderOf(f.display)));
    return genders.size === 1 ? [...genders][0] : null;
  }

  /** Whether `m` may be of the gender: nothing says otherwise ("Cruz" may be Ted Cruz though Heidi Cruz was named last). */
  private mayBe(m: Mention, gender: 'f' | 'm'): boolean {
    const own = this.ownGender(m);
    if (own) return own === gender;
    const fulls = this.fullNamesFor(m);
    return fulls.length === 0 || fulls.some((f) => (genderOf(f.display) ?? gender) === gender);
  }

  /**
   * The full name a lone surname stands for: the latest one before it (of the given gender
   * when there is one: "Cruz" after "Heidi Cruz" is still "Ted Cruz" to "he"), else the first
   * one after it without an honorific.
   */
  private fullNameOf(m: Mention, gender?: 'f' | 'm' | null): Mention | undefined {
    if (m.kind !== 'name' || m.organisation || /\s/.test(m.display)) return undefined;
    const sameSurname = this.fullNames.get(m.display) ?? [];
    const earlier = [...sameSurname].reverse().filter((f) => f.end <= m.start);
    return (gender ? earlier.find((f) => genderOf(f.display) === gender) ?? earlier.find((f) => !genderOf(f.display)) : undefined)
      ?? earlier[0]
      ?? sameSurname.find((f) => !HONORIFIC.test(f.display.split(/\s/)[0]));
  }

  /**
   * The nearest mention ending before `pos` that `accept`s, found by binary search and a
   * bounded walk back, so resolving every quotation stays near-linear in the text.
   */
  private nearestBefore(pos: number, accept: (m: Mention) => boolean): Mention | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, seen = 0; k >= 0 && seen < MAX_LOOK_BACK; k--, seen++) {
      const m = this.mentions[k];
      if (m.end <= pos && accept(m)) return m;
    }
    return undefined;
  }

}
