/**
 * The claims tree: claims grouped by status (disputed first), each claim's facts grouped by
 * source (origin), a fact's click revealing its range. Data comes from `corroborate/claims`.
 */
import * as vscode from 'vscode';
import type { ClaimFactItem, ClaimItem, ClaimStatus, ClaimsResult } from '../server/protocol.js';
import { ClaimsRequest } from './protocolMethods.js';
import { toRange, toUri } from './lspConvert.js';
import type { Server } from './server.js';

export const STATUS_ORDER: ClaimStatus[] = ['disputed', 'corroborated', 'single'];
const STATUS_LABEL: Record<ClaimStatus, string> = { disputed: 'Disputed', corroborated: 'Corroborated', single: 'Single source' };
const STATUS_ICON: Record<ClaimStatus, vscode.ThemeIcon> = {
  disputed: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  corroborated: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  single: new vscode.ThemeIcon('circle-outline'),
};
const KIND_ICON = { date: 'calendar', figure: 'symbol-number', quote: 'quote' } as const;

export type ClaimsNode =
  | { type: 'status'; status: ClaimStatus; claims: ClaimItem[] }
  | { type: 'claim'; claim: ClaimItem }
  | { type: 'source'; claim: ClaimItem; origin: string; facts: ClaimFactItem[] }
  | { type: 'fact'; fact: ClaimFactItem };

function fileName(uri: string): string {
  return toUri(uri).path.split('/').pop() ?? uri;
}

/** The facts of a claim grouped by origin, in the order the server lists them. */
function bySource(claim: ClaimItem): ClaimsNode[] {
  const groups = new Map<string, ClaimFactItem[]>();
  for (const fact of claim.facts) {
    const group = groups.get(fact.origin) ?? [];
    group.push(fact);
    groups.set(fact.origin, group);
  }
  return [...groups].map(([origin, facts]) => ({ type: 'source', claim, origin, facts }));
}

function agreement(agrees: boolean | null): string {
  return agrees === null ? '' : agrees ? 'agrees' : 'disagrees';
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private claims: ClaimItem[] | null = null;
  private loading: Promise<ClaimItem[]> | null = null;
  disputedOnly = false;

  constructor(private readonly server: Server) {}

  /** Forget the claims; the view asks again. */
  refresh(): void {
    this.claims = null;
    this.loading = null;
    this.changed.fire();
  }

  /** The claims as the view shows them (asks the server when not loaded). */
  async load(): Promise<ClaimItem[]> {
    if (this.claims) return this.claims;
    if (!this.loading) {
      const request = this.server
        .request<ClaimsResult>(ClaimsRequest, { disputedOnly: this.disputedOnly })
        .then((result) => result?.claims ?? [])
        .catch(() => [] as ClaimItem[]);
      this.loading = request;
      const claims = await request;
      // A refresh while the request ran wins: its answer is newer.
      if (this.loading === request) this.claims = claims;
      return claims;
    }
    return this.loading;
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node) {
      const claims = await this.load();
      return STATUS_ORDER.map((status) => ({ type: 'status', status, claims: claims.filter((c) => c.status === status) }) as const).filter(
        (group) => group.claims.length > 0,
      );
    }
    if (node.type === 'status') return node.claims.map((claim) => ({ type: 'claim', claim }));
    if (node.type === 'claim') return bySource(node.claim);
    if (node.type === 'source') return node.facts.map((fact) => ({ type: 'fact', fact }));
    return [];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    const Expanded = vscode.TreeItemCollapsibleState.Expanded;
    switch (node.type) {
      case 'status': {
        const item = new vscode.TreeItem(STATUS_LABEL[node.status], node.status === 'disputed' ? Expanded : Collapsed);
        item.description = String(node.claims.length);
        item.iconPath = STATUS_ICON[node.status];
        item.contextValue = `status.${node.status}`;
        return item;
      }
      case 'claim': {
        const item = new vscode.TreeItem(node.claim.label, Collapsed);
        const sources = new Set(node.claim.facts.map((f) => f.origin)).size;
        item.description = `${node.claim.kind} · ${sources} source${sources === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.claim.kind] ?? 'symbol-misc');
        item.tooltip = `${STATUS_LABEL[node.claim.status]} ${node.claim.kind} claim: ${node.claim.label}`;
        item.contextValue = 'claim';
        return item;
      }
      case 'source': {
        const files = [...new Set(node.facts.map((f) => fileName(f.uri)))];
        // Open with the claim: a source's wording is what the person came to see.
        const item = new vscode.TreeItem(files.join(', '), Expanded);
        const verdicts = new Set(node.facts.map((f) => f.agrees));
        item.description = verdicts.size === 1 ? agreement(node.facts[0]?.agrees ?? null) : 'mixed';
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.contextValue = 'source';
        return item;
      }
      case 'fact': {
        const { fact } = node;
        const item = new vscode.TreeItem(`“${fact.text}”`, vscode.TreeItemCollapsibleState.None);
        item.description = [fact.value, agreement(fact.agrees)].filter(Boolean).join(' · ');
        item.tooltip = `${fileName(fact.uri)}:${fact.range.start.line + 1}:${fact.range.start.character + 1}`;
        item.iconPath =
          fact.agrees === false
            ? new vscode.ThemeIcon('close', new vscode.ThemeColor('problemsErrorIcon.foreground'))
            : fact.agrees
              ? new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconPassed'))
              : new vscode.ThemeIcon('circle-small');
        item.command = {
          command: 'vscode.open',
          title: 'Reveal',
          arguments: [toUri(fact.uri), { selection: toRange(fact.range), preview: true } satisfies vscode.TextDocumentShowOptions],
        };
        item.contextValue = 'fact';
        return item;
      }
    }
  }
}
