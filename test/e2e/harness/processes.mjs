// Starting code-server on a free loopback port and stopping it, with every process it started.
import { execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { check } from './report.mjs';

export function freeLoopbackPort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('code-server exited before it answered');
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} after ${timeoutMs} ms`);
}

/** Every process under `pid` (the file watcher, extension hosts and language servers are descendants). */
function descendants(pid) {
  let table;
  try {
    table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = new Map();
  for (const line of table.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(child);
  }
  const found = [];
  const stack = [pid];
  while (stack.length) {
    for (const child of children.get(stack.pop()) ?? []) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process group we started, then SIGKILL whatever of it (or its descendants) is left. */
export async function stopCodeServer(child) {
  if (!child?.pid) return;
  const tree = [child.pid, ...descendants(child.pid)];
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // group already gone
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && tree.some(isRunning)) await new Promise((r) => setTimeout(r, 100));
  for (const pid of tree.filter(isRunning)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // raced with its exit
    }
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // group already gone
  }
  const left = tree.filter(isRunning);
  check(left.length === 0, `code-server and its ${tree.length - 1} descendant(s) stopped${left.length ? ` (left: ${left.join(' ')})` : ''}`);
}

export function startCodeServer(codeServerBin, { base, extensionsDir, userDataDir }, workspace, port) {
  const logFile = join(base, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    workspace,
  ];
  // detached: its own process group, so stopping it also stops the watcher and extension host.
  const child = spawn(codeServerBin, args, { detached: true, stdio: ['ignore', logFd, logFd] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return { child, logFile, isAlive: () => !exited };
}
