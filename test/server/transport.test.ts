/** The server speaks over Node IPC too (the way the VS Code client starts it), not only stdio. */
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { describe, it } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver/node';
import { serverBundle } from './build.js';

describe('transport', () => {
  it('initializes over --node-ipc and shuts down cleanly', async () => {
    const child = fork(await serverBundle(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ capabilities: { semanticTokensProvider: { legend: { tokenTypes: string[] } }; hoverProvider: boolean } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {},
      });
      assert.deepEqual(result.capabilities.semanticTokensProvider.legend.tokenTypes, ['date', 'figure', 'quote', 'speaker', 'year', 'boilerplate']);
      assert.equal(result.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
