// A body's branch or subsidiary named by the body and the country or region it serves: "Halvard
// China", "Greenpeace Southeast Asia", "Velmor Australia". In running text a known organization
// right before a country's or a region's name, with nothing between them, is one name: prose puts a
// preposition or a comma between a body and a place it only mentions ("Halvard in China"). Not in a
// headline in capitals or title case, where words run on without their small words, and not before a
// noun the two only describe ("the Halvard China mission").

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { FUNCTION_WORDS, isNounAfter, sentenceOf } from './candidates';
import { isCapitalized, phraseFlags, tokenFlags } from './gazetteer';
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
  // "Evangelical Alliance Kenya said", "the Velmar Workers Federation Tarnland": a body's head noun
  // right before the country's name inside one run of capitals, where the run ends with the country,
  // is the body and its branch (the head-noun rule reads only the run's last word, here the place's)
  for (const place of placesByStart.values()) {
    const head = place.tokenStart - 1;
    const first = tokens[place.tokenStart];
    if (head < 1 || tokens[head].shape !== 'title' || !(tokenFlags(tokens[head]) & FLAGS.orgHead) || tokenFlags(tokens[head]) & PLACE_FLAGS) continue;
    if (first.start !== tokens[head].end + 1 || first.lineStart || first.sentence !== tokens[head].sentence || first.shape !== 'title') continue;
    // (not a town's region after a comma: "Ostermoor Clinic Rochester, Minn." is the body and its town)
    if (tokens[place.tokenEnd]?.text === ',') continue;
    if (!(phraseFlags(doc, place.tokenStart, place.tokenEnd) & (FLAGS.country | FLAGS.region))) continue;
    // (the run ends with the place: "the Velmar Farmers Union Tarnland Branch" is read by the head-noun rule)
    if (isCapitalized(tokens[place.tokenEnd]) && tokens[place.tokenEnd].sentence === first.sentence) continue;
    const sentence = sentenceOf(doc, head);
    if (!sentence || sentence.allCaps || sentence.titleCase) continue;
    const after = tokens[place.tokenEnd];
    if (isNounAfter(doc, place.tokenEnd, first.sentence) && !BRANCH_NOUNS.has(after.lower)) continue;
    // the body's own words before its head: capitalized, no small word of grammar, two words at least with the head
    let start = head;
    while (start > 0 && head - start < MAX_BODY_WORDS && tokens[start - 1].sentence === first.sentence && tokens[start - 1].shape === 'title' && !FUNCTION_WORDS.has(tokens[start - 1].lower) && !(tokenFlags(tokens[start - 1]) & FLAGS.title)) start--;
    if (start === head) continue;
    // (a body the head-noun rules already read whole, "Glassworkers Association Tasmania", keeps their reading)
    if (doc.annotations.some((m) => m.type === 'organization' && m.tokenStart <= start && m.tokenEnd >= place.tokenEnd)) continue;
    found.push(mentionFromTokens(doc, 'organization', start, place.tokenEnd, 'organization.branch', BRANCH_STRENGTH));
  }
  return found;
}

/** The most words of a body's name before its head noun ("Evangelical" before "Alliance") */
const MAX_BODY_WORDS = 4;
