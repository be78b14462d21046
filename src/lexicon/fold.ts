// Spellings without accents. The lists mostly hold names as English news writes them ("Jose",
// "Rodriguez", "Lodz"); text that keeps the accents ("José Rodríguez", "Łódź") is looked up by
// the plain spelling where the lexicon knows only that (wordId in index.ts), and the build adds the
// plain spellings of accented city names (scripts/build-lexicon.js).

// the few Latin letters that do not decompose into a letter and a mark
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' };
const MARKS = /\p{M}+/gu;
const UNDECOMPOSED_LETTERS = /[łŁøØđĐıßæÆœŒ]/g;

/** Is the word plain ASCII (no letter to fold)? (a loop: asked for most tokens, cheaper than a regex) */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The word with its letters' marks dropped ("Łódź" -> "Lodz"); an ASCII word as it is. */
export function withoutAccents(word: string): string {
  if (isAscii(word)) return word;
  return word.normalize('NFD').replace(MARKS, '').replace(UNDECOMPOSED_LETTERS, (c) => UNDECOMPOSED[c]);
}
