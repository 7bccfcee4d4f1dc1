/**
 * The in-editor suite. `run()` is what @vscode/test-electron calls (`npm run test:electron`):
 * phase 1, a language-server restart, phase 2. In code-server the test-driver extension calls
 * `runPhase()` once per window load, and the harness reloads the window between the phases.
 */
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../../src/extension/api.js';
import { folderUri } from './helpers.js';
import { scenarioFor } from './scenarios.js';
import { activateExtension, definePhase1, definePhase2, type PhaseState, type StateStore, type SuiteContext } from './tests.js';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface PhaseResults {
  phase: 1 | 2;
  scenario: string;
  tests: TestResult[];
  passed: number;
  failed: number;
  /** Every Corroborate diagnostic at the end, for the harness's log. */
  diagnostics: { file: string; line: number; character: number; code: string | undefined; message: string; related: number }[];
}

export interface PhaseOptions {
  state?: StateStore;
  checkpoint?: (label: string) => Promise<void>;
}

export function memoryState(): StateStore {
  let state: PhaseState = {};
  return { get: () => state, set: (next) => void (state = next) };
}

function diagnosticsDump(): PhaseResults['diagnostics'] {
  return vscode.languages.getDiagnostics().flatMap(([uri, list]) =>
    list
      .filter((d) => d.source === 'Corroborate')
      .map((d) => ({
        file: vscode.workspace.asRelativePath(uri),
        line: d.range.start.line,
        character: d.range.start.character,
        code: typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
        message: d.message,
        related: d.relatedInformation?.length ?? 0,
      })),
  );
}

export async function runPhase(phase: 1 | 2, options: PhaseOptions = {}): Promise<PhaseResults> {
  const scenario = scenarioFor(readdirSync(folderUri().fsPath));
  if (!scenario) throw new Error(`no scenario for the workspace ${folderUri().fsPath}`);
  const context: SuiteContext = { scenario, state: options.state ?? memoryState(), checkpoint: options.checkpoint ?? (async () => {}) };

  const mocha = new Mocha({ ui: 'bdd', timeout: 90000, color: false, reporter: 'spec' });
  const suite = Mocha.Suite.create(mocha.suite, `Corroborate in VS Code: ${scenario.name}, phase ${phase}`);
  let api: CorroborateApi | undefined;
  let activation: Error | undefined;
  suite.beforeAll('activate the extension', async function () {
    this.timeout(120000);
    try {
      api = await activateExtension();
    } catch (error) {
      // Recorded, not thrown: mocha would skip every test; each test reports it instead.
      activation = error instanceof Error ? error : new Error(String(error));
    }
  });
  const getApi = (): CorroborateApi => {
    if (!api) throw activation ?? new Error('the extension did not activate');
    return api;
  };
  const define = (title: string, fn: () => Promise<void>) => void suite.addTest(new Mocha.Test(title, fn));
  (phase === 1 ? definePhase1 : definePhase2)(define, context, getApi);

  const tests: TestResult[] = [];
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => tests.push({ title: test.title, state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.title, state: 'failed', durationMs: test.duration ?? 0, error: error?.message ?? String(error) }),
    );
  });
  const failed = tests.filter((t) => t.state === 'failed').length;
  return { phase, scenario: scenario.name, tests, passed: tests.length - failed, failed, diagnostics: diagnosticsDump() };
}

/** @vscode/test-electron's entry point: both phases in one window, restarting the server between. */
export async function run(): Promise<void> {
  const state = memoryState();
  const first = await runPhase(1, { state });
  const api = await vscode.extensions.getExtension<CorroborateApi>('corroborate.corroborate')?.activate();
  await api?.restartServer();
  const second = await runPhase(2, { state });
  const failed = first.failed + second.failed;
  if (failed) throw new Error(`${failed} test(s) failed`);
}
