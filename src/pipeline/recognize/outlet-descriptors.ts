// Outlets named after a lower-case word that says what they are: "the Tarnby daily Velkor Bode",
// "the rival monthly Vent Clair", "the news agency Tarvik Haber", "the Turkish station Radyo
// Kessel", "the regional weekly The Harnow Beacon", "the English-language Evening Lantern". The
// capitalized run right after the outlet's noun is its name, whatever its words look like (a
// person's, "the daily Dana Morning Star"; a place's, "the weekly Kessmoor Leader"; another
// language's, "Qanat al-Tarif"), and a capitalized "The" opening it is the masthead's. The noun
// needs a determiner a few words before it ("the", "a", "its", "Velkor's"): "published weekly"
// and "meets daily" are adverbs. Not a weekday or a month alone ("the paper Monday"), not a title
// ("the station Manager"), not a clause's subject ("the paper Dana Vell edited"), nor a phrase
// modifying a noun after it ("a daily Tarnby ritual").

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { isNounAfter } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/** lower-case nouns an outlet's name follows: "the daily X", "the news portal X" */
const OUTLET_NOUNS = new Set([
  'daily', 'weekly', 'monthly', 'fortnightly', 'biweekly', 'bimonthly', 'quarterly', 'broadsheet', 'tabloid',
  'newspaper', 'paper', 'magazine', 'newsmagazine', 'newsweekly', 'portal', 'broadcaster', 'website', 'newswire',
]);
/**
 * nouns that name outlets only after "news", "television", "radio", ...: "the news agency X", "the
 * television channel X" (not "network": "the television network X" names a network's programme
 * or its owner as often, and scored worse on conll2003-dev)
 */
const OUTLET_NOUNS_AFTER_MEDIA = new Set(['agency', 'channel', 'station', 'site', 'service']);
const MEDIA_WORDS = new Set(['news', 'television', 'tv', 'radio', 'cable', 'satellite', 'broadcast', 'wire', 'press', 'music', 'sports', 'sport', 'talk', 'online', 'web']);
/** words that open the determiner's phrase: "the", "a", "its" */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'whose', 'this', 'that', "'s"]);
/** words of reporting after the name: "the daily X reported" (other "-ed" words open a clause: "the paper X edited") */
const REPORTING = new Set(['reported', 'quoted', 'headlined', 'claimed', 'alleged', 'added', 'noted', 'cited', 'described', 'called', 'published', 'printed', 'carried', 'revealed', 'disclosed']);
/** a clause's verbs after a person's name: "the paper Dana Vell owns" */
const CLAUSE_VERBS = new Set(['owns', 'runs', 'edits', 'founded', 'joined', 'left', 'wrote', 'writes', 'bought', 'sold', 'started', 'launched', 'works', 'worked', 'edited', 'ran', 'owned', 'built', 'set', 'leads', 'led', 'heads', 'headed']);
/** small words of other languages inside a masthead: "Sol del Norte", "Qanat al-Tarif" */
const SMALL_WORDS = new Set(['de', 'del', 'della', 'delle', 'dei', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'van', 'von', 'der', 'den', 'do', 'da', 'dos', 'das', 'y', 'e', 'och', 'og', 'i', 'na', 'za']);
const ARABIC_ARTICLE = /^(?:al|el|as|ad|an|ar|at|ash|az)-\p{Lu}/u;
const MAX_NAME_WORDS = 5;
/** words a determiner may stand back from the outlet's noun: "the Tarnby-based English-language daily" */
const MAX_MODIFIERS = 3;

