/**
 * Word lists for the invented names of the generated stories: places, countries, people,
 * outlets. All fictional, in the spirit of examples/ (the Vessmark port strike).
 */
import { pick, type Random } from './random.js';

const PLACE_STARTS = [
  'Vel', 'Mar', 'Ost', 'Kel', 'Bran', 'Tor', 'Hal', 'Ser', 'Dun', 'Lor', 'Fen', 'Gar',
  'Wes', 'Ard', 'Bel', 'Cor', 'Eld', 'Hav', 'Ire', 'Jor', 'Kas', 'Lind', 'Mor', 'Nor',
  'Ol', 'Pen', 'Quen', 'Ros', 'Sten', 'Tal', 'Ul', 'Var', 'Wyn', 'Yor', 'Zel', 'Brek',
];
const PLACE_MIDDLES = ['', 'a', 'en', 'er', 'il', 'o'];
const PLACE_ENDS = [
  'mark', 'haven', 'port', 'wick', 'by', 'stad', 'holm', 'ford', 'mouth', 'sund', 'vik', 'ness',
  'gate', 'burgh', 'field', 'crest', 'dale', 'moor', 'ton', 'well', 'strand', 'hamn', 'key', 'bay',
];
const PLACE_QUALIFIERS = ['', 'New ', 'Upper ', 'Lower ', 'East ', 'West '];
const PLACE_CAPACITY = PLACE_STARTS.length * PLACE_MIDDLES.length * PLACE_ENDS.length;
/** Coprime with PLACE_CAPACITY (2^6 * 3^4), so `index * STEP mod capacity` is a bijection. */
const PLACE_STEP = 2467;

/**
 * The port town of story `index`: distinct for distinct indices (a bijection onto the
 * start x middle x end grid, then a qualifier), so no two stories share a place name.
 */
export function placeName(index: number): string {
  const cell = (index * PLACE_STEP + 101) % PLACE_CAPACITY;
  const qualifier = PLACE_QUALIFIERS[Math.floor(index / PLACE_CAPACITY) % PLACE_QUALIFIERS.length]!;
  const start = PLACE_STARTS[cell % PLACE_STARTS.length]!;
  const middle = PLACE_MIDDLES[Math.floor(cell / PLACE_STARTS.length) % PLACE_MIDDLES.length]!;
  const end = PLACE_ENDS[Math.floor(cell / (PLACE_STARTS.length * PLACE_MIDDLES.length))]!;
  return `${qualifier}${start}${middle}${end}`;
}

export interface Country {
  name: string;
  adjective: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Carvania', adjective: 'Carvanian' }, { name: 'Ostrelia', adjective: 'Ostrelian' },
  { name: 'Maradia', adjective: 'Maradian' }, { name: 'Velmora', adjective: 'Velmoran' },
  { name: 'Kestria', adjective: 'Kestrian' }, { name: 'Lundavia', adjective: 'Lundavian' },
  { name: 'Nordessa', adjective: 'Nordessan' }, { name: 'Tarvonia', adjective: 'Tarvonian' },
  { name: 'Belsoria', adjective: 'Belsorian' }, { name: 'Harvesia', adjective: 'Harvesian' },
  { name: 'Sondrea', adjective: 'Sondrean' }, { name: 'Gallonia', adjective: 'Gallonian' },
  { name: 'Pellaria', adjective: 'Pellarian' }, { name: 'Ruthenna', adjective: 'Ruthennan' },
  { name: 'Arvelia', adjective: 'Arvelian' }, { name: 'Dravonia', adjective: 'Dravonian' },
];

const FIRST_NAMES = [
  'Petra', 'Ingrid', 'Halvard', 'Lotte', 'Tobias', 'Jonas', 'Lena', 'Maren', 'Anders', 'Sigrid',
  'Oskar', 'Elin', 'Rasmus', 'Hedda', 'Nils', 'Freya', 'Emil', 'Astrid', 'Viktor', 'Karin',
  'Aksel', 'Liv', 'Mattias', 'Tove', 'Henrik', 'Selma', 'Jakob', 'Runa', 'Leif', 'Alma',
];
const SURNAMES = [
  'Alsing', 'Søholm', 'Remi', 'Varga', 'Wren', 'Pell', 'Marsh', 'Brandt', 'Lindqvist', 'Okafor',
  'Halloran', 'Dahlberg', 'Novak', 'Ferreira', 'Castell', 'Engström', 'Voss', 'Achterberg', 'Moreau', 'Kessler',
  'Rydell', 'Tamsin', 'Ulvaeus', 'Bergkamp', 'Calloway', 'Strand', 'Hovland', 'Idris', 'Janek', 'Kowal',
];

export interface Person {
  full: string;
  surname: string;
}

export function person(rng: Random): Person {
  const surname = pick(rng, SURNAMES);
  return { full: `${pick(rng, FIRST_NAMES)} ${surname}`, surname };
}

const OUTLET_STARTS = [
  'Harbor', 'Coastal', 'Northgate', 'Seaboard', 'Bay', 'Channel', 'Meridian', 'Tidewater',
  'Lighthouse', 'Capital', 'Evening', 'Morning', 'Coastline', 'Anchor', 'Beacon', 'Riverside',
];
const OUTLET_ENDS = ['Times', 'Wire', 'Post', 'Daily', 'Ledger', 'Herald', 'Courier', 'Gazette', 'Tribune', 'Journal', 'Dispatch', 'Record'];

/** Every outlet name the lists can make, in a fixed order. */
export function outletNames(): string[] {
  return OUTLET_STARTS.flatMap((start) => OUTLET_ENDS.map((end) => `${start} ${end}`));
}

/** Capitals and neighbouring towns: shared across stories (only the port town is the story's own). */
export const TOWNS = [
  'Dunmere', 'Tolland', 'Brisk Harbor', 'Kettle Point', 'Amberley', 'Crowsend', 'Fairhollow', 'Greystone',
  'Hollins Bay', 'Juniper Cove', 'Larkspur', 'Millbrook', 'Oakhurst', 'Pinecrest', 'Redcliff', 'Saltmarsh',
  'Thornbury', 'Whitesands', 'Ashgrove', 'Blackwater', 'Copperfield', 'Dovercourt', 'Elmstead', 'Foxhollow',
];

export const MENU_ITEMS = ['Home', 'News', 'Port & Shipping', 'Business', 'Opinion', 'Weather', 'Sport', 'Local', 'World', 'Culture', 'Podcasts', 'Subscribe'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** AP style: March to July are never abbreviated. */
export const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
