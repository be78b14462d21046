#!/usr/bin/env node
// "Names we never saw": rewrites a gold JSONL (the format of ../shared/eval) so that the people
// and organizations of each document are named with invented words that no list of ours knows,
// then (with --eval) scores newsner on the rewritten files. It imitates held-out news, whose
// names the lexicons have never seen, from the train and dev files (docs/measuring.md).
//
//   node scripts/swap-names.js [--out-dir DIR] [--eval] GOLD.jsonl...
//
// Writes DIR/swapped-<name>.jsonl for each file (DIR: a new folder in the system's temp folder
// unless given; never write into the repository: the texts are the eval files' texts). Per
// document, word by word and the same way at every occurrence (so "Kessel" alone, "Kessel's" and
// "Dana Kessel" still go together):
//   - a person keeps given names, middle names, initials, honorifics, particles ("van", "de") and
//     suffixes ("Jr."); the surname (the last word of a longer name, and a one-word name that is
//     no given name of the story's persons) becomes an invented word;
//   - an organization keeps its head nouns ("Bank", "Ministry"), legal forms ("Corp."), small words
//     ("of", "the"), place names and nationalities ("Bank of Canada", "British ..."); its other
//     words become invented words, and an acronym becomes an invented all-capitals string of the
//     same length (the initials of the invented long form where the story spells it out);
//   - places and dates are untouched, as is every word outside these names unless it is one of
//     the replaced words written with a capital and no ordinary English word.
// Capitals are kept (ALL CAPS stays all caps, Title stays Title); offsets of every span are
// recomputed. Invented words come from a syllable generator seeded by the document's id and the
// word, and are checked against the built lexicon, the word tags and the given-name genders, so
// the run is the same every time. Needs `npm run build` first (it reads dist/).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const { exactWordId, wordId, lookup, FLAGS, PLACE_FLAGS } = require(path.join(root, 'dist', 'lexicon', 'index.js'));
const { wordTags } = require(path.join(root, 'dist', 'lexicon', 'word-tags.js'));
const { givenNameGender } = require(path.join(root, 'dist', 'corpus', 'name-gender.js'));

const LETTERS = /[\p{L}\p{M}]+/gu;
const HAS_LOWER = /\p{Ll}/u;
const IS_UPPER_START = /^\p{Lu}/u;

// Words an organization keeps besides head nouns and legal forms (they are written lower case in
// most names, but a headline writes them in capitals).
const SMALL_WORDS = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'del', 'la', 'le', 'les', 'du', 'des', 'di', 'da',
  'do', 'dos', 'das', 'der', 'den', 'van', 'von', 'und', 'et', 'y', 'e', 'al', 'el', 'st',
]);
const PERSON_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'rev', 'mme', 'mlle', 'herr', 'frau']);

// --- invented words ------------------------------------------------------------------------

function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 't', 'v', 'z', 'h', 'j'];
const FIRST_ONSETS = [...ONSETS, 'br', 'dr', 'gr', 'kr', 'tr', 'pl', 'kl', 'sk'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'a', 'e', 'i', 'o', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'm', 'k', 't'];
// endings the rules read as a word's form (plurals, -ing, -ed, -ism, nationalities)
const MEANINGFUL_ENDING = /(?:s|ed|ing|ism|ist|ese|ian|ish|ia)$/;

function unknownWord(lower) {
  if (exactWordId(lower) !== -1 || wordId(lower) !== -1 || lookup(lower) !== 0) return false;
  if (wordTags(lower) !== undefined || givenNameGender(lower) !== undefined) return false;
  return !MEANINGFUL_ENDING.test(lower);
}

/** A pronounceable word of about the length of `original`, unknown to every list, not yet used. */
function inventWord(seed, original, used) {
  const syllables = original.length <= 4 ? 2 : original.length <= 8 ? 2 + (seed & 1) : 3;
  for (let attempt = 0; ; attempt++) {
    const next = random(hash32(`${seed}:${attempt}`));
    const pick = (list) => list[Math.floor(next() * list.length)];
    let word = '';
    const count = syllables + (attempt > 50 ? 1 : 0);
    for (let s = 0; s < count; s++) word += pick(s === 0 ? FIRST_ONSETS : ONSETS) + pick(VOWELS) + (s === count - 1 || next() < 0.15 ? pick(CODAS) : '');
    if (!used.has(word) && unknownWord(word)) return word;
  }
}

const ACRONYM_LETTERS = 'BCDFGHJKLMNPRSTVWXZ';

function inventAcronym(seed, length, used) {
  for (let attempt = 0; ; attempt++) {
    const next = random(hash32(`${seed}:caps:${attempt}`));
    let word = '';
    for (let i = 0; i < length; i++) word += ACRONYM_LETTERS[Math.floor(next() * ACRONYM_LETTERS.length)];
    if (!used.has(word.toLowerCase()) && unknownWord(word.toLowerCase())) return word;
  }
}

