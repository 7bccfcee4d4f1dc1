/**
 * Whether two TIMEX3 date values can be the same date: equal, or one contains the other
 * ("2021-06" contains "2021-06-16"); a part written X (year unknown without a
 * publication date) fits any value.
 */

/** Year, month, day, time as written in the value (X-parts are null: unknown). */
function parts(timex: string): (string | null)[] {
  const [date = '', time] = timex.split('T');
  const fields: (string | null)[] = date.split('-').map((p) => (/X/.test(p) ? null : p));
  if (time !== undefined) fields.push(time);
  return fields;
}

export type DateRelation = 'agree' | 'disagree' | 'unrelated';

/**
 * Agree: every part both values know is equal, and they know at least one in common.
 * Disagree: a known part differs, at the same grain and close enough to be one event
 * reported wrongly (a day or a few weeks off, not "last June" against "January 10").
 * Anything else (a year against a day of an unknown year) is not a comparison at all.
 */
export function compareDates(a: string, b: string): DateRelation {
  let relation = COMPARED.get(a)?.get(b);
  if (relation === undefined) {
    if (compared >= COMPARED_LIMIT) {
      COMPARED.clear();
      compared = 0;
    }
    let byOther = COMPARED.get(a);
    if (byOther === undefined) COMPARED.set(a, (byOther = new Map()));
    byOther.set(b, (relation = compareParts(a, b)));
    compared++;
  }
  return relation;
}

/**
 * Answers already given, by the two values: a folder holds a few hundred distinct dates,
 * and clustering, findings and majorities ask about the same pairs again and again.
 * Cleared when large, so the memory stays bounded.
 */
const COMPARED = new Map<string, Map<string, DateRelation>>();
const COMPARED_LIMIT = 50_000;
let compared = 0;

function compareParts(a: string, b: string): DateRelation {
  const pa = parts(a);
  const pb = parts(b);
  const shared = Math.min(pa.length, pb.length);
  let known = 0;
  let differs = false;
  for (let i = 0; i < shared; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === null || y === null) continue;
    known++;
    if (x !== y) differs = true;
  }
  if (!differs) return known > 0 ? 'agree' : 'unrelated';
  return pa.length === pb.length && closeEnough(pa, pb) ? 'disagree' : 'unrelated';
}

/** Most days apart two day dates of one event can be; months and years likewise. */
const MAX_DAYS_APART = 31;
const MAX_MONTHS_APART = 6;
const MAX_YEARS_APART = 5;

function closeEnough(a: (string | null)[], b: (string | null)[]): boolean {
  const num = (p: string | null | undefined) => (p == null ? null : Number(p));
  const [ya, ma, da] = a.map(num);
  const [yb, mb, db] = b.map(num);
  const year = ya != null && yb != null ? [ya, yb] : [2001, 2001];
  if (a.length === 1) return ya != null && yb != null && Math.abs(ya - yb) <= MAX_YEARS_APART;
  if (ma == null || mb == null) return false;
  if (a.length === 2) return Math.abs((year[0]! - year[1]!) * 12 + ma - mb) <= MAX_MONTHS_APART;
  if (da == null || db == null) return false;
  // Without years, the nearest reading: December 31 and January 2 are two days apart.
  const dayA = Date.UTC(year[0]!, ma - 1, da);
  let dayB = Date.UTC(year[1]!, mb - 1, db);
  if (ya == null || yb == null) {
    const candidates = [-1, 0, 1].map((k) => Date.UTC(year[1]! + k, mb - 1, db));
    dayB = candidates.reduce((best, c) => (Math.abs(c - dayA) < Math.abs(best - dayA) ? c : best));
  }
  return Math.abs(dayA - dayB) / 86_400_000 <= MAX_DAYS_APART;
}

/** Whether the value has a day (the finest grain dates are compared at). */
export function hasDay(timex: string): boolean {
  return /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(timex);
}
