/**
 * A CodeLens over each line holding a cross-referenced fact (a claim stated by more than
 * one origin): "✓ 3 sources agree · ✗ 1 disagrees"; clicking opens the peek view on the
 * claim's facts in the other documents.
 */
import type { CodeLens } from 'vscode-languageserver';
import { ClientCommands } from './protocol.js';
import { isCrossReferenced, kindEnabled, quoteWording } from './facts.js';
import type { Located } from './roots.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function lensTitle(agree: number, disagree: number): string {
  const parts: string[] = [];
  if (agree > 0 || disagree === 0) parts.push(`✓ ${plural(agree, 'source agrees', 'sources agree')}`);
  if (disagree > 0) parts.push(`✗ ${plural(disagree, 'disagrees', 'disagree')}`);
  return parts.join(' · ');
}

export function codeLenses(located: Located): CodeLens[] {
  const { root, path, folder } = located;
  if (!folder.settings.codeLens.enabled) return [];
  const lenses: CodeLens[] = [];
  const texts: string[] = [];
  const seenClaims = new Set<string>();
  for (const fact of root.workspace.factsFor(path)) {
    if (fact.boilerplate || !fact.claim || !kindEnabled(fact.kind, folder.settings)) continue;
    // One lens per claim and line (a claim can recur in an article).
    const key = `${fact.claim}@${fact.range.start.line}`;
    if (seenClaims.has(key)) continue;
    seenClaims.add(key);
    // Asking for a claim is cheap; seeing it from a fact is not: skip single-source claims first.
    if (root.workspace.claim(fact.claim)?.claim.status === 'single') continue;
    const view = root.workspace.claimOfFact(fact.id);
    if (!view || !isCrossReferenced(view)) continue;
    const self = view.facts.find((f) => f.relation === 'self');
    const others = view.facts.filter((f) => f.origin !== self?.origin);
    const agree = new Set(others.filter((f) => f.relation === 'agree').map((f) => f.origin)).size;
    const disagree = new Set(others.filter((f) => f.relation === 'disagree').map((f) => f.origin)).size;
    const locations = view.facts.filter((f) => f.fact.path !== path).map((f) => ({ uri: root.uriOf(f.fact.path), range: f.fact.range }));
    const line = fact.range.start.line;
    lenses.push({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title: lensTitle(agree, disagree), command: ClientCommands.showClaim, arguments: [root.uriOf(path), fact.range.start, locations] },
    });
    texts.push(fact.text);
  }
  // Several lenses on one line say which fact each is about.
  lenses.forEach((lens, i) => {
    const line = lens.range.start.line;
    if (lenses.filter((l) => l.range.start.line === line).length > 1) lens.command!.title = `${quoteWording(texts[i]!, 24)}: ${lens.command!.title}`;
  });
  return lenses;
}
