// Name strings: the keys that tell two names apart, and the cleanup a name needs before it is
// compared (honorific, possessive). Shared by the document linker, the corpus summary and the
// project file, so that "KARIM MASSIMOV", "Karim Massimov" and "Mr. Massimov" compare the same way
// everywhere.

/** The grouping key of a name: case, accents, apostrophes, periods and hyphens do not tell names apart. */
const ASCII = /^[\x00-\x7f]*$/;

// Linking asks for the key of the same few names again and again (every mention, every rule), so
// keys are remembered; the memo is emptied when it grows large, which keeps memory bounded on a
// long corpus and changes nothing but speed.
const KEY_MEMO_LIMIT = 20000;
const keyMemo = new Map<string, string>();

export function nameKey(name: string): string {
  let key = keyMemo.get(name);
  if (key === undefined) {
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    key = computeNameKey(name);
    keyMemo.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  // most names are ASCII: accents need no folding there (normalize() is the costly step)
  const folded = ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}

export function isAllCaps(name: string): boolean {
  // ASCII by a scan of the codes (linking asks for every name, and the two case copies of the
  // general test cost more); a name with other letters by that test
  let upper = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 127) return name === name.toUpperCase() && name !== name.toLowerCase();
    if (c >= 97 && c <= 122) return false; // a small letter: toUpperCase would change the name
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

// Honorifics say nothing about who a person is, only how she is addressed: "Mr. Massimov" is
// Massimov. They are neither part of the name nor a role.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'mme', 'mlle', 'm']);
const HONORIFIC_PREFIX = /^(\p{L}+)\.?\s+(?=\p{L})/u;

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(nameKey(word));
}

/** "Mr. Massimov" -> "Massimov"; "Dr Jane Roe" -> "Jane Roe". A lone "M" only with its period. */
export function stripHonorific(name: string): string {
  const match = HONORIFIC_PREFIX.exec(name);
  if (!match) return name;
  const word = match[1].toLowerCase();
  if (!HONORIFICS.has(word)) return name;
  if (word === 'm' && !match[0].includes('.')) return name;
  return name.slice(match[0].length);
}

const POSSESSIVE_SUFFIX = /(?:['’][sS]|(?<=[sS])['’])$/u;

/** "Massimov's" -> "Massimov", "Reuters'" -> "Reuters"; null when the name is not possessive. */
export function withoutPossessive(name: string): string | null {
  // the suffix ends in s, S, ' or ’: most names end otherwise and skip the regex
  const last = name.charCodeAt(name.length - 1);
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return null;
  const match = POSSESSIVE_SUFFIX.exec(name);
  if (!match || match.index === 0) return null;
  return name.slice(0, match.index);
}

/** The words of a name key ("jeffrey e epstein" -> ["jeffrey", "e", "epstein"]). */
export function keyWords(key: string): string[] {
  return key.length === 0 ? [] : key.split(' ');
}

// "Martin Luther King Jr." ends with a generation, not a surname.
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export function isGeneration(word: string): boolean {
  return GENERATIONS.has(word);
}

/** The words of a person's name key without a trailing generation ("king jr" -> ["king"]). */
export function personWords(key: string): string[] {
  const words = keyWords(key);
  while (words.length > 1 && isGeneration(words[words.length - 1])) words.pop();
  return words;
}

/** A one-letter word of a name key: what "J." becomes. */
export function isInitial(word: string): boolean {
  return word.length === 1;
}

/** Number of words that are more than an initial: "Jeffrey E. Epstein" has 2, like "Jeffrey Epstein". */
export function fullWordCount(name: string): number {
  // keyWords(key).filter((word) => !isInitial(word)).length, counted without the arrays
  const key = nameKey(name);
  if (key.length === 0) return 0;
  let count = 0;
  let wordStart = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 32) continue;
    if (i - wordStart !== 1) count++;
    wordStart = i + 1;
  }
  return count;
}
