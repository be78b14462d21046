// Hostile input through the library API: leaked documents are OCR dumps, tables and binary junk.
// Each input must come back as a result whose every mention is an exact slice of the text,
// serializable as JSON, the same on a second run. Jest's timeout (60 s) bounds each one.

import { extract } from '../../src';
import { DocumentResult } from '../../src/model';
import { seededRandom } from './random';

const repeatText = (unit: string, times: number): string => unit.repeat(times);

/** Every way a mention can be wrong, collected in one pass (an expect per mention is too slow at 400,000 mentions). */
function problemsIn(text: string, result: DocumentResult): string[] {
  const problems: string[] = [];
  for (const entity of result.entities) {
    if (entity.count !== entity.mentions.length) problems.push(`${entity.name}: count ${entity.count} != ${entity.mentions.length} mentions`);
    for (const m of entity.mentions) {
      if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) problems.push(`${entity.name}: offsets ${m.start}-${m.end} outside the text`);
      else if (m.text !== text.slice(m.start, m.end)) problems.push(`${entity.name}: "${m.text}" is not the text at ${m.start}-${m.end}`);
      if (problems.length > 10) return problems;
    }
  }
  return problems;
}

function checkResult(text: string, result: DocumentResult): string {
  expect(problemsIn(text, result)).toEqual([]);
  const json = JSON.stringify(result);
  expect(json.startsWith('{"file":')).toBe(true);
  JSON.parse(json); // throws on invalid JSON
  return json;
}

const random = seededRandom(42);
const noise = Array.from({ length: 200_000 }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
const names = ['Roe', 'Doe', 'Marsh', 'Okafor', 'Lindqvist', 'Tanaka', 'Petrova', 'Haddad'];
const given = ['Jane', 'John', 'Ada', 'Chidi', 'Elin', 'Yuki', 'Olga', 'Omar'];

const HOSTILE: [string, () => string][] = [
  ['200,000 periods', () => `Jane Roe said. ${repeatText('.', 200_000)} Then Acme Corp. left Lowton.`],
  // news-like density (four entities in a sentence of 180 characters), with no line break at all
  ['an 8 MB document on one line', () => repeatText('Jane Roe, a spokeswoman for the Lowton Port Authority, said on Tuesday that talks with the dock workers would resume next week after a pause of several days and a vote by members. ', 44_500)],
  ['NUL and control bytes', () => `Jane\u0000 Roe\u0001\u0002 met\u001b[31m John Doe\u0007 in Lowton.\u0000\u0000 On Tuesday.`],
  ['zero-width and bidi marks', () => `Jane\u200b Roe met \u202eJohn Doe\u202c in \u2066Lowton\u2069 on\u200d Tuesday. \ufeffAcme Corp.`],
  ['emoji and astral characters', () => `😀 Jane Roe 👩🏽‍⚖️ met 𝐉𝐨𝐡𝐧 at 𠜎 Lowton 🇺🇸 on March 3, 2021. ${repeatText('🔥', 5000)}`],
  ['lone surrogates', () => `Jane \ud800 Roe met \udc00John Doe in Lowt\ud83don on Tuesday.\udfff`],
  ['50,000 capitalized words in a row', () => Array.from({ length: 50_000 }, (_, i) => names[i % names.length]).join(' ')],
  ['20,000 nested brackets', () => `${repeatText('(', 20_000)}Jane Roe${repeatText(')', 20_000)} ${repeatText('[{', 10_000)}`],
  ['200 KB of random printable noise', () => noise],
  ['ALL-CAPS wire copy', () => repeatText('LOWTON, FEB. 27 (WIRE) - PROSECUTOR GENERAL JANE ROE SAID ON TUESDAY THAT ACME CORP. HAD BEEN FINED.\n', 2000)],
  ['a 20,000-entry "Surname, Given;" list', () => Array.from({ length: 20_000 }, (_, i) => `${names[i % 8]}, ${given[(i >> 3) % 8]};`).join(' ')],
];

describe('hostile input', () => {
  it.each(HOSTILE)('%s: valid offsets, valid JSON, deterministic', (_name, make) => {
    const text = make();
    const first = checkResult(text, extract(text, { refDate: '2024-02-28' }));
    const second = JSON.stringify(extract(text, { refDate: '2024-02-28' }));
    expect(second === first).toBe(true);
  });
});
