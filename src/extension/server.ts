/** Requests to the language server, with one clear message when it is not running. */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export class ServerNotRunning extends Error {
  constructor() {
    super('The Corroborate language server is not running (see the "Corroborate" output channel).');
  }
}

export class Server {
  constructor(readonly client: LanguageClient) {}

  get running(): boolean {
    return this.client.state === State.Running;
  }

  async request<R>(method: string, params?: unknown): Promise<R> {
    if (!this.running) throw new ServerNotRunning();
    return params === undefined ? this.client.sendRequest<R>(method) : this.client.sendRequest<R>(method, params);
  }

  /** Like `request`, but shows the failure to the person and returns undefined. */
  async requestOrWarn<R>(method: string, params?: unknown): Promise<R | undefined> {
    try {
      return await this.request<R>(method, params);
    } catch (error) {
      void vscode.window.showErrorMessage(`Corroborate: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
