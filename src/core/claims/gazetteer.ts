/**
 * Names of the participants a claim can have: countries (name, official name,
 * initialisms, demonyms, capital used for the government: "Moscow said"), international
 * organisations and seats of government. Built once from the `world-countries` data set.
 */
import worldCountries, { type Country } from 'world-countries';
import { ORGANISATIONS, OTHER_COUNTRY_NAMES, SEATS_OF_GOVERNMENT } from './organisations.js';

export type NameSort = 'name' | 'demonym' | 'capital';

export interface GazetteerEntry {
  /** ISO alpha-3 code for a country, the acronym for an organisation. */
  id: string;
  sort: NameSort;
}

/** Words of a name as matched: dots dropped ("U.S." = "US"), case kept for initialisms. */
export function nameKey(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/['’]s$/, ''))
    .map((w) => (/^(?:\p{Lu}\.?){2,}$/u.test(w) ? w.replace(/\./g, '') : w.toLowerCase()))
    .join(' ');
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function buildGazetteer(): Map<string, GazetteerEntry> {
  const names = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: GazetteerEntry) => {
    const key = nameKey(name.split(/[\s]+/).filter(Boolean));
    if (key && !names.has(key)) names.set(key, entry);
  };
  // UN members first: a name or demonym shared with a territory ("American") is the member's.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const entry: GazetteerEntry = { id: country.cca3, sort: 'name' };
    add(country.name.common, entry);
    add(country.name.official, entry);
    for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) if (demonym) add(demonym, { id: country.cca3, sort: 'demonym' });
    for (const alt of country.altSpellings) {
      // Two-letter codes are words too ("IN", "IT"): keep an initialism only when it is
      // what the name's own initials spell ("US" for United States, "UK" for United Kingdom).
      if (/^\p{Lu}{2,3}$/u.test(alt) && alt !== initials(country.name.common) && alt !== initials(alt.length === 3 ? country.name.official : country.name.common)) continue;
      if (/^[\p{L} .'-]+$/u.test(alt)) add(alt, entry);
    }
    for (const capital of country.capital ?? []) add(capital.replace(/\s+D\.C\.$/, ''), { id: country.cca3, sort: 'capital' });
  }
  for (const [id, list] of Object.entries(ORGANISATIONS)) for (const name of list) add(name, { id, sort: 'name' });
  for (const [name, id] of Object.entries({ ...SEATS_OF_GOVERNMENT, ...OTHER_COUNTRY_NAMES })) add(name, { id, sort: 'name' });
  return names;
}

// The package is CommonJS typed as an ES module: its default export is the array under
// Node and esbuild, while the types describe a namespace holding it.
const countries: readonly Country[] = Array.isArray(worldCountries) ? worldCountries : (worldCountries as unknown as { default: Country[] }).default;

let gazetteer: Map<string, GazetteerEntry> | null = null;

/** Name key (see nameKey) -> entry; the longest names are at most this many words. */
export function getGazetteer(): Map<string, GazetteerEntry> {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

export const MAX_NAME_WORDS = 9;

let longestByFirstWord: Map<string, number> | null = null;

/**
 * The most words a name starting with this key word has (`nameKey` of one word); none for
 * a word no name starts with. Lets a sentence's words be looked up only where a name can start.
 */
export function longestNameStartingWith(firstKey: string): number | undefined {
  if (!longestByFirstWord) {
    longestByFirstWord = new Map();
    for (const key of getGazetteer().keys()) {
      const words = key.split(' ');
      longestByFirstWord.set(words[0]!, Math.max(longestByFirstWord.get(words[0]!) ?? 0, words.length));
    }
  }
  return longestByFirstWord.get(firstKey);
}

let displayNames: Map<string, string> | null = null;

/** How a participant is written in a claim's label: "US", "UK", "Russia", "NATO". */
export function displayName(id: string): string {
  if (!displayNames) {
    displayNames = new Map();
    for (const country of countries) {
      const short = country.altSpellings.find((alt) => /^\p{Lu}{2,3}$/u.test(alt) && alt === initials(country.name.common) && country.name.common.includes(' '));
      displayNames.set(country.cca3, short ?? country.name.common);
    }
  }
  return displayNames.get(id) ?? id;
}
