// A body's branch or subsidiary named by the body and the country or region it serves: "Halvard
// China", "Greenpeace Southeast Asia", "Velmor Australia". In running text a known organization
// right before a country's or a region's name, with nothing between them, is one name: prose puts a
// preposition or a comma between a body and a place it only mentions ("Halvard in China"). Not in a
// headline in capitals or title case, where words run on without their small words, and not before a
// noun the two only describe ("the Halvard China mission").

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { isNounAfter, sentenceOf } from './candidates';
import { phraseFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/** the organization must be known by its own words: a list, a head noun, a legal form; not a guess from context */
const BODY_RULES = new Set(['organization.gazetteer', 'organization.head-noun', 'organization.legal-suffix', 'organization.ampersand']);
/** nouns after a branch's name that are the branch: "Halvard China division" */
const BRANCH_NOUNS = new Set(['division', 'unit', 'subsidiary', 'arm', 'affiliate', 'branch', 'operations']);
/** above either part's, so the branch's name wins the overlap */
const BRANCH_STRENGTH = 0.9;

export function recognizeOrganizationBranches(doc: Doc): Mention[] {
  const placesByStart = new Map<number, Mention>();
  for (const m of doc.annotations) if (m.type === 'place') placesByStart.set(m.tokenStart, m);
  if (placesByStart.size === 0) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  for (const body of doc.annotations) {
    if (body.type !== 'organization' || !BODY_RULES.has(body.rule)) continue;
    const place = placesByStart.get(body.tokenEnd);
    if (!place) continue;
    const first = tokens[place.tokenStart];
    // one space between them, on one line, in one sentence of running text
    if (first.start !== tokens[body.tokenEnd - 1].end + 1 || first.lineStart || first.sentence !== tokens[body.tokenStart].sentence) continue;
    const sentence = sentenceOf(doc, body.tokenStart);
    if (!sentence || sentence.allCaps || sentence.titleCase) continue;
    if (!(phraseFlags(doc, place.tokenStart, place.tokenEnd) & (FLAGS.country | FLAGS.region))) continue;
    // ("the Halvard Chechnya mission", "the Velmor U.K. firm": both describe the noun after them;
    // but "Halvard's North America division" is the branch's)
    const after = tokens[place.tokenEnd];
    if (isNounAfter(doc, place.tokenEnd, first.sentence) && !BRANCH_NOUNS.has(after.lower)) continue;
    found.push(mentionFromTokens(doc, 'organization', body.tokenStart, place.tokenEnd, 'organization.branch', BRANCH_STRENGTH));
  }
  return found;
}
