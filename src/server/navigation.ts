/**
 * Go to Definition / Find All References on a fact: the same claim in the other
 * documents, so a person can jump between the sources that corroborate or dispute it.
 */
import type { Location, Position } from 'vscode-languageserver';
import type { ClaimView } from '../core/workspace.js';
import { factAt } from './facts.js';
import type { Located } from './roots.js';

function toLocation(located: Located, entry: ClaimView['facts'][number]): Location {
  return { uri: located.root.uriOf(entry.fact.path), range: entry.fact.range };
}

/** The claim's facts in other documents: other origins first, then copies of this article. */
export function definitionAt(located: Located, position: Position): Location[] {
  const fact = factAt(located.root.workspace, located.path, position, located.folder.settings);
  const view = fact ? located.root.workspace.claimOfFact(fact.id) : null;
  if (!view) return [];
  const origin = view.facts.find((f) => f.relation === 'self')?.origin;
  const others = view.facts.filter((f) => f.fact.path !== located.path);
  const ordered = [...others.filter((f) => f.origin !== origin), ...others.filter((f) => f.origin === origin)];
  return ordered.map((entry) => toLocation(located, entry));
}

export function referencesAt(located: Located, position: Position, includeDeclaration: boolean): Location[] {
  const fact = factAt(located.root.workspace, located.path, position, located.folder.settings);
  const view = fact ? located.root.workspace.claimOfFact(fact.id) : null;
  if (!view) return [];
  return view.facts.filter((f) => includeDeclaration || f.relation !== 'self').map((entry) => toLocation(located, entry));
}
