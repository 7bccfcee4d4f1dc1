/** The Claims view in its own activity-bar container: tree, disputed-only filter, count badge. */
import * as vscode from 'vscode';
import { ClaimsTreeProvider, type ClaimsNode } from './claimsTree.js';
import type { Server } from './server.js';

export const CLAIMS_VIEW = 'corroborate.claims';
const DISPUTED_ONLY_CONTEXT = 'corroborate.disputedOnly';

export class ClaimsView implements vscode.Disposable {
  readonly provider: ClaimsTreeProvider;
  private readonly view: vscode.TreeView<ClaimsNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(server: Server) {
    this.provider = new ClaimsTreeProvider(server);
    this.view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: this.provider, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', DISPUTED_ONLY_CONTEXT, false);
    this.disposables.push(
      this.view,
      vscode.commands.registerCommand('corroborate.claims.showDisputedOnly', () => this.setDisputedOnly(true)),
      vscode.commands.registerCommand('corroborate.claims.showAll', () => this.setDisputedOnly(false)),
      vscode.commands.registerCommand('corroborate.claims.refresh', () => this.refresh()),
      // The tree's root items, as the view shows them (tests read the order from here).
      vscode.commands.registerCommand('corroborate.claims.rootItems', () => this.rootItems()),
    );
  }

  async setDisputedOnly(value: boolean): Promise<void> {
    this.provider.disputedOnly = value;
    await vscode.commands.executeCommand('setContext', DISPUTED_ONLY_CONTEXT, value);
    this.view.description = value ? 'disputed only' : undefined;
    await this.refresh();
  }

  /** Reload the claims and update the badge with the number of disputed claims. */
  async refresh(): Promise<void> {
    this.provider.refresh();
    const claims = await this.provider.load();
    const disputed = claims.filter((c) => c.status === 'disputed').length;
    this.view.badge = disputed ? { value: disputed, tooltip: `${disputed} disputed claim${disputed === 1 ? '' : 's'}` } : undefined;
  }

  async rootItems(): Promise<{ label: string; status: string; count: number }[]> {
    const roots = await this.provider.getChildren();
    return roots.flatMap((node) =>
      node.type === 'status' ? [{ label: String(this.provider.getTreeItem(node).label), status: node.status, count: node.claims.length }] : [],
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
