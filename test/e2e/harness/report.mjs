// What the harness prints: one `ok`/`FAIL` line per check, then "N passed, N failed".
export const failures = [];
let passed = 0;

export function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${message}`);
  if (ok) passed++;
  else failures.push(message);
  return ok;
}

export function log(message) {
  console.log(`[e2e] ${message}`);
}

export function summary() {
  return { passed, failed: failures.length };
}
