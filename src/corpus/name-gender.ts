// Whom an honorific can name: "Mr. Vantrell" is no woman's surname alone, "Mrs. Vantrell" no man's.
// The gender of a given name comes from compromise's lexicon, compiled at build time
// (scripts/build-word-tags.js) into name-genders.json and loaded on first use; a name it does not
// know ("Dov") or knows both ways has none, and then the honorific decides nothing.

import * as fs from 'fs';
import * as path from 'path';

export type Gender = 'm' | 'f';

let table: Record<string, Gender> | null = null;

function tablePath(): string {
  // dist/corpus/name-gender.js: the file is in dist/lexicon; under ts-jest this file is in src/corpus
  const built = path.join(__dirname, '..', 'lexicon', 'name-genders.json');
  if (fs.existsSync(built)) return built;
  return path.join(__dirname, '..', '..', 'dist', 'lexicon', 'name-genders.json');
}

/** The gender of a lower-case given name, when the lexicon gives it one. */
export function givenNameGender(word: string): Gender | undefined {
  if (table === null) {
    table = JSON.parse(fs.readFileSync(tablePath(), 'utf8')) as Record<string, Gender>;
    Object.setPrototypeOf(table, null);
  }
  return table[word];
}

const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f' };
/**
 * An honorific, as written ("Mrs." or "MRS", never the verb "miss"), and the name after it, which
 * may hold an apostrophe or a hyphen ("Mrs. O'Brien", "Ms Orlow-Sand").
 */
const HONORIFIC_BEFORE_WORD = /(?<!\p{L})(Mr|MR|Mrs|MRS|Ms|MS|Miss|MISS)\.?\s+(\p{L}[\p{L}'’-]*)/gu;

/** A name as compared: lower case, one apostrophe, without a possessive ("Vantrell's", "Jones'"). */
function bareName(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
}

/**
 * The gender the honorifics before a one-word name say across its sentences ("Mr. Vantrell"), or
 * undefined when none is written or they disagree.
 */
export function honorificGender(word: string, sentences: Iterable<string>): Gender | undefined {
  const wanted = bareName(word);
  const found = new Set<Gender>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(HONORIFIC_BEFORE_WORD)) {
      if (bareName(match[2]) === wanted) found.add(HONORIFIC_GENDER[match[1].toLowerCase()]);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
