// A headline in title case ("Police Arrest Suspect After Shooting At Harbour Mall") capitalizes
// every word, as an all-caps one does: there a capital says nothing about a name, and "Leader
// Rejects Election Results" is no person after a title. Such a sentence is marked
// (Sentence.titleCase) and read like an all-caps one, so a name in it needs the evidence the
// recognizers ask of capitals (a list, a head noun, a known first name) rather than its case
// alone; a word in capitals there ("WHO", "KPRF") is still an acronym, as in ordinary text.
//
// It is told from prose and from a line of names ("Ana Vell, Tomas Kerr (Tarnley) 71") by its
// ordinary words: at least two capitalized words after the first that are ordinary words and no
// name; no lower-case word but the articles, conjunctions and short prepositions title case leaves
// small; no bracket, nor a number outside the story's first line (results lines, datelines,
// tables); and no full stop, question or
// exclamation mark at the end, which a headline does without and a sentence of prose has.

import { Doc, Sentence } from '../model';
import { FUNCTION_WORDS, isOrdinaryWord } from './recognize/candidates';

/** The words title case leaves in lower case */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'up', 'off', 'per', 'via', 'vs', 'from', 'with', 'into', 'over']);
/** A sentence that ends so is prose */
const SENTENCE_ENDS = new Set(['.', '?', '!']);

/** Capitalized words a headline has at least (the first one included) */
const MIN_CAPITALIZED = 4;
/** Ordinary words among them, after the first, that prose would write in lower case */
const MIN_ORDINARY = 2;
/** More commas than this make a list of names, not a headline */
const MAX_COMMAS = 1;

export function markTitleCaseHeadlines(doc: Doc): void {
  for (const sentence of doc.sentences) {
    if (!sentence.allCaps && isTitleCaseHeadline(doc, sentence)) sentence.titleCase = true;
  }
}

function isTitleCaseHeadline(doc: Doc, sentence: Sentence): boolean {
  const tokens = doc.tokens;
  if (SENTENCE_ENDS.has(tokens[sentence.endToken - 1].text)) return false;
  let capitalized = 0;
  let ordinary = 0;
  let commas = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i];
    switch (token.shape) {
      case 'number':
        // (a story's first line may hold a number, "Singer Dies at 71"; elsewhere it is a table's)
        if (sentence.index !== 0) return false;
        break;
      case 'lower':
        // "of", "in", "and" stay in lower case in title case; any other word means prose
        if (!SMALL_WORDS.has(token.lower)) return false;
        break;
      case 'punct':
        if (token.text === '(' || token.text === ')') return false;
        if (token.text === ',' && ++commas > MAX_COMMAS) return false;
        break;
      case 'title':
        capitalized++;
        // ("Arrest", "Rejects": prose writes neither with a capital after its first word; "By" or
        // "And" in a byline or a line of names does not count)
        if (capitalized > 1 && !FUNCTION_WORDS.has(token.lower) && !SMALL_WORDS.has(token.lower) && isOrdinaryWord(token)) ordinary++;
        break;
      default:
        capitalized++;
    }
  }
  return capitalized >= MIN_CAPITALIZED && ordinary >= MIN_ORDINARY;
}
