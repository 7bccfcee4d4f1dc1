// The test driver: when a window with one of the suite's workspaces opens, runs the next phase
// of the suite (suite.cjs, bundled beside this file by the harness) and writes its results as
// JSON to the folder named in config.json, where the harness waits for them.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

function writeJson(file, value) {
  // Temp file + rename: the harness never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(value, null, 2));
  fs.renameSync(temporary, file);
}

async function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !fs.existsSync(file)) await new Promise((r) => setTimeout(r, 200));
}

exports.activate = async function activate() {
  const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) return;
  const name = path.basename(folder.uri.fsPath);
  if (!config.workspaces.includes(name)) return;
  const resultsFile = (phase) => path.join(config.resultsDir, `${name}-phase${phase}.json`);
  if (fs.existsSync(resultsFile(2))) return;
  const phase = fs.existsSync(resultsFile(1)) ? 2 : 1;
  const stateFile = path.join(config.resultsDir, `${name}-state.json`);
  const state = {
    get: () => (fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, 'utf8')) : {}),
    set: (value) => writeJson(stateFile, value),
  };
  // The harness takes its screenshots while the suite waits here.
  const checkpoint = async (label) => {
    const marker = path.join(config.resultsDir, `${name}-phase${phase}-${label}`);
    fs.writeFileSync(`${marker}.ready`, '');
    await waitForFile(`${marker}.done`, config.checkpointTimeoutMs || 60000);
  };
  let results;
  try {
    const suite = require('./suite.cjs');
    results = await suite.runPhase(phase, { state, checkpoint });
  } catch (error) {
    results = { phase, scenario: name, tests: [{ title: 'run the suite', state: 'failed', durationMs: 0, error: String((error && error.stack) || error) }], passed: 0, failed: 1, diagnostics: [] };
  }
  writeJson(resultsFile(phase), results);
};

exports.deactivate = function deactivate() {};