/** The invented word written with the capitals of the original: ALL CAPS, Title or lower. */
function withCase(original, invented) {
  if (original.length > 1 && !HAS_LOWER.test(original)) return invented.toUpperCase();
  if (IS_UPPER_START.test(original)) return invented[0].toUpperCase() + invented.slice(1).toLowerCase();
  return invented.toLowerCase();
}

// --- one document --------------------------------------------------------------------------

/** The letter runs of text[start, end), with their offsets. */
function runsOf(text, start, end) {
  const runs = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(LETTERS)) runs.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  return runs;
}

/** The whitespace-separated parts of a span, each with its letter runs. */
function partsOf(text, span) {
  const parts = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(/\S+/g)) {
    const start = span.start + m.index;
    const runs = runsOf(text, start, start + m[0].length);
    if (runs.length) parts.push({ text: m[0], runs });
  }
  return parts;
}

function flagsOf(lower) {
  return lookup(lower);
}

/** Is the line around `at` written in capitals only (a CoNLL headline or dateline)? */
function capsLine(text, at) {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to === -1) to = text.length;
  return !HAS_LOWER.test(text.slice(from, to));
}

function swapDocument(record) {
  const text = record.text;
  const entities = record.entities || [];
  const ignore = record.ignore || [];
  const names = entities.filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION');
  if (!names.length) return { record, replaced: 0 };

  // 1. which words are replaced: surnames of persons, the name words of organizations
  const replace = new Set();
  const givenHere = new Set();
  const surnames = new Set();
  const singles = [];
  for (const span of names.filter((e) => e.type === 'PERSON')) {
    const parts = partsOf(text, span);
    if (!parts.length) continue;
    let last = parts.length - 1;
    while (last > 0 && parts[last].runs.every((r) => PERSON_SUFFIXES.has(r.lower) || r.text.length === 1)) last--;
    if (last === 0 && parts.length >= 1) {
      singles.push(parts[0]);
      continue;
    }
    for (let i = 0; i < last; i++) {
      for (const run of parts[i].runs) if (run.text.length > 1 && !HONORIFICS.has(run.lower)) givenHere.add(run.lower);
    }
    for (const run of parts[last].runs) if (run.text.length > 1 && IS_UPPER_START.test(run.text) && !PERSON_SUFFIXES.has(run.lower)) surnames.add(run.lower);
  }
  for (const word of surnames) replace.add(word);
  for (const part of singles) {
    for (const run of part.runs) {
      if (run.text.length < 2 || !IS_UPPER_START.test(run.text) || HONORIFICS.has(run.lower) || PERSON_SUFFIXES.has(run.lower)) continue;
      if (surnames.has(run.lower)) continue;
      const given = givenHere.has(run.lower) || (flagsOf(run.lower) & FLAGS.given) !== 0;
      if (!given) replace.add(run.lower);
    }
  }
  // all-caps words: an acronym where every occurrence is in capitals and one is in a line with
  // lower-case letters (a headline in capitals says nothing)
  const placeWords = new Set();
  for (const span of entities) if (span.type === 'PLACE') for (const run of runsOf(text, span.start, span.end)) placeWords.add(run.lower);
  const capsOnly = new Map(); // lower -> { acronym: boolean }
  for (const span of names.filter((e) => e.type === 'ORGANIZATION')) {
    for (const run of runsOf(text, span.start, span.end)) {
      if (run.text.length < 2 || !IS_UPPER_START.test(run.text)) continue;
      const flags = flagsOf(run.lower);
      if (SMALL_WORDS.has(run.lower) || flags & (FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.demonym | FLAGS.country | FLAGS.region | FLAGS.wordHead)) continue;
      // a town's name is kept where the story names the town too (many firms are named after
      // people whose surname is some town's: those are replaced)
      if (flags & FLAGS.city && placeWords.has(run.lower)) continue;
      replace.add(run.lower);
    }
  }
  for (const run of runsOf(text, 0, text.length)) {
    if (!replace.has(run.lower)) continue;
    const entry = capsOnly.get(run.lower) || { caps: true, mixedLine: false };
    if (HAS_LOWER.test(run.text)) entry.caps = false;
    else if (!capsLine(text, run.start)) entry.mixedLine = true;
    capsOnly.set(run.lower, entry);
  }
  const acronyms = new Set([...capsOnly].filter(([lower, e]) => e.caps && e.mixedLine && lower.length <= 6).map(([lower]) => lower));

  // 2. the invented words, seeded by the document's id and the word
  const mapping = new Map();
  const used = new Set();
  // a plural keeps its "s": of a replaced name ("the Kessels" beside "Kessel"), or of an ordinary
  // noun ("Tigers", "Workers"); singular forms first, so "kessels" finds "kessel"'s word
  const isPlural = (lower) => lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss');
  for (const lower of [...replace].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (acronyms.has(lower)) continue;
    const stem = lower.slice(0, -1);
    let word = null;
    if (isPlural(lower) && mapping.has(stem) && !acronyms.has(stem)) word = mapping.get(stem) + 's';
    else if (isPlural(lower) && flagsOf(stem) & FLAGS.common) {
      for (let attempt = 0; !word || !unknownWord(word.slice(0, -1)) || lookup(word) !== 0 || used.has(word); attempt++) word = inventWord(hash32(`${record.id}\u0000${lower}\u0000${attempt}`), stem, used) + 's';
    } else word = inventWord(hash32(`${record.id}\u0000${lower}`), lower, used);
    used.add(word);
    mapping.set(lower, word);
  }
  // an acronym takes the initials of a long form the story spells out, else invented letters
  const orgParts = names.filter((e) => e.type === 'ORGANIZATION').map((span) => runsOf(text, span.start, span.end).filter((r) => IS_UPPER_START.test(r.text)));
  for (const lower of [...acronyms].sort()) {
    let word = null;
    for (const runs of orgParts) {
      const capital = runs.filter((r) => !SMALL_WORDS.has(r.lower));
      if (capital.length !== lower.length || capital.map((r) => r.lower[0]).join('') !== lower) continue;
      const initials = capital.map((r) => (mapping.get(r.lower) || r.lower)[0]).join('').toUpperCase();
      // a long form kept whole keeps its acronym too ("Securities and Exchange Commission")
      if (initials.toLowerCase() === lower) word = initials;
      else if (!used.has(initials.toLowerCase()) && unknownWord(initials.toLowerCase())) word = initials;
      break;
    }
    if (!word) word = inventAcronym(hash32(`${record.id}\u0000${lower}`), lower.length, used);
    if (word.toLowerCase() === lower) continue;
    used.add(word.toLowerCase());
    mapping.set(lower, word);
  }

  // 3. the text, word by word: inside a person or organization every replaced word, in a place or
  // a date none, elsewhere (other spans, plain text) a replaced word written with a capital that
  // is no ordinary word
  const zoneAt = new Uint8Array(text.length); // 0 text, 1 name, 2 place or date, 3 ignore span
  for (const span of ignore) for (let i = span.start; i < span.end; i++) zoneAt[i] = 3;
  for (const span of entities) for (let i = span.start; i < span.end; i++) zoneAt[i] = span.type === 'PERSON' || span.type === 'ORGANIZATION' ? 1 : 2;
  const edits = [];
  for (const run of runsOf(text, 0, text.length)) {
    const invented = mapping.get(run.lower);
    if (invented === undefined || !IS_UPPER_START.test(run.text)) continue;
    const zone = zoneAt[run.start];
    if (zone === 2) continue;
    if (zone === 0 && flagsOf(run.lower) & (FLAGS.common | FLAGS.frequent)) continue;
    edits.push({ start: run.start, end: run.end, text: acronyms.has(run.lower) ? invented : withCase(run.text, invented) });
  }

  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  // an offset moves by the change of every edit that ends at or before it
  const ends = edits.map((e) => e.end);
  const deltas = [];
  let sum = 0;
  for (const e of edits) deltas.push((sum += e.text.length - (e.end - e.start)));
  const moved = (offset) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo === 0 ? 0 : deltas[lo - 1]);
  };
  const remap = (span) => {
    const start = moved(span.start);
    const end = moved(span.end);
    const copy = { ...span, start, end };
    if ('text' in span) copy.text = out.slice(start, end);
    return copy;
  };
  return { record: { ...record, text: out, entities: entities.map(remap), ignore: ignore.map(remap) }, replaced: edits.length };
}

