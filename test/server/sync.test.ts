/**
 * Keeping the index current through a real LSP connection: edits (debounced), close
 * falling back to the disk, and decisions that persist in `.corroborate/annotations.jsonld`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { DocumentStatusResult } from '../../src/server/protocol.js';
import { examplesDir, LspClient, removeDir, tempCopy, uriOf } from './lspClient.js';

type Status = DocumentStatusResult;

const MESSAGE_WARNING = 2;

function endOf(text: string) {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

describe('editing and closing documents', () => {
  let dir: string;
  let client: LspClient;

  before(async () => {
    dir = tempCopy(examplesDir);
    client = await LspClient.startIndexed({ folders: [dir] });
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  const status = (file: string) => client.request<Status>('corroborate/documentStatus', { uri: uriOf(file) });

  it('re-analyses an edited document with its latest text, and the disk text again once closed', async () => {
    const file = join(dir, 'seaboard-daily.txt');
    const text = readFileSync(file, 'utf8');
    const uri = uriOf(file);
    const before = await status(file);
    await client.open(file, text, 1);
    // Three quick edits, each adding a sentence with a date: only the last version counts.
    const sentence = ' The harbour master said ferries would resume on March 9.';
    let version = 1;
    let current = text;
    for (let i = 0; i < 3; i++) {
      const at = endOf(current);
      current += sentence;
      await client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: sentence }] });
    }
    const edited = await status(file);
    assert.equal(edited.counts.date, before.counts.date + 3, 'three new dates in the edited text');
    // The tokens are those of the edited text: the last added date is typed at its place.
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const lastLine = endOf(current).line;
    const dateChar = current.split('\n')[lastLine]!.lastIndexOf('March 9');
    let line = 0;
    let char = 0;
    const found: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1]! : tokens.data[i + 1]!;
      found.push(`${line}:${char}:${tokens.data[i + 2]}:${client.tokenTypes[tokens.data[i + 3]!]}`);
    }
    assert.ok(found.includes(`${lastLine}:${dateChar}:${'March 9'.length}:date`), `a date token at ${lastLine}:${dateChar}`);

    await client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await status(file)).counts, before.counts, 'closed without saving: the file on disk counts');
  });
});

describe('decisions', () => {
  let dir: string;
  let client: LspClient | null = null;

  afterEach(async () => {
    await client?.stop();
    client = null;
    removeDir(dir);
  });

  const status = (c: LspClient, file: string) => c.request<Status>('corroborate/documentStatus', { uri: uriOf(file) });

  it('records a publication date, applies it at once, and keeps it after a restart', async () => {
    dir = tempCopy(examplesDir);
    const file = join(dir, 'harbor-times.txt');
    client = await LspClient.startIndexed({ folders: [dir] });
    const own = await status(client, file);
    assert.notEqual(own.publishedFrom, 'config', 'the cleaned copy has no date of its own');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    const result = await client.request('corroborate/recordDecision', { kind: 'published', uri: uriOf(file), range, date: '2026-03-05' });
    assert.deepEqual(result, { ok: true });
    assert.deepEqual(await status(client, file).then((s) => [s.published, s.publishedFrom]), ['2026-03-05', 'config']);
    const stored = readFileSync(join(dir, '.corroborate', 'annotations.jsonld'), 'utf8');
    assert.match(stored, /2026-03-05/);
    assert.match(stored, /harbor-times\.txt/);

    await client.stop();
    client = await LspClient.startIndexed({ folders: [dir] });
    assert.equal((await status(client, file)).published, '2026-03-05', 'the decision survives a restart');
  });

  it('refuses a date that is not a real day, and records nothing', async () => {
    dir = tempCopy(examplesDir);
    client = await LspClient.startIndexed({ folders: [dir] });
    const uri = uriOf(join(dir, 'harbor-times.txt'));
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    const result = await client.request<{ ok: boolean; message?: string }>('corroborate/recordDecision', { kind: 'published', uri, range, date: '2026-02-30' });
    assert.equal(result.ok, false);
    assert.match(result.message ?? '', /YYYY-MM-DD/);
    assert.equal(existsSync(join(dir, '.corroborate', 'annotations.jsonld')), false);
  });

  it('shows the problem of a malformed annotations file and never overwrites it', async () => {
    dir = tempCopy(examplesDir);
    mkdirSync(join(dir, '.corroborate'));
    const path = join(dir, '.corroborate', 'annotations.jsonld');
    const broken = '{ "type": "AnnotationCollection", "items": [ { "id": 1 \n';
    writeFileSync(path, broken);
    client = await LspClient.startIndexed({ folders: [dir] });
    const warning = await client.waitFor('a warning about the annotations file', () => client!.messages.find((m) => m.message.includes('annotations.jsonld')));
    assert.equal(warning.type, MESSAGE_WARNING);
    const uri = uriOf(join(dir, 'coastal-wire.txt'));
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } };
    const result = await client.request<{ ok: boolean; message?: string }>('corroborate/recordDecision', { kind: 'verified', uri, range });
    assert.equal(result.ok, false);
    assert.ok(result.message && result.message.length > 0);
    assert.equal(readFileSync(path, 'utf8'), broken, 'the file is left as it was');
  });
});