export function recognizeOutletDescriptors(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i < tokens.length - 1; i++) {
    const noun = tokens[i];
    if (noun.shape !== 'lower' && noun.shape !== 'title') continue;
    const next = tokens[i + 1];
    if (next.sentence !== noun.sentence || (next.shape !== 'title' && next.shape !== 'upper')) continue;
    if (!isOutletNoun(doc, i)) continue;
    // ("broadcaster" is a person's trade too: "the broadcaster Dana Vell", not before a first name)
    if (noun.lower === 'broadcaster' && tokenFlags(next) & FLAGS.given) continue;
    const end = nameEnd(doc, i + 1);
    if (end < 0) continue;
    found.push(mentionFromTokens(doc, 'organization', i + 1, end, 'organization.outlet-descriptor', 0.85));
    i = end - 1;
  }
  return found;
}

/** Is token i a lower-case outlet's noun with a determiner a few words before it? */
function isOutletNoun(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const noun = tokens[i];
  const lower = noun.lower;
  const language = lower.endsWith('-language');
  if (noun.shape !== 'lower' && !language) return false;
  if (!language && !OUTLET_NOUNS.has(lower) && !(OUTLET_NOUNS_AFTER_MEDIA.has(lower) && MEDIA_WORDS.has(tokens[i - 1].lower))) return false;
  for (let back = i - 1; back >= 0 && back >= i - 1 - MAX_MODIFIERS; back--) {
    const word = tokens[back];
    if (word.sentence !== noun.sentence) return false;
    // (a sentence's "The" before a paper's language: "The English-language Tarnby Courier reported")
    if (DETERMINERS.has(word.lower) && (word.shape !== 'title' || (language && back === i - 1))) return true;
    if (word.shape === 'punct' && word.text !== '-') return false;
  }
  return false;
}

/** The end of the outlet's name that opens at token start, or -1 */
function nameEnd(doc: Doc, start: number): number {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  let end = start;
  let words = 0;
  while (end < tokens.length && words < MAX_NAME_WORDS && tokens[end].sentence === sentence) {
    const token = tokens[end];
    if (token.shape === 'title' || token.shape === 'upper') {
      end++;
      words++;
      continue;
    }
    // "Qanat al-Tarif": an Arabic article joined to the next word
    if (end > start && ARABIC_ARTICLE.test(token.text)) {
      end++;
      words++;
      continue;
    }
    // "Sol del Norte": a small word of another language between capitals
    const after = tokens[end + 1];
    if (end > start && SMALL_WORDS.has(token.text) && after && after.sentence === sentence && after.shape === 'title') {
      end += 2;
      words += 2;
      continue;
    }
    break;
  }
  if (end === start) return -1;
  const first = tokens[start];
  const firstFlags = tokenFlags(first);
  // a lone "The", a title, a weekday or a month alone
  if (first.text === 'The' && end === start + 1) return -1;
  if (firstFlags & FLAGS.title && first.text !== 'The') return -1;
  if (end === start + 1 && firstFlags & (FLAGS.time | FLAGS.notName)) return -1;
  // a well-known person ("the magazine Dana Vell founded")
  if (phraseFlags(doc, start, end) & FLAGS.person) return -1;
  if (isClauseAfter(tokens[end], sentence)) return -1;
  if (isNounAfter(doc, end, sentence) && !tokens[end].lower.endsWith('ed')) return -1;
  // (nor a modifier joined to more: "a second daily Tarnby-Velmar flight", "the monthly Part B premium")
  const then = tokens[end];
  if (then && then.sentence === sentence && ((then.text === '-' && !then.spaceBefore) || then.shape === 'initial' || then.shape === 'number')) return -1;
  // (nor a place or a people alone: "two English-language Tarnland newspapers")
  if (end === start + 1 && phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.demonym)) return -1;
  return end;
}

/** Does the token after the name open a clause whose subject the name is ("the paper Dana Vell edited")? */
function isClauseAfter(token: Token | undefined, sentence: number): boolean {
  if (!token || token.sentence !== sentence || token.shape !== 'lower') return false;
  if (CLAUSE_VERBS.has(token.lower)) return true;
  return token.lower.endsWith('ed') && !REPORTING.has(token.lower);
}
