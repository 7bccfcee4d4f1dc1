/**
 * Words news writers use interchangeably for one event or one counted thing ("talks",
 * "meeting", "negotiations"; "troops", "soldiers", "forces"). Each group becomes one
 * term, so two outlets that choose different words still share it. General news
 * vocabulary, kept small: a word missing here only loses that match, never makes one.
 */
import { stemOf } from './words.js';

const GROUPS: Record<string, string> = {
  talks: 'talk talks meeting meet meets negotiation negotiations negotiate negotiating discussion discussions discuss dialogue summit conference session parley',
  troops: 'troop troops soldier soldiers force forces servicemen personnel army',
  deployment: 'deploy deployed deployment mass massed massing amass amassed buildup build-up concentrate concentration station stationed gather gathered mobilise mobilize mobilised mobilized',
  withdrawal: 'withdraw withdrew withdrawal return returned pullback retreat',
  deaths: 'death deaths dead die died killed kill fatality fatalities toll',
  injuries: 'injured injury injuries wounded wound hurt',
  people: 'people person persons resident residents individual individuals',
  workers: 'worker workers employee employees staff staffer staffers',
  strike: 'strike strikes walkout walkouts stoppage',
  vote: 'vote votes voted ballot balloting',
  arrests: 'arrest arrested arrests detain detained detention',
  invasion: 'invasion invade invaded offensive attack assault',
};

/** Stem -> group term ("~talks"). */
const GROUP_OF = new Map<string, string>();
for (const [group, words] of Object.entries(GROUPS)) {
  for (const word of words.split(' ')) GROUP_OF.set(stemOf(word), `~${group}`);
}

/** The term a stem counts as: its group when it has one, else itself. */
export function termOf(stem: string): string {
  return GROUP_OF.get(stem) ?? stem;
}

/** Group words long enough to be the head of a compound ("dock|workers", "steel|workers"). */
const COMPOUND_HEADS = Object.entries(GROUPS)
  .flatMap(([group, words]) => words.split(' ').map((word) => [word, `~${group}`] as const))
  .filter(([word]) => word.length >= 6)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The term of a counted noun (lower case, as written): its last word counts, and a
 * compound counts what its last part counts, so "dockworkers", "port workers" and
 * "workers" are one thing, as are "container ships" and "ships".
 */
export function unitTermOf(unit: string): string {
  const last = unit.split(/\s+/).pop()!;
  const own = GROUP_OF.get(stemOf(last));
  if (own) return own;
  const head = COMPOUND_HEADS.find(([word]) => last.length > word.length + 2 && last.endsWith(word));
  return head ? head[1] : stemOf(last);
}
