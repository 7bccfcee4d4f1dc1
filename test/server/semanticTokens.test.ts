/**
 * Semantic tokens through a real LSP connection: the types and ranges the server sends
 * for the example articles, with expected positions computed from the text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyzeDocument } from '../../src/core/document.js';
import { LineIndex } from '../../src/core/text/lineIndex.js';
import { examplesDir, LspClient, removeDir, tempCopy, uriOf } from './lspClient.js';

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
}

async function tokensOf(client: LspClient, fsPath: string, legend: string[]): Promise<Token[]> {
  const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(fsPath) } });
  const tokens: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < result.data.length; i += 5) {
    const [dLine, dChar, length, type] = result.data.slice(i, i + 4) as [number, number, number, number];
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    tokens.push({ line, character, length, type: legend[type]! });
  }
  return tokens;
}

function lineTexts(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The LSP position of the n-th occurrence of `needle` on the line that contains `lineHint`. */
function positionOf(text: string, needle: string, lineHint: string) {
  const lines = lineTexts(text);
  const line = lines.findIndex((l) => l.includes(lineHint) && l.includes(needle));
  assert.ok(line >= 0, `no line with ${needle}`);
  return { line, character: lines[line]!.indexOf(needle) };
}

describe('semantic tokens', () => {
  let dir: string;
  let client: LspClient;
  let legend: string[];

  before(async () => {
    dir = tempCopy(examplesDir);
    client = await LspClient.startIndexed({ folders: [dir] });
    legend = client.tokenTypes;
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('types a date, a figure, a year and a quote at the ranges of their text', async () => {
    const file = join(dir, 'coastal-wire.txt');
    const text = readFileSync(file, 'utf8');
    const tokens = await tokensOf(client, file, legend);
    const at = (needle: string, hint: string) => {
      const pos = positionOf(text, needle, hint);
      return tokens.find((t) => t.line === pos.line && t.character === pos.character);
    };
    assert.deepEqual(at('March 4', 'would vote'), { ...positionOf(text, 'March 4', 'would vote'), length: 'March 4'.length, type: 'date' });
    assert.equal(at('6.5 per cent', 'revised pay offer')?.type, 'figure');
    assert.equal(at('2011', 'since 2011')?.type, 'year', 'a bare year is typed year');
    const quoteStart = positionOf(text, '"We\'ve put', 'fair offer');
    assert.equal(tokens.find((t) => t.line === quoteStart.line && t.character === quoteStart.character)?.type, 'quote');
  });

  it('types each quote speaker where the engine found it, and never overlaps tokens', async () => {
    const file = join(dir, 'coastal-wire.txt');
    const text = readFileSync(file, 'utf8');
    const document = analyzeDocument(text, { published: { date: '2026-03-02', from: 'config' } });
    const speakers = document.facts.flatMap((f) => (f.kind === 'quote' && f.speakerSpan && !f.boilerplate ? [f.speakerSpan] : []));
    assert.ok(speakers.length > 0, 'the example has quotes with speakers');
    const tokens = await tokensOf(client, file, legend);
    const lines = new LineIndex(text);
    for (const span of speakers) {
      const start = lines.positionAt(span.start);
      assert.ok(
        tokens.some((t) => t.type === 'speaker' && t.line === start.line && t.character === start.character && t.length === span.end - span.start),
        `speaker token for ${text.slice(span.start, span.end)}`,
      );
    }
    const byLine = new Map<number, Token[]>();
    for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
    for (const sameLine of byLine.values()) {
      sameLine.sort((a, b) => a.character - b.character);
      for (let i = 1; i < sameLine.length; i++) {
        assert.ok(sameLine[i - 1]!.character + sameLine[i - 1]!.length <= sameLine[i]!.character, 'tokens overlap');
      }
    }
  });

  it('dims site chrome line by line: tokens never run past their line', async () => {
    const file = join(dir, 'harbor-times-raw.txt');
    const text = readFileSync(file, 'utf8');
    const lines = lineTexts(text);
    const tokens = await tokensOf(client, file, legend);
    const skip = positionOf(text, 'Skip to content', 'Skip to content');
    assert.ok(tokens.some((t) => t.type === 'boilerplate' && t.line === skip.line && t.character === 0 && t.length === 'Skip to content'.length));
    for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line]!.length, `token past the end of line ${t.line}`);
    // Facts inside chrome are boilerplate too, not dates or figures.
    const mostRead = positionOf(text, 'Most Read', 'Most Read');
    assert.ok(!tokens.some((t) => t.line > mostRead.line && t.line < mostRead.line + 6 && (t.type === 'date' || t.type === 'figure')));
  });

  it('splits a quote that spans paragraphs into one token per line', async () => {
    const file = join(dir, 'vessmark-ledger.txt');
    const text = readFileSync(file, 'utf8');
    const lines = lineTexts(text);
    const index = new LineIndex(text);
    const quote = analyzeDocument(text).facts.find((f) => f.kind === 'quote' && index.positionAt(f.end).line > index.positionAt(f.start).line);
    assert.ok(quote, 'the Ledger has a quote running over two paragraphs');
    const tokens = await tokensOf(client, file, legend);
    const first = index.positionAt(quote.start).line;
    const last = index.positionAt(quote.end).line;
    for (let line = first; line <= last; line++) {
      if (lines[line]!.trim() === '') {
        assert.ok(!tokens.some((t) => t.line === line), `empty line ${line} has no token`);
        continue;
      }
      const from = line === first ? index.positionAt(quote.start).character : 0;
      assert.ok(tokens.some((t) => t.line === line && t.type === 'quote' && t.character === from), `line ${line} of the quote has its own token`);
    }
    for (const t of tokens) assert.ok(t.character + t.length <= lines[t.line]!.length, `token past the end of line ${t.line}`);
  });

  it('sends no tokens for a kind switched off in the settings', async () => {
    const file = join(dir, 'coastal-wire.txt');
    assert.ok((await tokensOf(client, file, legend)).some((t) => t.type === 'date'));
    await client.changeSettings({ kinds: { date: false } });
    const tokens = await tokensOf(client, file, legend);
    assert.ok(!tokens.some((t) => t.type === 'date' || t.type === 'year'), 'no date tokens');
    assert.ok(tokens.some((t) => t.type === 'figure'), 'figures are still typed');
    await client.changeSettings({});
  });
});
