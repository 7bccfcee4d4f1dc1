import type { Report } from '../../core/report.js';

/** The version-1 report as JSON, two-space indented, in one string (the language server's export). */
export function formatJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/**
 * The same text as `JSON.stringify(report, null, 2) + '\n'`, in pieces: a top-level array
 * one element at a time. A folder of 10,000 articles makes a 400 MB report, near V8's
 * longest string (about 512 MB): one string more and the command line would fail.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  if (!entries.length) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    const end = k < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let i = 0; i < value.length; i++) yield `    ${indented(JSON.stringify(value[i], null, 2), '    ')}${i < value.length - 1 ? ',\n' : '\n'}`;
      yield `  ]${end}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), '  ')}${end}`;
    }
  }
  yield '}\n';
}

/** `json` with every line after the first indented by `pad` (what nesting adds). */
function indented(json: string, pad: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${pad}`) : json;
}
