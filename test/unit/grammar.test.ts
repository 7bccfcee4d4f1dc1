import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import vsctm from 'vscode-textmate';

// The real TextMate engine VS Code uses (vscode-textmate + the Oniguruma wasm), loaded from disk.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const syntaxes = join(root, 'syntaxes');
const require = createRequire(import.meta.url);

const QUOTE = 'string.quoted.double.corroborate';
const DATE = 'variable.other.constant.date.corroborate';
const FIGURE = 'constant.numeric.corroborate';

/** A stand-in for VS Code's Markdown grammar: only the scopes our injection selector cares about. */
const markdownStandIn = {
  scopeName: 'text.html.markdown',
  patterns: [
    { name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
    // Like the real grammar, a heading's text is a capture retokenized with the inline rules.
    { name: 'markup.heading.markdown', match: '^#{1,6}\\s+(.*)$', captures: { '1': { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } } },
    { include: '#inline' },
  ],
  repository: { inline: { patterns: [{ name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' }] } },
};

const grammarFiles: Record<string, string> = {
  'text.article.corroborate': join(syntaxes, 'corroborate.article.tmLanguage.json'),
  'corroborate.injection': join(syntaxes, 'corroborate.injection.tmLanguage.json'),
};

let article: vsctm.IGrammar;
let markdown: vsctm.IGrammar;

before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(markdownStandIn), 'markdown.json');
      const file = grammarFiles[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // What `"injectTo": ["text.html.markdown"]` in package.json does inside VS Code.
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? ['corroborate.injection'] : undefined),
  });
  const a = await registry.loadGrammar('text.article.corroborate');
  const m = await registry.loadGrammar('text.html.markdown');
  assert.ok(a && m);
  article = a;
  markdown = m;
});

/** The substrings of each line carried by a token with `scope`, adjacent tokens merged (quotes split into punctuation and body). */
function painted(grammar: vsctm.IGrammar, lines: string | string[], scope: string): string[] {
  const out: string[] = [];
  let state = vsctm.INITIAL;
  for (const line of Array.isArray(lines) ? lines : [lines]) {
    const result = grammar.tokenizeLine(line, state);
    let run: { start: number; end: number } | null = null;
    for (const token of result.tokens) {
      if (token.scopes.includes(scope)) {
        if (run && run.end === token.startIndex) run.end = token.endIndex;
        else {
          if (run) out.push(line.slice(run.start, run.end));
          run = { start: token.startIndex, end: token.endIndex };
        }
      }
    }
    if (run) out.push(line.slice(run.start, run.end));
    state = result.ruleStack;
  }
  return out;
}

describe('article grammar: dates', () => {
  it('paints exactly the month-and-day phrases', () => {
    assert.deepEqual(painted(article, 'Talks on Jan. 11 and January 10', DATE), ['Jan. 11', 'January 10']);
  });

  it('paints day-first, ordinal, ISO and weekday forms, with an optional year', () => {
    assert.deepEqual(painted(article, 'On 10 January 2022, the 10th of January and December 27th', DATE), [
      '10 January 2022',
      '10th of January',
      'December 27th',
    ]);
    assert.deepEqual(painted(article, 'Published 2021-12-28 on Monday, June 16, 2021.', DATE), ['2021-12-28', 'Monday', 'June 16, 2021']);
  });

  it('leaves month names that are ordinary words alone', () => {
    assert.deepEqual(painted(article, 'They may march in May and protest in March.', DATE), []);
  });
});

describe('article grammar: figures', () => {
  for (const [line, figure] of [
    ['Russia has massed 122,000 troops', '122,000'],
    ['a loan of $300 million to Kyiv', '$300 million'],
    ['a €5bn fund', '€5bn'],
    ['prices rose 12% last year', '12%'],
    ['prices rose 12 percent last year', '12 percent'],
    ['tens of thousands fled', 'tens of thousands'],
    ['dozens were injured', 'dozens'],
    ['hundreds of soldiers', 'hundreds'],
    ['growth of 1.5 billion euros', '1.5 billion euros'],
  ] as const) {
    it(`paints "${figure}" in "${line}"`, () => {
      assert.deepEqual(painted(article, line, FIGURE), [figure]);
    });
  }

  it('leaves names, years, times and codes alone', () => {
    // A lone digit after a name is part of the name (news style spells out one to nine).
    assert.deepEqual(painted(article, 'the Nord Stream 2 pipeline', FIGURE), []);
    assert.deepEqual(painted(article, 'in 2021, at 7:24 PM, during COVID-19, the G20 and Su-35 jets', FIGURE), []);
  });

  it('does not paint the day or year of a date as a figure', () => {
    assert.deepEqual(painted(article, 'on June 16, 2021 and 10 January 2022', FIGURE), []);
  });
});

describe('article grammar: quotations', () => {
  it('paints straight and curly double quotes, quote marks included', () => {
    assert.deepEqual(painted(article, '"The United States looks forward," the spokesperson said', QUOTE), [
      '"The United States looks forward,"',
    ]);
    assert.deepEqual(painted(article, 'He called it “Nothing that concerns our allies” today', QUOTE), ['“Nothing that concerns our allies”']);
  });

  it('does not take apostrophes for quotes', () => {
    assert.deepEqual(painted(article, "Russia's border, and we don't know", QUOTE), []);
    assert.deepEqual(painted(article, 'the ‘security guarantees’ he wants', QUOTE), []);
  });

  it('still paints figures and dates inside a quotation', () => {
    const line = '"We will meet on Jan. 10 with 122,000 troops nearby," he said';
    assert.deepEqual(painted(article, line, QUOTE), ['"We will meet on Jan. 10 with 122,000 troops nearby,"']);
    assert.deepEqual(painted(article, line, DATE), ['Jan. 10']);
    assert.deepEqual(painted(article, line, FIGURE), ['122,000']);
  });

  it('an unbalanced opening quote paints neither its line nor the next', () => {
    for (const open of ['"', '“']) {
      const lines = [`${open}We will not stop here, he said.`, 'The talks start on Monday and "end" later.'];
      assert.deepEqual(painted(article, lines, QUOTE), ['"end"']);
      assert.deepEqual(painted(article, lines, DATE), ['Monday']);
    }
  });
});

describe('injection grammar', () => {
  it('defines no patterns of its own: it only includes the article grammar', () => {
    const injection = JSON.parse(readFileSync(grammarFiles['corroborate.injection']!, 'utf8'));
    assert.deepEqual(injection.patterns, [{ include: 'text.article.corroborate' }]);
    assert.match(injection.injectionSelector, /^L:text\.html\.markdown\b/);
  });

  it('paints Markdown prose and headings', () => {
    const lines = ['# Talks on Jan. 11', '', 'Russia massed 122,000 troops, “a threat” said $300 million.'];
    assert.deepEqual(painted(markdown, lines, DATE), ['Jan. 11']);
    assert.deepEqual(painted(markdown, lines, FIGURE), ['122,000', '$300 million']);
    assert.deepEqual(painted(markdown, lines, QUOTE), ['“a threat”']);
  });

  it('leaves code blocks and inline code alone', () => {
    const lines = ['```', 'retry after Jan. 11 with 122,000 "items"', '```', 'Run `sleep 3600` on Monday'];
    assert.deepEqual(painted(markdown, lines, DATE), ['Monday']);
    assert.deepEqual(painted(markdown, lines, FIGURE), []);
    assert.deepEqual(painted(markdown, lines, QUOTE), []);
  });
});
