// Works and products are no person, organization or place: a film, a book or an album named in
// quotes after its kind ('the film "Gone Quiet"', 'her new album “Harbour Lights”'), and a few
// devices and file or media formats ("PlayStation", "MP3", "VHS"). They are left out of the
// results, reported under no type, like the events of events.ts (the README says so).
// Only the quoted form: an unquoted name after the kind is too often its maker or its subject
// ("the book Tarrant wrote", "the film Halvorsen directed").

import { Doc, Mention, Token } from '../../model';

/** Kinds of works whose title may follow in quotes */
const WORK_NOUNS = new Set([
  'film', 'films', 'movie', 'movies', 'documentary', 'book', 'books', 'novel', 'novels', 'memoir', 'biography',
  'album', 'albums', 'song', 'songs', 'single', 'play', 'opera', 'musical', 'ballet', 'symphony', 'poem',
  'painting', 'sitcom', 'series', 'video', 'videogame',
]);

// Written by us from general knowledge: product lines and formats that are never a person, an
// organization or a place in news text (the companies that make them are: "Sony", not "PlayStation")
const PRODUCTS = new Set([
  'PlayStation', 'Xbox', 'GameCube', 'Walkman', 'iPod', 'iPhone', 'iPad', 'MacBook', 'Kindle', 'ChatGPT', 'Android', 'iOS',
  'Ozempic', 'Wegovy', 'Mounjaro', 'Bitcoin', 'Ethereum',
  'MP3', 'MP4', 'JPEG', 'GIF', 'PDF', 'MPEG', 'DVD', 'DVDs', 'VHS', 'Betamax', 'DivX',
]);

/** An opening quote and the quotes that close it */
const QUOTE_PAIRS = new Map<string, readonly string[]>([
  ['"', ['"']],
  ['“', ['”']],
  ["'", ["'", '’']],
  ['‘', ['’']],
  ['``', ["''"]],
  ['`', ["'"]],
]);
/** Longest quoted title looked at, in tokens */
const MAX_TITLE = 12;

export function withoutWorks(doc: Doc, mentions: Mention[]): Mention[] {
  const titles = quotedTitles(doc.tokens);
  if (titles.length === 0 && !mentions.some((m) => PRODUCTS.has(doc.tokens[m.tokenEnd - 1].text))) return mentions;
  return mentions.filter((m) => m.type === 'date' || !(PRODUCTS.has(doc.tokens[m.tokenEnd - 1].text) || titles.some(([from, to]) => m.tokenStart >= from && m.tokenEnd <= to)));
}

/** Token ranges [from, to) of titles in quotes right after a kind of work: 'the film "Gone Quiet"'. */
export function quotedTitles(tokens: readonly Token[]): [number, number][] {
  const titles: [number, number][] = [];
  for (let i = 1; i < tokens.length; i++) {
    // an opening quote stands against the title: not the apostrophe of "the films' producer"
    // (tested first: most tokens have a space after them, which needs no look-up)
    if (i + 1 >= tokens.length || tokens[i + 1].spaceBefore) continue;
    const closing = QUOTE_PAIRS.get(tokens[i].text);
    if (!closing || !WORK_NOUNS.has(tokens[i - 1].lower)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 2 + MAX_TITLE); j++) {
      if (tokens[j].sentence !== tokens[i].sentence) break;
      // the quote that closes this one: "Tom Hale's Harbour" runs on past the apostrophe
      if (closing.includes(tokens[j].text)) {
        if (j > i + 1) titles.push([i + 1, j]);
        break;
      }
    }
  }
  return titles;
}
