// One-edit spelling variants ("Massimov" / "Masimov", "Nazarbayev" / "Nazarbaev", "Doe" / "Dae"),
// found without comparing every name with every other: each word is indexed under itself and
// under every form with one letter deleted (the SymSpell trick), so a look-up costs O(length),
// not O(number of names). Used inside a document (link) and across a corpus (variant suggestions).

/** a and b differ by one substitution, insertion, deletion or swap of two neighbours (not 0). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution: the rest after i must match; swap: ab/ba then the rest matches
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // insertion or deletion: skip one character of the longer word
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    // deleting either letter of a doubled pair gives the same form: index it once
    if (i > 0 && word[i] === word[i - 1]) continue;
    out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

/** Words with attached items; find() returns the items of the words one edit from a word. */
export class OneEditIndex<T> {
  private readonly byForm = new Map<string, { word: string; item: T }[]>();

  add(word: string, item: T): void {
    this.put(word, word, item);
    for (const form of deletions(word)) this.put(form, word, item);
  }

  private put(form: string, word: string, item: T): void {
    const list = this.byForm.get(form);
    if (list) list.push({ word, item });
    else this.byForm.set(form, [{ word, item }]);
  }

  /** Items whose word is one edit from word (never word itself), each once, in insertion order. */
  find(word: string): { word: string; item: T }[] {
    const seen = new Set<T>();
    const out: { word: string; item: T }[] = [];
    for (const form of [word, ...deletions(word)]) {
      for (const entry of this.byForm.get(form) ?? []) {
        if (seen.has(entry.item) || !oneEditApart(word, entry.word)) continue;
        seen.add(entry.item);
        out.push(entry);
      }
    }
    return out;
  }
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
// consonants that transliterations and spelling habits swap: Eriksson/Ericsson, Hizbollah/Hizbolla,
// Yeltsin/Jeltsin, Wladimir/Vladimir
const EQUIVALENT = new Set(['ck', 'kc', 'sz', 'zs', 'jy', 'yj', 'vw', 'wv']);

/**
 * a and b are one edit apart in a way spellings of one name differ: a doubled letter
 * (Massimov/Masimov), a vowel added, dropped or changed (Nazarbayev/Nazarbaev, Hizbollah/Hezbollah),
 * c/k, s/z, j/y or v/w, or two neighbours swapped (a typo). Not two different consonants
 * (Boston/Bolton, Panama/Manama, Nanjing/Nanning), which are usually two different names.
 * Both lower case.
 */
export function plausibleSpellingVariant(a: string, b: string): boolean {
  if (!oneEditApart(a, b)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) !== b.slice(i + 1)) return true; // a swap of neighbours
    const x = a[i];
    const y = b[i];
    return (VOWELS.has(x) && VOWELS.has(y)) || EQUIVALENT.has(x + y);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  // the extra letter: long[i] (the first difference); a doubled letter may be reported one later
  const extra = long[i];
  return VOWELS.has(extra) || long[i - 1] === extra || long[i + 1] === extra || short[i] === extra;
}

/**
 * One transliteration step apart: the same name once the spellings that Cyrillic, Arabic and other
 * scripts give English letters are folded ("dzh"/"j", "kh"/"h", "ou"/"u", "y"/"i", a doubled
 * letter, "-off"/"-ow"/"-ov": "Nazarov"/"Nazzarov", "Dzhumabayev"/"Jumabayev", "Ivanoff"/"Ivanov").
 * Both lower case.
 */
export function transliterationVariant(a: string, b: string): boolean {
  return a !== b && transliterationKey(a) === transliterationKey(b);
}

export function transliterationKey(word: string): string {
  return word
    .replace(/(?:off|ow)$/, 'ov')
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Two spellings of one name: one plausible edit or one transliteration step apart. */
export function sameNameSpelling(a: string, b: string): boolean {
  return plausibleSpellingVariant(a, b) || transliterationVariant(a, b);
}
