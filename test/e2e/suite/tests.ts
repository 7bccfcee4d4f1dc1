/**
 * The end-to-end checks (issue 6), as mocha tests. Phase 1 runs on a fresh workspace; phase 2
 * after the window was reloaded (or the language server restarted), to see decisions persist.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../../src/extension/api.js';
import {
  allRangesIn,
  asLocations,
  baseName,
  codeOf,
  findingsKey,
  EXTENSION_ID,
  fileUri,
  folderUri,
  ours,
  poll,
  rangeIn,
  semanticTokens,
  sleep,
  textOf,
  whenDiagnostics,
  wordsAt,
} from './helpers.js';
import type { Scenario } from './scenarios.js';

export interface PhaseState {
  ignored?: { file: string; code: string; range: [number, number, number, number]; words: string };
  fixed?: { file: string; start: [number, number]; words: string };
}

/** Where phase 1 leaves what phase 2 checks (a file across a reload, memory otherwise). */
export interface StateStore {
  get(): PhaseState;
  set(state: PhaseState): void;
}

export interface SuiteContext {
  scenario: Scenario;
  state: StateStore;
  /** Lets a harness look at the window (screenshots) at a named point; resolves when it is done. */
  checkpoint(label: string): Promise<void>;
}

export type Define = (title: string, fn: () => Promise<void>) => void;

const REASON = 'e2e: confirmed with the organisers';
const LIVE_BUDGET_MS = 1000;
// First results wait for start-up indexing and cross-referencing of every file.
const FIRST_RESULTS_MS = 60000;

