/**
 * The core sentences of a story, the ones every outlet tells in its own words: how many
 * struck (the figure), when the union votes (the date) and what the port authority's
 * spokesperson said (the quote). Shapes follow the sentences of examples/*.txt.
 */
import { fillSlots } from './sources.js';
import { pick, type Random } from './random.js';
import { MONTHS, MONTHS_AP, WEEKDAYS } from './words.js';

/** 4200 -> "4,200". Written out rather than toLocaleString, whose output depends on the ICU build. */
export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  return `${day}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')}`;
}

/**
 * A way to write the day `iso` after "on": "March 3", "Mar. 3", "the 3rd of March",
 * "3 March", or the weekday (only when the article is dated, so the weekday can be resolved).
 */
export function writeDay(rng: Random, iso: string, dated: boolean): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const forms = [`${MONTHS[month - 1]} ${day}`, `${MONTHS_AP[month - 1]} ${day}`, `the ${ordinal(day)} of ${MONTHS[month - 1]}`, `${day} ${MONTHS[month - 1]}`];
  if (dated) forms.push(weekday, `${weekday}, ${MONTHS[month - 1]} ${day}`);
  return pick(rng, forms);
}

const FIGURE_SENTENCES = [
  'The Port of {port} came to a standstill on Monday after {n} {workers} walked off the job late on Sunday, leaving cranes idle and container ships waiting at anchor outside {country}\'s busiest harbor.',
  'In all, {n} {workers} at the Port of {port} went on strike late on Sunday, shutting {country}\'s largest harbor and leaving ships waiting offshore.',
  'A total of {n} {workers} at the Port of {port} stopped work late on Sunday in a dispute over pay, bringing {country}\'s main harbor to a halt.',
  'The walkout by {n} {workers} at {port}, {country}\'s busiest port, entered its first full day on Monday, with no talks scheduled.',
];
const WORKERS = ['workers', 'dockworkers', 'port workers'];

export function figureParagraph(rng: Random, names: Record<string, string>, n: number): string {
  return fillSlots(pick(rng, FIGURE_SENTENCES), { ...names, n: formatNumber(n), workers: pick(rng, WORKERS) });
}

const DATE_SENTENCES = [
  'Members of the {union} will vote on {day} on a revised contract offer from the {authority}, union officials said. The offer would raise wages over two years, well short of what the union has demanded.',
  'The {union} said its members would vote on {day} on a revised pay offer from the port authority. The union had asked for more than the authority is offering.',
  'Union members will vote on {day} on the port authority\'s latest offer, {leaderFull}, the union\'s general secretary, said.',
  'A ballot on the authority\'s revised offer will be held on {day}, the {union} said in a statement.',
];

export function dateParagraph(rng: Random, names: Record<string, string>, iso: string, dated: boolean): string {
  return fillSlots(pick(rng, DATE_SENTENCES), { ...names, day: writeDay(rng, iso, dated) });
}

/** `{q}` is the quote with its marks; the attribution names the spokesperson. */
const QUOTE_SENTENCES = [
  '{q} said {spokesFull}, a spokesperson for the port authority.',
  'Port authority spokesperson {spokesFull} said the board had no room left to negotiate. {q} {spokesSurname} said.',
  '{spokesFull}, who speaks for the {authority}, said the authority would not improve its offer again. {q} {spokesSurname} told reporters.',
  '{q} {spokesFull}, a spokesperson for the port authority, said outside the main gate.',
];

export function quoteParagraph(rng: Random, names: Record<string, string>, words: string, curly: boolean): string {
  const [open, close] = curly ? ['“', '”'] : ['"', '"'];
  return fillSlots(pick(rng, QUOTE_SENTENCES), { ...names, q: `${open}${words},${close}` });
}

const HEADLINES = [
  '{port} dockworkers strike as port talks collapse',
  'Strike shuts {port} port; union weighs new offer',
  '{country}\'s biggest port idle as dockers walk out',
  '{port} port shut as dockworkers strike over pay',
  'Dockworkers walk out at {port} after talks fail',
];

export function headline(rng: Random, names: Record<string, string>): string {
  return fillSlots(pick(rng, HEADLINES), names);
}

/** A headline of another story, for "Related" and "Most Read" lists: names only, no values. */
export function relatedHeadline(rng: Random, port: string): string {
  const text = fillSlots(
    pick(rng, [...HEADLINES, 'Ferry fares on the {port} route to rise from April', 'Council approves repair of the {port} seawall', 'Storm closes coast road near {port}; homes without power', 'Fishing fleet at {port} lands its best catch in years']),
    { port, country: 'the country' },
  );
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Straight apostrophes as typographer's ones, for outlets that print them. */
export function typeset(text: string, curly: boolean): string {
  return curly ? text.replace(/'/g, '’') : text;
}
