#!/usr/bin/env node
// Compiles the part of compromise's lexicon that the date rules read (verb forms and adjectives:
// the tense of "was signed on March 3") into dist/lexicon/word-tags.json, at build time, so a run
// never loads compromise itself (0.4 s, and more per worker thread).
'use strict';
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');

const KEPT = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Adjective', 'Modal', 'Gerund', 'Participle']);
const lexicon = nlp.world().model.one.lexicon;
const out = Object.create(null);
for (const word of Object.keys(lexicon).sort()) {
  const tags = [].concat(lexicon[word]).filter((tag) => KEPT.has(tag));
  if (tags.length) out[word] = tags.length === 1 ? tags[0] : tags;
}
const target = path.join(__dirname, '..', 'dist', 'lexicon', 'word-tags.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(out));
console.log(`word tags: ${Object.keys(out).length} words`);

// The gender compromise gives a given name ("janet" FemaleName, "james" MaleName; "bill", also a
// noun, has none), for the corpus's honorific tie-break ("Mrs. Vantrell" is not Dov Vantrell):
// dist/lexicon/name-genders.json, "m" or "f" per lower-case given name.
const genders = Object.create(null);
for (const word of Object.keys(lexicon).sort()) {
  const tags = [].concat(lexicon[word]);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  if (male !== female) genders[word] = male ? 'm' : 'f';
}
fs.writeFileSync(path.join(path.dirname(target), 'name-genders.json'), JSON.stringify(genders));
console.log(`name genders: ${Object.keys(genders).length} given names`);