function toTuple(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

function fromTuple(t: [number, number, number, number]): vscode.Range {
  return new vscode.Range(t[0], t[1], t[2], t[3]);
}

function mentionsMajority(words: string, scenario: Scenario): boolean {
  const w = words.toLowerCase();
  return scenario.majority.some((m) => w.includes(m.toLowerCase()));
}

function describeDiagnostics(uri: vscode.Uri): string {
  const list = ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
  return list.length ? list.join(', ') : 'none';
}

/** Activates the extension and waits for the language server (and its first indexing). */
export async function activateExtension(): Promise<CorroborateApi> {
  const extension = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  await Promise.race([api.ready, sleep(30000).then(() => Promise.reject(new Error('the language server did not start within 30 s')))]);
  await poll(() => {
    const progress = api.indexing();
    return progress !== null && progress.done >= progress.total;
  }, 30000);
  return api;
}

/** The diagnostic the scenario is about: its code, on one occurrence of the odd words. */
function oddDiagnostic(scenario: Scenario, range?: vscode.Range): vscode.Diagnostic | undefined {
  const uri = fileUri(scenario.oddFile);
  const ranges = range ? [range] : allRangesIn(textOf(uri), scenario.odd.text);
  return ours(uri).find((d) => codeOf(d) === scenario.code && ranges.some((r) => r.isEqual(d.range)));
}

export function definePhase1(test: Define, context: SuiteContext, api: () => CorroborateApi): void {
  const { scenario } = context;
  const odd = () => fileUri(scenario.oddFile);
  const oddRange = () => rangeIn(textOf(odd()), scenario.odd);

  test('1. the extension activates and its language server runs', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(extension?.isActive, true, 'extension is active');
    await api().ready;
    const progress = api().indexing();
    assert.ok(progress, 'the server reported indexing progress');
    assert.ok(progress.done >= progress.total && progress.total > 0, `indexing finished (${progress.done}/${progress.total})`);
  });

  test(`2. Problems lists the "${scenario.odd.text}" ${scenario.code} with the other sources, for files never opened`, async () => {
    const uri = odd();
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), `${scenario.oddFile} has not been opened`);
    await whenDiagnostics(() => Boolean(oddDiagnostic(scenario)), FIRST_RESULTS_MS, `a ${scenario.code} on "${scenario.odd.text}" in ${scenario.oddFile}`).catch(
      (error: Error) => assert.fail(`${error.message}; its diagnostics: ${describeDiagnostics(uri)}`),
    );
    const diagnostic = oddDiagnostic(scenario)!;
    const related = (diagnostic.relatedInformation ?? []).map((r) => ({ file: baseName(r.location.uri), words: wordsAt(r.location.uri, r.location.range) }));
    for (const group of scenario.majoritySources) {
      const hit = related.find((r) => group.includes(r.file) && mentionsMajority(r.words, scenario));
      assert.ok(hit, `a related location in ${group.join(' / ')} with the majority's wording; got ${JSON.stringify(related)}`);
    }
    // Files of the same origin as the odd one are not "other sources".
    assert.ok(!related.some((r) => r.file === scenario.oddFile), 'no related location in the odd file itself');
  });

  test('3. the odd file opens as an article, with semantic tokens at the expected ranges', async () => {
    const document = await vscode.workspace.openTextDocument(odd());
    await vscode.window.showTextDocument(document, { preview: false });
    const language = await poll(() => vscode.window.activeTextEditor?.document.languageId === 'article', 5000);
    assert.ok(language, `language is "article" (got "${vscode.window.activeTextEditor?.document.languageId}")`);
    // Put the cursor on the odd words, so the harness's screenshot shows them.
    const editor = vscode.window.activeTextEditor!;
    const inside = oddRange().start.translate(0, 2);
    editor.selection = new vscode.Selection(inside, inside);
    editor.revealRange(oddRange(), vscode.TextEditorRevealType.InCenter);
    try {
      await checkTokens();
    } finally {
      await context.checkpoint('highlights');
    }
  });

  async function checkTokens(): Promise<void> {
    const text = textOf(odd());
    const problems: string[] = [];
    let tokens = await poll(async () => {
      const found = await semanticTokens(odd());
      return found.length ? found : null;
    }, 15000, 250);
    tokens ??= [];
    for (const expected of scenario.tokens) {
      const range = rangeIn(text, expected);
      const ofType = tokens.filter((t) => t.type === expected.type);
      const ok =
        expected.match === 'exact'
          ? ofType.some((t) => t.range.isEqual(range))
          : expected.match === 'starts'
            ? ofType.some((t) => t.range.start.isEqual(range.start))
            : ofType.some((t) => t.range.intersection(range) !== undefined && !t.range.intersection(range)!.isEmpty);
      if (!ok) {
        const near = tokens.filter((t) => t.range.start.line === range.start.line).map((t) => `${t.type}@${t.range.start.character}+${t.range.end.character - t.range.start.character}`);
        problems.push(`${expected.type} "${expected.text}" at ${range.start.line}:${range.start.character} (${expected.match}); tokens on that line: ${near.join(' ') || 'none'}`);
      }
    }
    const speakers = tokens.filter((t) => t.type === 'speaker').map((t) => wordsAt(odd(), t.range));
    if (!speakers.some((words) => words.includes(scenario.speaker) || (words.length > 2 && scenario.speaker.includes(words)))) {
      problems.push(`a speaker token on "${scenario.speaker}" (speaker tokens: ${speakers.map((w) => `"${w}"`).join(' ') || 'none'})`);
    }
    assert.deepEqual(problems, [], `semantic tokens missing (${tokens.length} tokens in all)`);
  }

  test('3b. a .txt outside the include globs stays plain text', async () => {
    const outside = vscode.Uri.joinPath(folderUri(), 'node_modules', 'notes.txt');
    mkdirSync(dirname(outside.fsPath), { recursive: true });
    // A date no article states, so that even if it were analysed it would not change their claims.
    writeFileSync(outside.fsPath, 'The museum reopened on 3 August 1999, the mayor said.\n');
    const document = await vscode.workspace.openTextDocument(outside);
    await sleep(1500);
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
    const status = await api()
      .documentStatus(outside.toString())
      .catch((error: Error) => ({ skipped: `request failed: ${error.message}`, counts: null }));
    rmSync(outside.fsPath, { force: true });
    assert.equal(current?.languageId, 'plaintext');
    assert.ok(status.skipped, `node_modules is never analysed, even when a file there is opened (documentStatus: ${JSON.stringify(status)})`);
  });

  test(`4. Go to Definition on "${scenario.odd.text}" lands on another source's wording`, async () => {
    const uri = odd();
    const range = oddRange();
    const position = range.start.translate(0, Math.floor(scenario.odd.text.length / 2));
    const targets = await poll(async () => {
      const found = asLocations(await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position));
      return found.length ? found : null;
    }, 10000, 250);
    const described = (targets ?? []).map((l) => `${baseName(l.uri)}:${l.range.start.line}:"${wordsAt(l.uri, l.range)}"`);
    const elsewhere = (targets ?? []).filter((l) => scenario.majoritySources.some((g) => g.includes(baseName(l.uri))));
    assert.ok(elsewhere.some((l) => mentionsMajority(wordsAt(l.uri, l.range), scenario)), `a definition in another source with its wording; got ${described.join(', ') || 'none'}`);
  });

  test(`4b. hover on "${scenario.odd.text}" shows its value and the other sources' wording`, async () => {
    const uri = odd();
    const position = oddRange().start.translate(0, 1);
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.ok(text.includes(scenario.odd.text) || /\d{4}-\d{2}-\d{2}/.test(text), `the hover names the fact or its value: ${text.slice(0, 300)}`);
    assert.ok(mentionsMajority(text, scenario), `the hover quotes another source's wording: ${text.slice(0, 300)}`);
  });

  test(`4c. Find All References on "${scenario.odd.text}" lists the claim in the other sources`, async () => {
    const uri = odd();
    const position = oddRange().start.translate(0, 1);
    const references = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position)) ?? [];
    for (const group of scenario.majoritySources) {
      assert.ok(
        references.some((l) => group.includes(baseName(l.uri))),
        `a reference in ${group.join(' / ')} (got ${references.map((l) => `${baseName(l.uri)}:${l.range.start.line}`).join(', ') || 'none'})`,
      );
    }
  });

  test('4d. a CodeLens over the sentence counts agreeing and disagreeing sources and opens the peek view', async () => {
    const uri = odd();
    const line = oddRange().start.line;
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
    const lens = lenses.find((l) => l.range.start.line <= line && l.range.end.line >= line && l.command);
    assert.ok(lens?.command, `a lens on line ${line} (lenses on lines ${lenses.map((l) => l.range.start.line).join(', ') || 'none'})`);
    assert.match(lens.command.title, /disagree/, `its title counts the disagreeing sources: "${lens.command.title}"`);
    assert.equal(lens.command.command, 'corroborate.showClaim');
    // The server's arguments are plain LSP JSON; the client command turns them into the peek view.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('5. the Claims view lists the disputed claims first', async () => {
    const claims = await api().claims();
    assert.ok(claims.length > 0, 'some claims');
    const statuses = claims.map((c) => c.status);
    const lastDisputed = statuses.lastIndexOf('disputed');
    const firstOther = statuses.findIndex((s) => s !== 'disputed');
    assert.ok(lastDisputed >= 0, `a disputed claim (statuses: ${statuses.join(',')})`);
    assert.ok(firstOther === -1 || lastDisputed < firstOther, `disputed first (statuses: ${statuses.join(',')})`);
    const oddUri = odd().toString();
    assert.ok(
      claims.some((c) => c.status === 'disputed' && c.facts.some((f) => f.uri === oddUri && f.text.includes(scenario.odd.text))),
      `a disputed claim holds "${scenario.odd.text}" of ${scenario.oddFile}`,
    );
    const roots = await api().claimsTreeRoots();
    assert.equal(roots[0]?.status, 'disputed', `the tree's first group is Disputed (got ${JSON.stringify(roots)})`);
    const disputedOnly = await api().claims(true);
    assert.ok(disputedOnly.length > 0 && disputedOnly.every((c) => c.status === 'disputed'), 'the disputed-only filter lists only disputed claims');
  });

  test(`6. editing a date in ${scenario.live.file} updates ${scenario.oddFile}'s findings within ${LIVE_BUDGET_MS} ms`, async () => {
    const watched = odd();
    const before = findingsKey(watched);
    assert.notEqual(before, '[]', `${scenario.oddFile} has findings to change`);
    const document = await vscode.workspace.openTextDocument(fileUri(scenario.live.file));
    const range = rangeIn(document.getText(), scenario.live.words);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, range, scenario.live.replacement);
    const started = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    const changed = await whenDiagnostics(() => findingsKey(watched) !== before, 5000, `${scenario.oddFile}'s findings change`).then(
      () => Date.now() - started,
      () => null,
    );
    // Put the words back; the findings return to what they were.
    const undo = new vscode.WorkspaceEdit();
    undo.replace(document.uri, new vscode.Range(range.start, range.start.translate(0, scenario.live.replacement.length)), scenario.live.words.text);
    assert.ok(await vscode.workspace.applyEdit(undo), 'undo edit applied');
    const restored = await whenDiagnostics(() => findingsKey(watched) === before, 5000, 'findings restored').then(
      () => true,
      () => false,
    );
    await document.save();
    assert.ok(changed !== null, `${scenario.oddFile}'s findings changed after the edit (waited 5 s)`);
    assert.ok(changed <= LIVE_BUDGET_MS, `changed within ${LIVE_BUDGET_MS} ms (took ${changed} ms)`);
    assert.ok(restored, `undoing the edit restores ${scenario.oddFile}'s findings: before ${before.slice(0, 400)} after ${findingsKey(watched).slice(0, 400)}`);
  });

  test('7. the quick fix "replace with the majority wording" changes the text and the finding disappears', async () => {
    const uri = odd();
    // The body's occurrence, or the headline's when the server reports the claim there only.
    const diagnostic = oddDiagnostic(scenario, oddRange()) ?? oddDiagnostic(scenario, rangeIn(textOf(uri), scenario.otherOccurrence));
    assert.ok(diagnostic, `the finding on "${scenario.odd.text}" (diagnostics: ${describeDiagnostics(uri)})`);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
    const fix = actions.find((a) => /majority/i.test(a.title));
    assert.ok(fix?.edit, `a "majority wording" quick fix with an edit (actions: ${actions.map((a) => a.title).join(' | ') || 'none'})`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.lineAt(diagnostic.range.start.line).text.slice(diagnostic.range.start.character);
    const wording = scenario.majority.find((m) => line.startsWith(m));
    assert.ok(wording, `the text now starts with a majority wording: "${line.slice(0, 30)}"`);
    await whenDiagnostics(
      () => !ours(uri).some((d) => codeOf(d) === scenario.code && d.range.start.isEqual(diagnostic.range.start)),
      5000,
      'the finding disappears',
    ).catch((error: Error) => assert.fail(`${error.message}; diagnostics: ${describeDiagnostics(uri)}`));
    await document.save();
    context.state.set({ ...context.state.get(), fixed: { file: scenario.oddFile, start: [diagnostic.range.start.line, diagnostic.range.start.character], words: wording } });
  });

  test('8. "ignore this finding" with a reason removes it and records the decision', async () => {
    const uri = odd();
    const text = textOf(uri);
    // An occurrence the quick fix left, else any finding left in the file.
    const target = oddDiagnostic(scenario, rangeIn(text, scenario.otherOccurrence)) ?? oddDiagnostic(scenario, rangeIn(text, scenario.odd)) ?? ours(uri)[0];
    assert.ok(target, `a finding left in ${scenario.oddFile} to ignore (diagnostics: ${describeDiagnostics(uri)})`);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range)) ?? [];
    const ignore = actions.find((a) => /^ignore/i.test(a.title) && a.command);
    assert.ok(ignore?.command, `an "Ignore" quick fix (actions: ${actions.map((a) => a.title).join(' | ') || 'none'})`);
    const [params] = (ignore.command.arguments ?? []) as [Record<string, unknown>];
    // The command asks for a reason unless one is given: give it, as a person would type it.
    const result = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>(ignore.command.command, { ...params, reason: REASON });
    assert.equal(result?.ok, true, `decision recorded (${result?.message ?? 'no message'})`);
    const code = codeOf(target)!;
    await whenDiagnostics(() => !ours(uri).some((d) => codeOf(d) === code && d.range.isEqual(target.range)), 5000, 'the ignored finding disappears').catch(
      (error: Error) => assert.fail(`${error.message}; diagnostics: ${describeDiagnostics(uri)}`),
    );
    const annotations = join(folderUri().fsPath, '.corroborate', 'annotations.jsonld');
    const written = await poll(() => existsSync(annotations) && readFileSync(annotations, 'utf8').includes(REASON), 3000);
    assert.ok(written, `${annotations} holds the decision and its reason`);
    context.state.set({ ...context.state.get(), ignored: { file: scenario.oddFile, code, range: toTuple(target.range), words: wordsAt(uri, target.range) } });
  });
  test('9. next / previous discrepancy move through the findings across files', async () => {
    const all = vscode.languages
      .getDiagnostics()
      .flatMap(([uri, list]) => list.filter((d) => d.source === 'Corroborate').map((d) => ({ uri: uri.toString(), range: d.range })));
    assert.ok(all.length >= 2, `at least two findings (got ${all.length})`);
    const at = () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? { uri: editor.document.uri.toString(), start: editor.selection.start } : null;
    };
    const isFinding = (p: ReturnType<typeof at>) => Boolean(p && all.some((f) => f.uri === p.uri && f.range.start.isEqual(p.start)));
    await vscode.commands.executeCommand('corroborate.nextDiscrepancy');
    const first = at();
    assert.ok(isFinding(first), `the cursor is on a finding (${JSON.stringify(first)})`);
    await vscode.commands.executeCommand('corroborate.nextDiscrepancy');
    const second = at();
    assert.ok(isFinding(second), 'the cursor is on a finding again');
    assert.ok(second!.uri !== first!.uri || !second!.start.isEqual(first!.start), 'and it moved');
    await vscode.commands.executeCommand('corroborate.previousDiscrepancy');
    const back = at();
    assert.ok(back?.uri === first!.uri && back.start.isEqual(first!.start), 'previous goes back to the first');
    const files = new Set(all.map((f) => f.uri));
    if (files.size > 1) {
      const visited = new Set<string>();
      for (let i = 0; i < all.length && visited.size < 2; i++) {
        await vscode.commands.executeCommand('corroborate.nextDiscrepancy');
        visited.add(at()!.uri);
      }
      assert.ok(visited.size >= 2, 'going on reaches another file');
    }
  });

  test('10. export report writes the JSON and SARIF reports', async () => {
    const jsonFile = vscode.Uri.joinPath(folderUri(), 'node_modules', 'report.json');
    const sarifFile = vscode.Uri.joinPath(folderUri(), 'node_modules', 'report.sarif');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('corroborate.exportReport', 'json', jsonFile);
    assert.equal(written?.toString(), jsonFile.toString(), 'JSON written where asked');
    const report = JSON.parse(readFileSync(jsonFile.fsPath, 'utf8')) as { version: number; documents: unknown[]; findings: { code: string }[] };
    assert.equal(report.version, 1);
    assert.ok(report.documents.length >= scenario.majoritySources.length + 1, `every document (${report.documents.length})`);
    assert.ok(report.findings.some((f) => f.code === scenario.code), `a ${scenario.code} finding in the report`);
    await vscode.commands.executeCommand('corroborate.exportReport', 'sarif', sarifFile);
    const sarif = JSON.parse(readFileSync(sarifFile.fsPath, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok((sarif.runs[0]?.results.length ?? 0) > 0, 'SARIF results');
  });

  test('11. set publication date records the date and the status shows it', async () => {
    const uri = odd();
    const result = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>('corroborate.setPublicationDate', uri, scenario.published);
    assert.equal(result?.ok, true, `recorded (${result?.message ?? ''})`);
    const status = await poll(async () => {
      const s = await api().documentStatus(uri.toString());
      return s.published === scenario.published ? s : null;
    }, 5000, 200);
    assert.ok(status, `documentStatus gives ${scenario.published}`);
    assert.ok(status.counts.date > 0 && status.counts.quote > 0, `fact counts (${JSON.stringify(status.counts)})`);
  });
  test('12. the walkthrough\'s "open the examples" copies the bundled examples', async () => {
    const parent = vscode.Uri.joinPath(folderUri(), 'node_modules');
    const copied = await vscode.commands.executeCommand<vscode.Uri | undefined>('corroborate.openExamples', parent);
    assert.ok(copied, 'copied');
    const names = readdirSync(copied.fsPath);
    for (const name of ['coastal-wire.txt', 'harbor-times.txt', '.corroborate.json']) assert.ok(names.includes(name), `${name} is among the copied examples (${names.join(', ')})`);
  });
  test('13. corroborate.exclude keeps a .txt plain text; taking it out of the globs again makes it an article', async () => {
    const config = vscode.workspace.getConfiguration('corroborate', folderUri());
    const draft = vscode.Uri.joinPath(folderUri(), 'drafts', 'note.txt');
    mkdirSync(dirname(draft.fsPath), { recursive: true });
    writeFileSync(draft.fsPath, 'A draft with no facts in it.\n');
    const languageOf = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft.toString())?.languageId;
    try {
      await config.update('exclude', ['drafts/**'], vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.openTextDocument(draft);
      await sleep(1000);
      assert.equal(languageOf(), 'plaintext', 'excluded: plain text');
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      const article = await poll(() => languageOf() === 'article', 5000);
      assert.ok(article, `no longer excluded: article (got ${languageOf()})`);
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      rmSync(dirname(draft.fsPath), { recursive: true, force: true });
    }
  });
}

export function definePhase2(test: Define, context: SuiteContext, api: () => CorroborateApi): void {
  const { scenario } = context;

  test('1. after the reload the extension activates again', async () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    await api().ready;
  });

  test('2. the ignored finding stays ignored (the decision persisted)', async () => {
    const { ignored } = context.state.get();
    assert.ok(ignored, 'phase 1 ignored a finding');
    const uri = fileUri(ignored.file);
    const range = fromTuple(ignored.range);
    // The server has compared the file again: the fact is back in its (still disputed) claim.
    const claim = await poll(async () => {
      const claims = await api().claims().catch(() => []);
      return claims.find((c) => c.facts.some((f) => f.uri === uri.toString() && f.range.start.line === range.start.line && f.range.start.character === range.start.character));
    }, FIRST_RESULTS_MS, 500);
    assert.ok(claim, `the ignored words "${ignored.words}" are in a claim again`);
    assert.equal(claim.status, 'disputed', 'its claim is still disputed, so only the decision hides the finding');
    await sleep(1000);
    const still = ours(uri).filter((d) => codeOf(d) === ignored.code && d.range.isEqual(range));
    assert.deepEqual(still.map((d) => d.message), [], 'no diagnostic on the ignored finding');
  });

  test('3. the quick fix was saved and its finding stays gone', async () => {
    const { fixed } = context.state.get();
    assert.ok(fixed, 'phase 1 applied a quick fix');
    const uri = fileUri(fixed.file);
    const start = new vscode.Position(fixed.start[0], fixed.start[1]);
    const onDisk = readFileSync(uri.fsPath, 'utf8').split(/\r\n|\r|\n/)[start.line] ?? '';
    assert.ok(onDisk.slice(start.character).startsWith(fixed.words), `the file holds "${fixed.words}" at ${start.line}:${start.character}`);
    assert.ok(!ours(uri).some((d) => codeOf(d) === scenario.code && d.range.start.isEqual(start)), 'no finding there');
  });

  test('4. the language server restarts when it dies', async () => {
    // The server is a child of this extension host, started with dist/server.cjs.
    const servers = () =>
      execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
        .split('\n')
        .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => Boolean(m) && Number(m![2]) === process.pid && m![3]!.includes('server.cjs'))
        .map((m) => Number(m[1]));
    const [before] = servers();
    assert.ok(before, 'the language server process is found');
    const anyFinding = () => vscode.languages.getDiagnostics().some(([, list]) => list.some((d) => d.source === 'Corroborate'));
    // Findings published by the new server: a diagnostics change, after it started, that holds some.
    let after: number | undefined;
    let republished = false;
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (after && anyFinding()) republished = true;
    });
    try {
      process.kill(before, 'SIGKILL');
      after = await poll(() => servers().find((pid) => pid !== before), 20000, 50);
      assert.ok(after, 'a new server process started');
      const claims = await poll(async () => (await api().claims().catch(() => [])).length > 0, 30000, 500);
      assert.ok(claims, 'the new server answers with the claims again');
      assert.ok(await poll(() => republished, 30000, 250), 'the new server publishes the findings again');
    } finally {
      listener.dispose();
    }
  });
}
