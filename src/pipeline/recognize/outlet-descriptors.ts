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
import { commonSingular, isNounAfter } from './candidates';
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
    if (noun.shape === 'lower' && isPluralOutletNoun(doc, i)) {
      const end = pluralList(doc, i, found);
      if (end > 0) i = end - 1;
      continue;
    }
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

/** plural outlet nouns a list of outlets follows: "news sites, including X and Y", "cable networks X, Y and Z" */
const PLURAL_OUTLET_NOUNS = new Set(['newspapers', 'dailies', 'weeklies', 'monthlies', 'magazines', 'tabloids', 'broadcasters', 'websites', 'newswires']);
/** plurals that name outlets only after "news", "television", "radio", "media", ...: "satellite channels, including X" */
const PLURAL_NOUNS_AFTER_MEDIA = new Set(['agencies', 'channels', 'stations', 'sites', 'services', 'networks', 'outlets']);
/** words that open a list after the plural: "magazines such as X", "sites, including X" */
const LIST_OPENERS = new Set(['including', 'include', 'includes', 'included', 'like']);

/**
 * plurals of bodies no person is called by, whose list is read as the outlets' ("airlines Velkor
 * Air and Tarnjet", "the transport unions X, Y and Z", "clubs like X or Y")
 */
const PLURAL_BODY_NOUNS = new Set([
  'airlines', 'carriers', 'companies', 'banks', 'unions', 'insurers', 'lenders', 'automakers', 'carmakers', 'conglomerates',
  'firms', 'brokerages', 'retailers', 'utilities', 'groups', 'clubs', 'supermarkets', 'chains', 'publishers',
]);

function isPluralOutletNoun(doc: Doc, i: number): boolean {
  const lower = doc.tokens[i].lower;
  if (PLURAL_OUTLET_NOUNS.has(lower) || PLURAL_BODY_NOUNS.has(lower)) return true;
  if (!PLURAL_NOUNS_AFTER_MEDIA.has(lower)) return false;
  const before = doc.tokens[i - 1].lower;
  return MEDIA_WORDS.has(before) || before === 'media';
}

/**
 * The outlets a plural outlet's noun lists: after "including", "such as" or "like" one or more
 * ("Arab satellite channels, including Qanat al-Tarif"), right after the noun or its comma two or
 * more joined by "and" or "or" ("cable networks Velk TV, Orla One and Tarn Music"; not "in
 * newspapers, Dana Vell said"). Pushes them and returns where the list ends, or -1.
 */
function pluralList(doc: Doc, i: number, found: Mention[]): number {
  const tokens = doc.tokens;
  const sentence = tokens[i].sentence;
  const at = (j: number): Token | undefined => (tokens[j] && tokens[j].sentence === sentence ? tokens[j] : undefined);
  let j = i + 1;
  // (after a body's plural and a comma, only an opener starts its list: "the chairmen of the two
  // firms, Ivo Brandt and Dana Vell" names the chairmen)
  const comma = at(j)?.text === ',';
  if (comma) j++;
  if (comma && PLURAL_BODY_NOUNS.has(tokens[i].lower) && !(at(j) && LIST_OPENERS.has(at(j)!.lower)) && !(at(j)?.lower === 'such' && at(j + 1)?.lower === 'as')) return -1;
  let opened = false;
  if (at(j) && LIST_OPENERS.has(at(j)!.lower)) {
    opened = true;
    j++;
  } else if (at(j)?.lower === 'such' && at(j + 1)?.lower === 'as') {
    opened = true;
    j += 2;
  }
  const items: Array<[number, number]> = [];
  /** was the item before joined by "and" or "or" alone, no comma? */
  let bareAnd = false;
  for (;;) {
    let k = j;
    if (at(k)?.text === 'the') {
      k++;
      // ("including the popular X")
      if (items.length === 0 && opened && at(k)?.shape === 'lower' && (at(k + 1)?.shape === 'title' || at(k + 1)?.shape === 'upper')) k++;
    }
    const first = at(k);
    if (!first || (first.shape !== 'title' && first.shape !== 'upper') || first.text === 'I') break;
    const end = nameEnd(doc, k);
    if (end < 0) break;
    // (a name that runs on past a small word is not read whole: "Nick at Nite", "Velk Bureau of Tarnland")
    const after = at(end);
    if (after && after.shape === 'lower' && after.lower !== 'and' && after.lower !== 'or' && (at(end + 1)?.shape === 'title' || at(end + 1)?.shape === 'upper')) break;
    // (nor a common word's plural alone, the end of a name holding "and", whose first part is no item either: "Velmar Homes and Gardens")
    if (end === k + 1 && commonSingular(first.lower) !== null) {
      if (bareAnd) items.pop();
      break;
    }
    items.push([k, end]);
    // the separator before the next item: ",", ", and", "and", "or"
    let n = end;
    if (at(n)?.text === ',') n++;
    const and = at(n)?.lower === 'and' || at(n)?.lower === 'or';
    if (and) n++;
    if (n === end) break;
    const next = at(n)?.text === 'the' ? at(n + 1) : at(n);
    if (!next || (next.shape !== 'title' && next.shape !== 'upper')) break;
    bareAnd = and && n === end + 1;
    j = n;
  }
  if (items.length === 0) return -1;
  // (without its opener, a list of two or more whose last item "and" or "or" joins: not "sites,
  // Velk Post, Dana Vell said")
  if (!opened && !lastJoined(doc, items)) return -1;
  // (a body's plural says less than an outlet's: the company wording of company-context.ts, 0.7, goes first)
  const strength = PLURAL_BODY_NOUNS.has(tokens[i].lower) ? 0.68 : 0.8;
  for (const [start, end] of items) found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.outlet-list', strength));
  return items[items.length - 1][1];
}

/** Is the last item of a list joined by "and" or "or" to the one before it? */
function lastJoined(doc: Doc, items: Array<[number, number]>): boolean {
  const [start] = items[items.length - 1];
  const before = doc.tokens[start - 1]?.lower === 'the' ? doc.tokens[start - 2] : doc.tokens[start - 1];
  return before?.lower === 'and' || before?.lower === 'or';
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
