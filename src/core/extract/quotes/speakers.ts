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
import { detached } from '../../text/detached.js';
import { opensClause, SentenceStarts } from './clauseSubject.js';
import { nextPluralSubject } from './pluralScan.js';
import { beforePrepositionalPhrase, headNoun, isAnonymous, isSingularPersonRole, lastWord, rolesHeldBy, sameRole, type RoleHolder } from './roles.js';
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
  return placeShape(shapeOf(text.slice(start, end)), start, end);
}

/** What describeMention makes of a phrase wherever it stands: its display offsets are from the phrase's start. */
interface MentionShape {
  kind: MentionKind;
  display: string;
  displayFrom: number;
  displayTo: number;
  organisation: boolean;
  /** How the name index files a capitalised phrase, worked out on first need. */
  filed?: Filing;
  /** The last word of a full name (what a lone surname is matched against), else null; worked out on first need. */
  surname?: string | null;
}

/** The same names come back in every article: phrases are described once (the cache is dropped when full). */
const SHAPES = new Map<string, MentionShape>();
const MAX_SHAPES = 20_000;

function shapeOf(phrase: string): MentionShape {
  let shape = SHAPES.get(phrase);
  if (!shape) {
    if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
    const key = detached(phrase);
    shape = describePhrase(key);
    SHAPES.set(key, shape);
  }
  return shape;
}

function placeShape(shape: MentionShape, start: number, end: number): Mention {
  const mention: Mention = { kind: shape.kind, start, end, display: shape.display, displayStart: start + shape.displayFrom, displayEnd: start + shape.displayTo };
  if (shape.organisation) mention.organisation = true;
  return mention;
}

/** A mention as the name index keeps it: a group stands for an organisation, a plain name not seen as a subject is weak. */
function placeFiled(shape: MentionShape, filed: Filing, start: number, end: number, subject: boolean): Mention {
  const { kind, display } = shape;
  const displayStart = start + shape.displayFrom;
  const displayEnd = start + shape.displayTo;
  // Built whole, not grown field by field: every mention of a kind then shares one object layout.
  if (filed === 'group') return { kind, start, end, display, displayStart, displayEnd, organisation: true, subject };
  if (filed === 'person') return { kind, start, end, display, displayStart, displayEnd, subject, weak: !subject };
  return { kind, start, end, display, displayStart, displayEnd, subject };
}

