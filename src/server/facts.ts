/**
 * Facts and claims as the editor features need them: the fact under the cursor, a value
 * people can read, and how the other sources of a claim stand against a fact.
 */
import { agreesWithMajority } from '../core/compare/majority.js';
import type { Position } from 'vscode-languageserver';
import type { DateValue, FigureValue, QuoteValue } from '../core/types.js';
import type { ClaimView, Workspace, WorkspaceFact } from '../core/workspace.js';
import type { Settings } from './settings.js';

export function kindEnabled(kind: WorkspaceFact['kind'], settings: Settings): boolean {
  return settings.kinds[kind] !== false;
}

/** The non-boilerplate fact of an enabled kind at a position, if any. */
export function factAt(workspace: Workspace, path: string, position: Position, settings: Settings): WorkspaceFact | undefined {
  const document = workspace.document(path);
  if (!document) return undefined;
  const offset = document.lines.offsetAt(position);
  // The narrowest fact wins: a date inside a quote is the date.
  let best: WorkspaceFact | undefined;
  for (const f of workspace.factsFor(path)) {
    if (f.boilerplate || !kindEnabled(f.kind, settings) || f.end <= f.start || offset < f.start || offset > f.end) continue;
    if (!best || f.end - f.start < best.end - best.start) best = f;
  }
  return best;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function figureText(value: FigureValue): string {
  let amount: string;
  if (value.value !== null) amount = NUMBER.format(value.value);
  else if (value.min !== null && value.max !== null) amount = `${NUMBER.format(value.min)}–${NUMBER.format(value.max)}`;
  else if (value.min !== null) amount = `at least ${NUMBER.format(value.min)}`;
  else if (value.max !== null) amount = `at most ${NUMBER.format(value.max)}`;
  else amount = '?';
  const unit = value.unit === '%' ? '%' : value.unit ? ` ${value.unit}` : '';
  return `${value.approximate ? 'about ' : ''}${amount}${unit}`;
}

/** The normalised value shown to people ("2022-01-10", "122,000 troops", a speaker). */
export function displayValue(fact: Pick<WorkspaceFact, 'kind' | 'value'>): string {
  switch (fact.kind) {
    case 'date':
      return (fact.value as DateValue).timex;
    case 'figure':
      return figureText(fact.value as FigureValue);
    case 'quote':
      return (fact.value as QuoteValue).speaker ?? 'unknown speaker';
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 27 Dec 2021" for a day, "Dec 2021" for a month; other TIMEX values as they are. */
export function readableTimex(timex: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (!Number.isNaN(date.getTime())) return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(timex);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return timex;
}

/** Distinct origins among claim entries. */
export function originCount(entries: readonly { origin: string }[]): number {
  return new Set(entries.map((e) => e.origin)).size;
}

export function isCrossReferenced(view: ClaimView): boolean {
  return originCount(view.facts) > 1;
}


export interface MajorityWording {
  fact: WorkspaceFact;
  origins: number;
}

/**
 * The wording of the value most other origins give, when more origins give it than share
 * this fact's value (seen from the fact asked about). Null when this fact is the majority.
 */
export function majorityWording(view: ClaimView): MajorityWording | null {
  // Only facts that contradict another count towards a majority: "early January" fits
  // both "Jan. 11" and "January 10" and settles nothing (core/compare/majority.ts).
  const majority = agreesWithMajority(view.facts.map(({ fact, origin }) => ({ kind: fact.kind, text: fact.text, value: fact.value, origin })));
  const selfIndex = view.facts.findIndex((f) => f.relation === 'self');
  if (selfIndex < 0 || majority[selfIndex]) return null;
  const self = view.facts[selfIndex]!;
  const groups = new Map<string, ClaimView['facts']>();
  view.facts.forEach((entry, i) => {
    if (entry.relation !== 'disagree' || !majority[i]) return;
    const key = JSON.stringify(entry.fact.value);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  });
  let best: MajorityWording | null = null;
  for (const entries of groups.values()) {
    const origins = originCount(entries);
    if (best && origins <= best.origins) continue;
    const other = entries.find((e) => e.origin !== self.origin) ?? entries[0]!;
    best = { fact: other.fact, origins };
  }
  return best;
}

/** Article wording for a message: on one line, shortened, in quotation marks unless it has its own. */
export function quoteWording(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const short = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return /^["“‘'«]/.test(short) ? short : `“${short}”`;
}
