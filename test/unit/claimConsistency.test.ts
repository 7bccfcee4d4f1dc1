/**
 * Claims stay consistent through any sequence of edits: every fact that names a claim is
 * one of that claim's facts, and every claim's facts name it back. An edit that carried a
 * fact into a claim the same update then formed again once left the fact naming a claim
 * that was gone, and a later edit of that document threw (a crash of the language server).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mulberry32, type Random } from '../../bench/corpus/random.js';
import type { Report } from '../../src/core/report.js';
import { Workspace } from '../../src/core/workspace.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** One to three of the edits a writer makes: a digit, a month, a paragraph dropped, repeated or cut. */
function edit(rng: Random, text: string): string {
  let t = text;
  for (let ops = 1 + Math.floor(rng() * 3); ops > 0; ops--) {
    const r = rng();
    const paragraphs = t.split('\n\n');
    if (r < 0.3) {
      const digits = [...t.matchAll(/\d/g)].map((m) => m.index);
      if (digits.length > 0) {
        const at = pick(rng, digits);
        t = t.slice(0, at) + String(Math.floor(rng() * 10)) + t.slice(at + 1);
      }
    } else if (r < 0.45) {
      const found = MONTHS.filter((m) => t.includes(m));
      if (found.length > 0) t = t.replace(pick(rng, found), pick(rng, MONTHS));
    } else if (r < 0.65) {
      if (paragraphs.length > 2) paragraphs.splice(1 + Math.floor(rng() * (paragraphs.length - 1)), 1);
      t = paragraphs.join('\n\n');
    } else if (r < 0.85) {
      paragraphs.splice(Math.floor(rng() * paragraphs.length), 0, pick(rng, paragraphs));
      t = paragraphs.join('\n\n');
    } else {
      t = t.slice(0, Math.floor(t.length * (0.5 + rng() * 0.5)));
    }
  }
  return t;
}

/** What is wrong between the report's facts and claims, or [] when nothing is. */
function inconsistencies(report: Report): string[] {
  const members = new Map(report.claims.map((c) => [c.id, new Set(c.facts)]));
  const claimOf = new Map(report.facts.map((f) => [f.id, f.claim]));
  const wrong: string[] = [];
  for (const fact of report.facts) {
    if (fact.claim !== null && !members.get(fact.claim)?.has(fact.id)) wrong.push(`${fact.id} names ${fact.claim}, which does not list it`);
  }
  for (const [claim, facts] of members) {
    for (const id of facts) if (claimOf.get(id) !== claim) wrong.push(`${claim} lists ${id}, which names ${claimOf.get(id)}`);
  }
  return wrong;
}

test('claims stay consistent through random edits of the example folder', () => {
  const originals = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => ({ path: join(EXAMPLES, name), text: readFileSync(join(EXAMPLES, name), 'utf8') }));
  assert.ok(originals.length >= 5);
  for (let seed = 1; seed <= 12; seed++) {
    const rng = mulberry32(seed);
    const workspace = new Workspace();
    const texts = new Map(originals.map((d) => [d.path, d.text]));
    workspace.batch(() => originals.forEach((d) => workspace.setDocument(d.path, d.text)));
    assert.deepEqual(inconsistencies(workspace.report()), [], `seed ${seed}, before any edit`);
    for (let k = 0; k < 30; k++) {
      const path = pick(rng, originals).path;
      // Now and then a document goes back to what it was, as after an undo.
      const text = rng() < 0.2 ? originals.find((d) => d.path === path)!.text : edit(rng, texts.get(path)!);
      texts.set(path, text);
      workspace.setDocument(path, text);
      assert.deepEqual(inconsistencies(workspace.report()), [], `seed ${seed}, edit ${k} of ${path}`);
    }
  }
});