function describePhrase(phrase: string): MentionShape {
  const shaped = (kind: MentionKind, display: string, displayFrom: number, displayTo: number, organisation = false): MentionShape =>
    ({ kind, display, displayFrom, displayTo, organisation });
  if (PRONOUN.test(phrase)) return shaped('pronoun', phrase, 0, phrase.length);
  // "Carvania's transport minister" is a role, though it opens with a capital.
  const roleHead = /^\p{Ll}/u.test(lastWord(beforePrepositionalPhrase(phrase)));
  if (DETERMINER_START.test(phrase) || /^\p{Ll}/u.test(phrase) || roleHead) {
    const display = phrase.replace(/^(?:The|An?|Another|Its|His|Her|Their)\s/, (a) => a.toLowerCase());
    return shaped('role', display, 0, phrase.length);
  }
  const bare = phrase.replace(NAME_OF_TAIL, '').replace(PARENTHETICAL_TAIL, '').replace(/['’]s$/, '');
  const words: { word: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(bare); m; m = WORD.exec(bare)) words.push({ word: m[0], at: m.index });
  if (words.length === 0) return shaped('name', phrase, 0, phrase.length);
  // The name is the run of capitalised words closing the phrase, after any title or role words.
  let first = words.length - 1;
  while (first > 0 && isNameWord(words[first - 1].word)) first--;
  if (first > 0 && HONORIFIC.test(words[first - 1].word)) first--;
  const display = phrase.slice(words[first].at, bare.length);
  // "House Speaker Paul Ryan" is a person; "US National Security Council" is not.
  if (ORGANISATION_WORD.test(display)) return shaped('name', bare, 0, bare.length, true);
  return shaped('name', display, words[first].at, bare.length);
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

/** Whether a phrase's head is a plural person role, by phrase: the same few subjects ("officials", "he says") recur in every article. */
const PLURAL_ROLE_PHRASES = new Map<string, boolean>();
const MAX_PLURAL_ROLE_PHRASES = 10_000;

function namesPluralRole(phrase: string): boolean {
  let plural = PLURAL_ROLE_PHRASES.get(phrase);
  if (plural === undefined) {
    if (PLURAL_ROLE_PHRASES.size >= MAX_PLURAL_ROLE_PHRASES) PLURAL_ROLE_PHRASES.clear();
    plural = isPluralPersonRole(headNoun(phrase));
    PLURAL_ROLE_PHRASES.set(detached(phrase), plural);
  }
  return plural;
}

/**
 * Plural subjects opening a sentence, "Critics of the EB-5 program, like …, see" /
 * "The members said": what a later "they said" stands for.
 */
function pluralSubjects(text: string, quotes: QuotedStretch[]): Mention[] {
  const found: Mention[] = [];
  const starts = new SentenceStarts(text);
  for (let m = nextPluralSubject(text, 0); m; m = nextPluralSubject(text, m.index + m[0].length)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!namesPluralRole(m[1]) || quotes.some((q) => q.start < start && end <= q.end)) continue;
    if (!opensClause(text, start, end, starts) && !/^\s+(?:said|say|says|told|wrote|added|argued|warned)\b/.test(text.slice(end, end + 12))) continue;
    const display = m[1].replace(/^(?:The|Many|Some|Several)\s/, (w) => w.toLowerCase());
    found.push({ kind: 'role', start, end, display, displayStart: start, displayEnd: end, subject: true });
  }
  return found;
}

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
 * How the name index files a capitalised phrase: a group ("the Security Council",
 * "Americans", what "they" may stand for), a titled name, a plain full name, a lone word,
 * or nothing it keeps.
 */
type Filing = 'group' | 'titled' | 'person' | 'single' | 'none';

function fileName(mention: Mention): Filing {
  if (mention.organisation || (GROUP_ENDING.test(mention.display) && GROUP_NAME.test(mention.display))) return 'group';
  if (isTitled(mention)) return 'titled';
  if (looksLikePersonName(mention)) return 'person';
  return /\s/.test(mention.display) ? 'none' : 'single';
}

function isTitled(mention: Mention): boolean {
  if (mention.organisation) return false;
  return mention.displayStart > mention.start || /^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(mention.display);
}

/** Text order; of two mentions starting together, the longer first. */
function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Lists each already in text order merged as one stable sort by position of their
 * concatenation would order them (a tie keeps list order), keeping the first mention
 * at each start.
 */
function mergeByPosition(lists: Mention[][]): Mention[] {
  const merged: Mention[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (at[l] < lists[l].length && (best < 0 || byPosition(lists[l][at[l]], lists[best][at[best]]) < 0)) best = l;
    }
    if (best < 0) return merged;
    const m = lists[best][at[best]++];
    if (merged.length === 0 || merged[merged.length - 1].start !== m.start) merged.push(m);
  }
}

/** Person and role mentions that pronouns and short references can resolve to, in text order. */
export class MentionIndex {
  readonly mentions: Mention[];
  private readonly surnames = new Set<string>();
  /** Full names by their last word, in text order: "Ryabkov" -> ["Sergei Ryabkov"]. */
  private readonly fullNames = new Map<string, Mention[]>();
  /** Capitalised phrases that may name a person, in text order: where role holders are looked for. */
  private readonly people: Mention[] = [];
  private roleHolders?: RoleHolder[];

  constructor(
    private readonly text: string,
    subjects: Mention[],
    private readonly quotes: QuotedStretch[],
  ) {
    // Named people, groups and lone words opening a clause, in text order; `lone` marks the last.
    const scanned: Mention[] = [];
    const lone: boolean[] = [];
    const people = this.people;
    const starts = new SentenceStarts(text);
    NAME_IN_TEXT.lastIndex = 0;
    let q = 0;
    for (let m = NAME_IN_TEXT.exec(text); m; m = NAME_IN_TEXT.exec(text)) {
      while (q < quotes.length && quotes[q].end <= m.index) q++;
      if (q < quotes.length && quotes[q].start < m.index) continue;
      const start = m.index;
      const end = start + m[0].length;
      const shape = shapeOf(m[0]);
      const filed = (shape.filed ??= fileName(placeShape(shape, start, end)));
      if (filed === 'none') continue;
      const subject = opensClause(text, start, end, starts);
      const mention = placeFiled(shape, filed, start, end, subject);
      if (filed === 'group') {
        scanned.push(mention);
        lone.push(false);
        continue;
      }
      if (filed !== 'single') {
        scanned.push(mention);
        lone.push(false);
        // What addSurname would make of the mention, once per phrase.
        const surname = (shape.surname ??= shape.kind === 'name' && /\s/.test(shape.display) ? lastWord(shape.display) : null);
        if (surname !== null) this.surnames.add(surname);
      } else if (subject) {
        // A lone word counts only as a sentence subject (see below).
        scanned.push(mention);
        lone.push(true);
      }
      people.push(mention);
    }
    // Groups and lone words (found above) add no surname: an organisation, or no white space.
    for (const m of subjects) this.addSurname(m);
    // A lone surname ("Clinton leaned in") is a person once the full name is known.
    const kept = scanned.filter((m, k) => m.kind !== 'pronoun' && (!lone[k] || this.surnames.has(m.display)));
    const speakers = subjects.filter((m) => m.kind !== 'pronoun').map((m) => ({ ...m, speaker: true }));
    speakers.sort(byPosition);
    const plural = pluralSubjects(text, quotes).filter((m) => m.kind !== 'pronoun');
    this.mentions = mergeByPosition([speakers, kept, plural]);
    for (const m of this.mentions) {
      if (m.kind === 'name' && !m.organisation && /\s/.test(m.display)) {
        const surname = lastWord(m.display);
        const list = this.fullNames.get(surname);
        if (list) list.push(m);
        else this.fullNames.set(surname, [m]);
      }
    }
  }

  private addSurname(m: Mention): void {
    if (m.kind === 'name' && !m.organisation && /\s/.test(m.display)) this.surnames.add(lastWord(m.display));
  }

  /** People named as holding a role, by where the pair ends; found when a role first needs resolving. */
  private get holders(): RoleHolder[] {
    if (!this.roleHolders) {
      const holders: RoleHolder[] = [];
      // A lone capitalised word holds a role only once it is known as a surname ("Alsing, the spokeswoman,").
      for (const m of this.people) {
        if (/\s/.test(m.display) || isTitled(m) || this.surnames.has(m.display)) holders.push(...rolesHeldBy(this.text, m));
      }
      holders.sort((a, b) => a.end - b.end);
      this.roleHolders = holders;
    }
    return this.roleHolders;
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
