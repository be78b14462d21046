// No regular expression with catastrophic backtracking (issue 7, item 2). Every regex literal in
// src/ is found by parsing the sources (so a new one is tested without anyone listing it), then
// run on long adversarial strings: 50,000 repetitions of a unit it may match (a space, a letter,
// "a.", ":" ...), followed by a character that breaks the match. A linear regex takes milliseconds;
// nested quantifiers (exponential) or a run-to-the-end pattern such as /[\s,;:.]+$/ (quadratic:
// every start position scans the whole run) take seconds or forever. This found two quadratic
// ones in src/pipeline/link/roles.ts: 16 s on "\n " x 50,000 before the fix, 1 ms after.
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Only catastrophic backtracking breaks this; the slowest linear case here takes about 10 ms. */
const BOUND_MS = 2000;
const REPETITIONS = 50_000;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  regex: RegExp;
}

const literals: Found[] = [];
/** `new RegExp(...)` and `RegExp(...)` calls: patterns built at run time, which a scan cannot compile */
const builtAtRunTime: string[] = [];
for (const file of sourceFiles(SRC)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const where = `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const slash = literal.lastIndexOf('/');
      literals.push({ where, regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      builtAtRunTime.push(`${where}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// What a regex might match over and over: one of each kind of character, and pairs that make up
// tokens (initials "A.", hyphenated words, possessives), plus every plain character of its source.
const UNITS = [' ', '\t', '\n', '\n ', 'a', 'A', 'Aa', 'é', 'e\u0301', '1', '0s', '.', ',', ':', ';', "'", '’', "'s", '-', '—', '&', '/', '(',
  'a.', 'A.', 'a-', "a'", 'a ', 'A ', '1-', '1/', 'q1', 'x y', '😀', '\ud800', '\udc00', '\u0000'];
// What breaks a match: one character from each class
const BREAKERS = ['!', 'x', '1', ' ', '\n', '\u0000', '\ud800'];

function seededMix(seed: number, units: string[], count: number): string {
  let state = seed;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    parts.push(units[state % units.length]);
  }
  return parts.join('');
}

function unitsFor(regex: RegExp): string[] {
  // the pattern's own plain characters ("date.", "fy", "'s"), escapes such as \p{L} or \d removed
  const plain = regex.source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\./g, '').split('');
  return [...new Set([...UNITS, ...plain])];
}

/**
 * Runs a regex the way the code does: once for exec/test/replace, over every match for a g flag.
 * Returns the CPU milliseconds (user + system) it took: waiting for a core on a loaded machine does
 * not count.
 */
function timeOn(regex: RegExp, input: string): number {
  const fresh = new RegExp(regex.source, regex.flags);
  const started = process.cpuUsage();
  if (fresh.global) input.replace(fresh, '');
  else fresh.exec(input);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

test('the scan finds the regexes of src/ (a broken scan would test nothing)', () => {
  expect(literals.length).toBeGreaterThan(100);
  expect(literals.map(({ regex }) => `${regex}`)).toContain('/^(\\d{4})-(\\d{2})-(\\d{2})$/'); // src/input/iso-date.ts
});

test('no pattern is built at run time', () => {
  // a new `new RegExp(...)` cannot be compiled by the scan: test its pattern here, then list it
  // (the tokenizer, which built TOKEN_PATTERN per call, now scans character codes instead)
  expect(builtAtRunTime.map((call) => call.replace(/:\d+:/, ':'))).toEqual([]);
});

test(`every regex literal in src/ runs in under ${BOUND_MS} ms on ${REPETITIONS.toLocaleString('en')} repetitions plus a breaking character`, () => {
  const slow: string[] = [];
  for (const { where, regex } of literals) {
    const units = unitsFor(regex);
    const pumps = [...units.map((unit) => unit.repeat(REPETITIONS)), seededMix(1, units, REPETITIONS), seededMix(2, UNITS.slice(0, 12), REPETITIONS)];
    for (const pump of pumps) {
      for (const breaker of BREAKERS) {
        const ms = timeOn(regex, pump + breaker);
        if (ms > BOUND_MS) {
          slow.push(`${where} ${regex} on ${JSON.stringify(pump.slice(0, 6))}... + ${JSON.stringify(breaker)}: ${Math.round(ms)} ms`);
          break; // one slow input is enough to name the regex
        }
      }
    }
  }
  expect(slow).toEqual([]);
});
