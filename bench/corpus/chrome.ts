/**
 * Everything around an article's body: the header with its publication date line, and on
 * raw web pages the site chrome (menus, share buttons, newsletter prompts, "Related" and
 * "Most Read" lists, footers). Shapes follow examples/harbor-times-raw.txt.
 */
import { relatedHeadline } from './core.js';
import { chance, int, pick, sample, type Random } from './random.js';
import type { Outlet } from './story.js';
import { MENU_ITEMS, MONTHS, person } from './words.js';

function clock(rng: Random): { h: number; m: string; pm: boolean } {
  return { h: int(rng, 1, 12), m: String(int(rng, 0, 59)).padStart(2, '0'), pm: chance(rng, 0.5) };
}

/** The publication date line in the outlet's style, or null for outlets that print none. */
export function dateLine(rng: Random, outlet: Outlet, published: string): string | null {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const longDate = `${MONTHS[month - 1]} ${day}, ${year}`;
  const t = clock(rng);
  const reporter = person(rng).full;
  switch (outlet.dateLine) {
    case 'byline':
      return `By ${reporter}  ${longDate} ${t.h}:${t.m} ${t.pm ? 'PM' : 'AM'}  ${int(rng, 2, 9)} min read`;
    case 'header':
      return `date: ${published}\nsection: ${pick(rng, ['Business', 'News', 'Economy', 'Local'])}`;
    case 'published':
      return `Published: ${day} ${MONTHS[month - 1]}, ${year}, ${String(t.h).padStart(2, '0')}:${t.m} ${t.pm ? 'pm' : 'am'}`;
    case 'pipe':
      return `By ${reporter} | ${longDate}`;
    case 'none':
      return null;
  }
}

/** Header parts, top to bottom, before the body. */
export function header(rng: Random, outlet: Outlet, title: string, date: string | null, raw: boolean): string[] {
  // A `date:` header is front matter: it comes first, as in examples/vessmark-ledger.txt.
  if (date?.startsWith('date:')) return [date, title];
  const parts: string[] = [];
  if (raw) {
    parts.push(`Skip to content\n${sample(rng, MENU_ITEMS, int(rng, 4, 8)).join(' | ')}`, outlet.name.toUpperCase());
  } else if (chance(rng, 0.3)) {
    parts.push(outlet.name.toUpperCase());
  }
  parts.push(title);
  if (date) parts.push(date);
  if (raw) {
    parts.push('Share on Facebook  Share on X  Email  Print');
    if (chance(rng, 0.5)) parts.push(`Subscribe to our newsletter. Get the day's ${pick(rng, ['port and shipping', 'business', 'local'])} news every morning.`);
  }
  return parts;
}

/** Site chrome after the body of a raw page; `otherPorts` name other stories for the lists. */
export function footer(rng: Random, outlet: Outlet, year: number, raw: boolean, otherPorts: readonly string[]): string[] {
  if (!raw) return chance(rng, 0.3) ? [`(c) ${year} ${outlet.name}. All rights reserved.`] : [];
  const parts = ['Share on Facebook  Share on X  Email  Print'];
  if (chance(rng, 0.7)) {
    parts.push(
      `Subscribe to our newsletter\nThe day's news, every morning at ${int(rng, 5, 9)} AM.\nEnter your email address\n* indicates required\nSubscribe\n* indicates required`,
    );
  }
  if (chance(rng, 0.7) && otherPorts.length) {
    parts.push(['Related:', ...otherPorts.map((port) => `- ${relatedHeadline(rng, port)}`)].join('\n'));
  }
  if (chance(rng, 0.5) && otherPorts.length) {
    parts.push(['Most Read', ...otherPorts.map((port, i) => `${i + 1}\n${relatedHeadline(rng, port)}`)].join('\n\n'));
  }
  if (chance(rng, 0.3)) {
    parts.push(
      `Comments\n\nWe welcome civil, on-topic comments. Comments are moderated and may take some time to appear. Comments are readers' own views; the ${outlet.name} does not endorse them. Read our comment policy.`,
    );
  }
  parts.push(`Back to top\n(c) ${year} ${outlet.name} Media. All rights reserved.\nAbout us | Contact | Advertise | Privacy | Terms`);
  return parts;
}

/** Header and footer of a reprint of `original`'s article by another outlet. */
export function syndicationFrame(rng: Random, by: Outlet, original: Outlet, title: string, date: string | null, year: number): { head: string[]; foot: string[] } {
  const head = [by.name.toUpperCase(), title];
  if (date) head.push(date);
  head.push(`This article first appeared in the ${original.name}.`);
  return { head, foot: [`(c) ${year} ${original.name}. Republished by the ${by.name} with permission.`, ...(chance(rng, 0.5) ? ['Share on Facebook  Share on X  Email  Print'] : [])] };
}
