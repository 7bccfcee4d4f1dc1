/**
 * Quick fixes on a Corroborate diagnostic: take the majority's wording or one source's,
 * or record a decision (verified, ignored, publication date) through the client command
 * that asks the person for what is missing.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { majorityWording, quoteWording } from './facts.js';
import { ClientCommands, type RecordDecisionParams } from './protocol.js';
import type { Located } from './roots.js';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}


function decision(title: string, params: RecordDecisionParams, diagnostic: Diagnostic): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: ClientCommands.recordDecision, arguments: [params] },
  };
}

export function codeActionsFor(located: Located, diagnostics: readonly Diagnostic[], sourceName: (path: string) => string): CodeAction[] {
  const { root, path } = located;
  const uri = root.uriOf(path);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    const fact = root.workspace.factsFor(path).find((f) => sameRange(f.range, diagnostic.range));
    const view = fact ? root.workspace.claimOfFact(fact.id) : null;
    if (fact && view) {
      const replace = (title: string, wording: string, isPreferred: boolean): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [uri]: [{ range: diagnostic.range, newText: wording }] } },
      });
      const majority = majorityWording(view);
      if (majority) actions.push(replace(`Replace with the majority wording (${quoteWording(majority.fact.text, 60)})`, majority.fact.text, true));
      const self = view.facts.find((f) => f.relation === 'self');
      const seenOrigins = new Set<string>();
      for (const entry of view.facts) {
        if (entry.relation !== 'disagree' || entry.origin === self?.origin || seenOrigins.has(entry.origin)) continue;
        seenOrigins.add(entry.origin);
        actions.push(replace(`Replace with ${sourceName(entry.fact.path)}'s wording (${quoteWording(entry.fact.text, 60)})`, entry.fact.text, false));
      }
    }
    const range = diagnostic.range;
    actions.push(decision('Mark claim verified', { kind: 'verified', uri, range }, diagnostic));
    actions.push(decision('Ignore this finding…', { kind: 'ignore', uri, range, ...(code ? { code } : {}), ask: 'reason' }, diagnostic));
    actions.push(decision("Set this document's publication date…", { kind: 'published', uri, range, ask: 'date' }, diagnostic));
  }
  return actions;
}