function swapFile(input, output) {
  const lines = fs.readFileSync(input, 'utf8').split('\n').filter((line) => line.trim());
  let replaced = 0;
  const out = lines.map((line) => {
    const result = swapDocument(JSON.parse(line));
    replaced += result.replaced;
    return JSON.stringify(result.record);
  });
  fs.writeFileSync(output, out.join('\n') + '\n');
  return { documents: lines.length, replaced };
}

function main(argv) {
  let outDir = null;
  let evaluate = false;
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out-dir') outDir = argv[++i];
    else if (argv[i] === '--eval') evaluate = true;
    else inputs.push(argv[i]);
  }
  if (!inputs.length) {
    console.error('usage: node scripts/swap-names.js [--out-dir DIR] [--eval] GOLD.jsonl...');
    process.exit(2);
  }
  outDir = outDir ? path.resolve(outDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'newsner-swap-'));
  const relative = path.relative(root, outDir);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    console.error(`swap-names: ${outDir} is inside the repository; the texts are the eval files', write them elsewhere`);
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const outputs = [];
  for (const input of inputs) {
    const output = path.join(outDir, `swapped-${path.basename(input)}`);
    const { documents, replaced } = swapFile(input, output);
    console.error(`${output}: ${documents} documents, ${replaced} words replaced`);
    outputs.push(output);
  }
  if (evaluate) {
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'newsner.js'), 'eval', ...outputs], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { swapDocument, inventWord, unknownWord };
