/**
 * One story: an event (a port strike in a town of its own), the values its core sentences
 * state, the outlets that tell it, and which outlet disagrees on what.
 *
 * Values are unique per story by construction: publication dates step a week per story
 * (the vote falls the next day, or the day after in a disagreeing outlet), strikers step
 * by 100 (the disagreeing figure is 350 more, so it ends in 50 and matches no other
 * story's figure), and every quote names the story's own port.
 */
import { makeQuote } from './quotes.js';
import { chance, int, pick, sample, shuffle, type Random } from './random.js';
import { PLANT_KINDS, type PlantKind, type StoryValues } from './types.js';
import { COUNTRIES, TOWNS, outletNames, person, placeName } from './words.js';

export type DateLineStyle = 'byline' | 'header' | 'published' | 'pipe' | 'none';

export interface Outlet {
  name: string;
  slug: string;
  /** Typographer's marks (“ ” ’) or straight ones. */
  curly: boolean;
  dateLine: DateLineStyle;
  /** Share of its articles printed as a raw web page (menus, share buttons, newsletter, lists). */
  rawShare: number;
  /** Blank line between paragraphs, or none (a cleaned copy). */
  blankLines: boolean;
}

/** Outlets shared by all stories, fixed by the corpus seed. */
export function makeOutlets(rng: Random, count = 40): Outlet[] {
  const styles: DateLineStyle[] = ['byline', 'header', 'published', 'pipe', 'byline', 'header', 'published', 'pipe', 'none'];
  return sample(rng, outletNames(), count).map((name) => ({
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    curly: chance(rng, 0.4),
    dateLine: pick(rng, styles),
    rawShare: pick(rng, [0, 0.3, 0.6, 0.9]),
    blankLines: chance(rng, 0.85),
  }));
}

/** How one outlet's article tells the story. */
export interface Coverage {
  outlet: Outlet;
  /** Which value it gives for each varied fact. */
  says: Record<PlantKind, 'agree' | 'disagree'>;
  /** Printed with site chrome around it. */
  raw: boolean;
  /** A near-duplicate of this article: a cleaned copy, or a reprint by another outlet. */
  copy?: { kind: 'clean' } | { kind: 'syndicated'; by: Outlet };
}

export interface Story {
  id: string;
  index: number;
  /** YYYY-MM-DD, a Monday. */
  published: string;
  /** Slot values for templates: port, country, union, people… */
  names: Record<string, string>;
  values: StoryValues;
  alternate: StoryValues;
  coverage: Coverage[];
}

const FIRST_PUBLISHED = '1980-01-07'; // a Monday
const DAYS_PER_STORY = 7;
const FIRST_FIGURE = 1200;
const FIGURE_STEP = 100;
const FIGURE_DISAGREEMENT = 350;
/** A kind is planted in this share of the stories told by three outlets or more. */
const PLANT_SHARE = 0.8;
const COPY_SHARE = 0.12;

export function addDays(iso: string, days: number): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The figure of story `index` and what a disagreeing outlet says instead. */
export function storyFigures(index: number): { figure: number; alternate: number } {
  const figure = FIRST_FIGURE + FIGURE_STEP * index;
  return { figure, alternate: figure + FIGURE_DISAGREEMENT };
}

/** The names of story `index`'s event (also used for headlines of other stories in "Related" lists). */
function storyNames(rng: Random, index: number): Record<string, string> {
  const port = placeName(index);
  const country = pick(rng, COUNTRIES);
  const [capital, neighbour, otherPort] = sample(rng, TOWNS, 3) as [string, string, string];
  const spokes = person(rng);
  const leader = person(rng);
  const minister = person(rng);
  const union = pick(rng, [`${port} Dockworkers' Union`, `${port} Port Workers' Union`, `Dockworkers' Union of ${port}`]);
  return {
    port,
    country: country.name,
    countryAdjective: country.adjective,
    capital,
    neighbour,
    otherPort,
    union,
    authority: `${port} Port Authority`,
    spokesFull: spokes.full,
    spokesSurname: spokes.surname,
    leaderFull: leader.full,
    leaderSurname: leader.surname,
    ministerFull: minister.full,
    ministerSurname: minister.surname,
  };
}

/**
 * Story `index`, told in at most `budget` articles (copies included): 2–6 outlets; with
 * three or more, each kind of fact is planted (one outlet disagrees) in most stories.
 */
export function makeStory(rng: Random, index: number, outlets: readonly Outlet[], budget: number): Story {
  const names = storyNames(rng, index);
  const published = addDays(FIRST_PUBLISHED, DAYS_PER_STORY * index);
  const { figure, alternate: otherFigure } = storyFigures(index);
  const { quote, reworded } = makeQuote(rng, names.port!);
  const told = shuffle(rng, outlets).slice(0, Math.min(int(rng, 2, 6), budget));
  const disagreeing = new Map<PlantKind, number>();
  if (told.length >= 3) for (const kind of PLANT_KINDS) if (chance(rng, PLANT_SHARE)) disagreeing.set(kind, int(rng, 0, told.length - 1));
  let spare = budget - told.length;
  const coverage = told.map((outlet, i): Coverage => {
    const says = Object.fromEntries(PLANT_KINDS.map((k) => [k, disagreeing.get(k) === i ? 'disagree' : 'agree'])) as Coverage['says'];
    const raw = chance(rng, outlet.rawShare);
    const c: Coverage = { outlet, says, raw };
    if (spare > 0 && chance(rng, COPY_SHARE)) {
      spare--;
      const others = outlets.filter((o) => !told.includes(o));
      c.copy = raw && chance(rng, 0.6) ? { kind: 'clean' } : { kind: 'syndicated', by: pick(rng, others) };
    }
    return c;
  });
  return {
    id: `s${String(index).padStart(4, '0')}`,
    index,
    published,
    names,
    values: { date: addDays(published, 1), figure, quote },
    alternate: { date: addDays(published, 2), figure: otherFigure, quote: reworded },
    coverage,
  };
}
