#!/usr/bin/env node
// Turns the hand-annotated probe (test/fixtures/probe/*.txt, inline {P|...} {O|...} {L|...} {X|...})
// into the eval JSONL that `newsner eval` reads, with offsets computed here rather than by hand.
// Usage: node scripts/build-probe.js [test/fixtures/probe/modern-news.txt [OUTPUT.jsonl]]
'use strict';
const fs = require('fs');
const path = require('path');

const TYPES = { P: ['PERSON', 'PER'], O: ['ORGANIZATION', 'ORG'], L: ['PLACE', 'LOC'], X: [null, 'MISC'] };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The article's dateline ("Wednesday, August 18, 2027") as YYYY-MM-DD, or null. */
function docDate(text) {
  const m = /^\w+day, (\w+) (\d{1,2}), (\d{4})$/m.exec(text);
  if (!m || !MONTHS.includes(m[1])) return null;
  return `${m[3]}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

function parseDocument(id, marked) {
  let text = '';
  const entities = [];
  const ignore = [];
  const span = /\{([POLX])\|([^{}|]+)\}/g;
  let last = 0;
  for (let m; (m = span.exec(marked)); ) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    const [type, label] = TYPES[m[1]];
    const record = { start, end: text.length, label, text: m[2] };
    if (type) entities.push({ start, end: text.length, type, label, text: m[2] });
    else ignore.push(record);
    last = span.lastIndex;
  }
  text += marked.slice(last);
  if (/[{}]/.test(text)) throw new Error(`${id}: unbalanced markup near "${text.slice(text.search(/[{}]/), text.search(/[{}]/) + 40)}"`);
  return { id, source: 'probe', split: 'probe', text, doc_date: docDate(text), annotated_types: ['PERSON', 'ORGANIZATION', 'PLACE'], entities, ignore };
}

const input = process.argv[2] || path.join(__dirname, '..', 'test', 'fixtures', 'probe', 'modern-news.txt');
const source = fs.readFileSync(input, 'utf8').split('\n').filter((line) => !line.startsWith('#')).join('\n');
const documents = source.split(/^=== /m).slice(1).map((chunk) => {
  const newline = chunk.indexOf('\n');
  return parseDocument(chunk.slice(0, newline).trim(), chunk.slice(newline + 1).trim());
});
const output = process.argv[3] || input.replace(/\.txt$/, '.jsonl');
fs.writeFileSync(output, documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
const count = (type) => documents.reduce((n, d) => n + d.entities.filter((e) => e.type === type).length, 0);
const words = documents.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
console.log(`${output}: ${documents.length} documents, ${words} words, PERSON ${count('PERSON')}, ORGANIZATION ${count('ORGANIZATION')}, PLACE ${count('PLACE')}`);
