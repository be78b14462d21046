// "the Lena Vorrik", "the Tamsin Marsh": a person's name is seldom written after "the", unless it
// modifies a noun after it ("the Dana Orrel scandal", "the Tom Vesk novel"). A name guessed a person's
// from its first word alone, after a lower-case "the" and before no noun, is more likely a place,
// a building or a group: the guess is dropped there and another rule's type, if any, wins.

import { Doc, Mention } from '../../model';
import { isNounAfter } from '../recognize/candidates';

/** Person rules that type a name by its shape only: a known first name before words no list knows as a place or a body */
const SHAPE_ONLY_RULES = new Set(['person.given-name']);

export function withoutArticlePersons(doc: Doc, annotations: Mention[]): Mention[] {
  return annotations.some((m) => isArticlePerson(doc, m)) ? annotations.filter((m) => !isArticlePerson(doc, m)) : annotations;
}

/** A person by shape alone after a lower-case "the" in its sentence, before no lower-case noun nor "and" */
function isArticlePerson(doc: Doc, m: Mention): boolean {
  if (m.type !== 'person' || !SHAPE_ONLY_RULES.has(m.rule)) return false;
  const before = doc.tokens[m.tokenStart - 1];
  const sentence = doc.tokens[m.tokenStart].sentence;
  if (before === undefined || before.text !== 'the' || before.sentence !== sentence) return false;
  // (nor before "and", where a second name may bring the noun: "the Dana Orrel and Tom Vesk cases")
  const next = doc.tokens[m.tokenEnd];
  return !isNounAfter(doc, m.tokenEnd, sentence) && !(next?.sentence === sentence && (next.text === 'and' || next.text === 'or'));
}
