/**
 * Language status for article files: the publication date and where it came from, the fact
 * counts, and start-up indexing progress.
 */
import * as vscode from 'vscode';
import type { DocumentStatusResult, IndexingParams } from '../server/protocol.js';
import { ARTICLE } from './articleLanguage.js';
import { DocumentStatusRequest } from './protocolMethods.js';
import type { Server } from './server.js';

const FROM: Record<NonNullable<DocumentStatusResult['publishedFrom']>, string> = {
  option: 'given as an option',
  config: 'from .corroborate.json',
  header: 'from a header line',
  text: 'from the byline',
  inferred: 'inferred from the other articles of the story',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class StatusItems implements vscode.Disposable {
  private readonly published = vscode.languages.createLanguageStatusItem('corroborate.published', { language: ARTICLE });
  private readonly facts = vscode.languages.createLanguageStatusItem('corroborate.facts', { language: ARTICLE });
  private indexing: IndexingParams | null = null;
  private counts = '';
  private generation = 0;

  constructor(private readonly server: Server) {
    this.published.name = 'Corroborate: publication date';
    this.facts.name = 'Corroborate: facts';
    this.published.command = { command: 'corroborate.setPublicationDate', title: 'Set…' };
    this.facts.command = { command: 'corroborate.showClaims', title: 'Claims' };
    this.published.text = 'Publication date…';
    this.facts.text = '';
  }

  /** Asks the server about the active article and shows the answer. */
  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== ARTICLE || !this.server.running) return;
    const generation = ++this.generation;
    let status: DocumentStatusResult;
    try {
      status = await this.server.request<DocumentStatusResult>(DocumentStatusRequest, { uri: document.uri.toString() });
    } catch {
      return;
    }
    // Another file became active while we asked.
    if (generation !== this.generation || !status) return;
    if (status.skipped) {
      this.published.text = 'Not analysed';
      this.published.detail = status.skipped;
      this.published.severity = vscode.LanguageStatusSeverity.Information;
      this.counts = '';
    } else {
      this.published.text = status.published ? `Published ${status.published}` : 'Publication date unknown';
      this.published.detail = status.published && status.publishedFrom ? FROM[status.publishedFrom] : 'relative dates cannot be resolved';
      this.published.severity = status.published ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
      const { date, figure, quote } = status.counts;
      this.counts = `${plural(date, 'date')}, ${plural(figure, 'figure')}, ${plural(quote, 'quote')}`;
    }
    this.render();
  }

  setIndexing(progress: IndexingParams): void {
    this.indexing = progress;
    this.render();
    if (progress.done >= progress.total) void this.update();
  }

  private render(): void {
    const busy = this.indexing !== null && this.indexing.done < this.indexing.total;
    this.facts.busy = busy;
    this.facts.text = busy ? `Indexing ${this.indexing!.done}/${this.indexing!.total}` : this.counts || 'Corroborate';
    this.facts.detail = busy ? 'reading the workspace articles' : this.counts ? 'facts in this article' : undefined;
  }

  dispose(): void {
    this.published.dispose();
    this.facts.dispose();
  }
}
