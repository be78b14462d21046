// A name's other spelling, named as such: "Hasan Ozturk, spelled Öztürk by his paper", "Lalu Yadav,
// Laloo as the papers spell it", "Yilmaz-Arslan, or Yilmaz as his colleagues call him". News gives
// the second spelling of a transliterated name right after the first; the words say it is the same
// entity, so the spelling takes the type of the name just before it in the sentence, whatever the
// lists know of its words.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { NAME_PARTICLES, QUOTES, chunkText } from './candidates';
import { isCapitalized, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions, wordsOfPersons } from './mention';
import { isBodyNoun } from './company-context';

/** "spelled Öztürk", "also written Tchiller", "who some spell Paradon" */
const SPELLING_VERBS = new Set(['spelled', 'spelt', 'spell', 'spells', 'written', 'transliterated']);
/** "Laloo as the papers spell it", "Yilmaz as his colleagues call him" */
const NAMING_VERBS = new Set(['spell', 'spells', 'spelled', 'spelt', 'call', 'calls', 'called', 'write', 'writes']);
/** an Arabic name's article in lower case before its capital: "spelled al-Harby", "el-Sayed" */
const ARTICLE_AND_NAME = /^(?:al|el|ad|ar|as|at|an|ash|ul)-\p{Lu}/u;
/** the longest spelling read: "al-Harby", "Abdul Rahman al-Kabariti" */
const MAX_WORDS = 4;
/** how far after the spelling "as ... spell it" may end */
const MAX_AS_CLAUSE = 7;
/** the name before may stand this far back */
const MAX_BACK = 12;
/** the name before must be this sure (an unknown name's weak guess passes on as weak) */
const MIN_STRENGTH = 0.4;
const SURE = 0.6;
const STRENGTH = 0.8;

export function recognizeSpellingCues(doc: Doc): Mention[] {
  if (!MAY_HAVE_CUE.test(chunkText(doc))) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  // (from the first token: a story may open with 'Known to ... as "X," Name'; the cues below it
  // read the token before)
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i];
    // 'Ondrich James ("Tumbo")': a nickname in quotes and brackets right after a person's name
    if (token.text === '(') {
      const nick = bracketedNickname(doc, i);
      if (nick) found.push(mentionFromTokens(doc, 'person', nick[0], nick[1], 'person.nickname', STRENGTH));
      continue;
    }
    // 'Known to generations of dockers as "Dada Orvik," Velani was born ...': a nickname in quotes
    // opening the sentence, before the person's name
    if (token.lower === 'known' && token.shape === 'title' && opensItsSentence(doc, i)) {
      const nick = nicknameAfterKnown(doc, i);
      const end = nick >= 0 ? quotedNameEnd(doc, nick) : -1;
      if (end > nick && personStartsAt(doc, afterQuotedComma(doc, end))) found.push(mentionFromTokens(doc, 'person', nick, end, 'person.nickname', STRENGTH));
      continue;
    }
    if (i === 0 || token.shape !== 'lower') continue;
    let start = -1;
    // "spelled Öztürk", "who some here spell Paradon"
    if (SPELLING_VERBS.has(token.lower) && (isCapitalized(tokens[i + 1]) || ARTICLE_AND_NAME.test(tokens[i + 1].text))) start = i + 1;
    // 'Tiago Velaz, 51, known as "El Tarvo"', 'known to fans as "Zito"': a nickname after the name
    else if (token.lower === 'known' && tokens[i - 1].text === ',') start = nicknameAfterKnown(doc, i);
    // "his teammate, who was known as Pellucci", "the left winger known throughout Velmar as Zito":
    // "known as" after "who" or a person's calling names a person
    else if (token.lower === 'known' && saysPersonBefore(doc, i)) {
      const nick = nicknameAfterKnown(doc, i);
      if (nick < 0) continue;
      const end = nameEnd(doc, nick, token.sentence);
      if (end > nick && !(tokenFlags(tokens[nick]) & FLAGS.title)) found.push(mentionFromTokens(doc, 'person', nick, end, 'person.nickname', NAME_CUE_STRENGTH));
      continue;
    }
    // "or Yilmaz as his colleagues call him", ", Laloo as the papers spell it"
    else if (token.lower === 'as' && isCapitalized(tokens[i - 1]) && namingClauseAfter(doc, i)) {
      start = i - 1;
      while (start > 0 && isCapitalized(tokens[start - 1]) && tokens[start - 1].sentence === token.sentence && i - start < MAX_WORDS) start--;
      const before = tokens[start - 1];
      if (!before || (before.text !== ',' && before.lower !== 'or')) continue;
    }
    // 'under the pen name "Sondar"', "who goes by Kesto", "Friends called her Orlisa": words that say a
    // person is called so, whatever name stands before
    else {
      const named = nameAfterPersonCue(doc, i);
      if (named >= 0) {
        const end = nameEnd(doc, named, token.sentence);
        if (end > named) found.push(mentionFromTokens(doc, 'person', named, end, 'person.name-cue', NAME_CUE_STRENGTH));
        continue;
      }
    }
    if (start < 0 || tokens[start].sentence !== token.sentence) continue;
    let end = start + 1;
    if (start > i) while (end < tokens.length && end - start < MAX_WORDS && (isCapitalized(tokens[end]) || isParticleInName(doc, end)) && tokens[end].sentence === token.sentence) end++;
    else end = i;
    // (a nickname takes the type of the name right before its comma: "Ana Ruiz, 46, known as", not of
    // a place further back, "The Lisbon-based group, known as Cenvar")
    const before = token.lower === 'known' ? nameRightBefore(doc, i - 1) : nameBefore(doc, start);
    if (!before) continue;
    found.push(mentionFromTokens(doc, before.type, start, end, `${before.type}.spelling`, before.strength >= SURE ? STRENGTH : before.strength + 0.05));
  }
  return found;
}

/**
 * A cheap first look for the cues' words, in one pass of one pattern: a spelling verb, or a naming
 * verb with its pronoun ("call him", "spell it"); "called" and "writer" alone are in most stories.
 */
const MAY_HAVE_CUE = /spel|written|transliter|(?:call|calls|called|write|writes)\s+(?:it|him|her|them)\b|[Kk]nown\s+(?:as|to|throughout|across|among|around|simply)\b|\(["“]|(?:pen|stage)\s+name|goes\s+by|(?:records|performs)\s+as|gave\s+(?:his|her|only)\b/;

/** as sure as a first name's reading, above a place's or a word's guess */
const NAME_CUE_STRENGTH = 0.75;
/** "pen name", "stage name": a person's name follows (not "first name", where the story often goes on
 * to the name as a word of another thing: "his first name Orlisa ... the new Orlisa style") */
const NAME_KINDS = new Set(['pen', 'stage']);
/** "goes by", "records as", "performs as": a person's name follows */
const GOES_BY = new Map([['goes', 'by'], ['records', 'as'], ['performs', 'as']]);

/**
 * Where a person's name starts after words that say someone is called so (after an opening quote),
 * or -1: 'under the pen name "Sondar"', "his stage name, Kesto", "who goes by Kesto", "who records as
 * Vezza", "gave his name only as Tarik", "Friends called her Orlisa" (the name capitalized, in the sentence).
 */
function nameAfterPersonCue(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  const token = tokens[i];
  let at = -1;
  // "pen name", "stage name", then "," or "of" ("the pen name of Sondar")
  if (token.lower === 'name' && NAME_KINDS.has(tokens[i - 1].lower) && tokens[i - 1].sentence === token.sentence) {
    at = i + 1;
    if (tokens[at]?.text === ',' || tokens[at]?.lower === 'of') at++;
  } else if (GOES_BY.get(token.lower) === tokens[i + 1]?.lower) at = i + 2;
  // "gave his name as", "gave her name only as"
  else if (token.lower === 'gave' && (tokens[i + 1]?.lower === 'his' || tokens[i + 1]?.lower === 'her') && tokens[i + 2]?.lower === 'name') {
    at = i + 3;
    if (tokens[at]?.lower === 'only') at++;
    if (tokens[at]?.lower !== 'as') return -1;
    at++;
  }
  // "Friends called her Orlisa" (not a title or a word: "called him Mr. Orlisa" is read elsewhere)
  else if ((token.lower === 'called' || token.lower === 'call' || token.lower === 'calls') && (tokens[i + 1]?.lower === 'him' || tokens[i + 1]?.lower === 'her')) at = i + 2;
  if (at < 0 || !tokens[at]) return -1;
  const quoted = QUOTES.has(tokens[at].text);
  if (quoted) at++;
  const first = tokens[at];
  // (a word in quotes that closes right after is the name, word or not: 'called him "Kesso."')
  const common = quoted && quotedNameEnd(doc, at) > at ? 0 : FLAGS.common;
  if (!first || first.sentence !== token.sentence || first.shape !== 'title' || tokenFlags(first) & (FLAGS.title | common)) return -1;
  return at;
}

/** Where a run of capitalized words from `start` ends, at most MAX_WORDS long, in the sentence */
function nameEnd(doc: Doc, start: number, sentence: number): number {
  const tokens = doc.tokens;
  let end = start;
  while (end < tokens.length && end - start < MAX_WORDS && tokens[end].sentence === sentence && (isCapitalized(tokens[end]) || (end > start && isParticleInName(doc, end)))) end++;
  return end;
}

/** How many words "known to ... as" may name who calls someone so ("known to his team-mates as") */
const MAX_KNOWN_TO = 6;
/** "known to ...", "known throughout ...", "known among ..." before "as" */
const KNOWN_WHERE = new Set(['to', 'throughout', 'across', 'among', 'around']);
/** "who was known as", "who is also known as": lower-case words between "who" and "known" */
const WHO_KNOWN_GAP = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'became', 'had', 'has', 'also', 'later', 'widely', 'affectionately', 'universally', 'better', 'still']);

/** "who was known", "the left winger known": words before "known" that say a person is meant */
function saysPersonBefore(doc: Doc, known: number): boolean {
  const tokens = doc.tokens;
  let i = known - 1;
  while (i > known - 4 && i > 0 && WHO_KNOWN_GAP.has(tokens[i].lower)) i--;
  if (tokens[i].lower === 'who') return true;
  // "known to her pupils as": the pronoun says a person is known so
  if (tokens[known + 1]?.lower === 'to' && (tokens[known + 2]?.lower === 'his' || tokens[known + 2]?.lower === 'her')) return true;
  // a calling in lower case right before, after "the" or an adjective ("the left winger known")
  return i === known - 1 && tokens[i].shape === 'lower' && (tokenFlags(tokens[i]) & FLAGS.title) !== 0 && tokens[i - 1]?.shape === 'lower';
}

/** 'Dada Orvik," Name' or '"Dada Orvik", Name': where the name after the quoted nickname and its comma starts, or -1 */
function afterQuotedComma(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  let at = end;
  const comma = tokens[at]?.text === ',';
  if (comma) at++;
  if (!tokens[at] || !(QUOTES.has(tokens[at].text) || tokens[at].text === '”')) return -1;
  at++;
  if (!comma && tokens[at]?.text === ',') return at + 1;
  return comma ? at : -1;
}

/** The sentence's first word (after an opening quote) */
function opensItsSentence(doc: Doc, i: number): boolean {
  const before = doc.tokens[i - 1];
  return !before || before.sentence !== doc.tokens[i].sentence;
}

/** A person's name the rules found opens at token `i` */
function personStartsAt(doc: Doc, i: number): boolean {
  if (i < 0) return false;
  const token = doc.tokens[i];
  if (!token || !isCapitalized(token)) return false;
  // (or a word no list knows as a word, a place or a body: "Velani was born")
  if (!(tokenFlags(token) & (FLAGS.common | FLAGS.title | PLACE_FLAGS | FLAGS.organization)) && doc.tokens[i + 1]?.shape === 'lower') return true;
  return doc.annotations.some((m) => m.type === 'person' && m.tokenStart === i && m.strength >= MIN_STRENGTH);
}

/** The end of 1-3 capitalized words in quotes from `start` (the closing quote's index, a period or comma before it allowed), or -1 */
function quotedNameEnd(doc: Doc, start: number): number {
  const tokens = doc.tokens;
  if (!tokens[start - 1] || !QUOTES.has(tokens[start - 1].text)) return -1;
  let end = start;
  while (end < tokens.length && end - start < 3 && (isCapitalized(tokens[end]) || (end > start && isParticleInName(doc, end))) && tokens[end].sentence === tokens[start].sentence) end++;
  if (end === start) return -1;
  const close = tokens[end]?.text === ',' || tokens[end]?.text === '.' ? end + 1 : end;
  return tokens[close] && (QUOTES.has(tokens[close].text) || tokens[close].text === '”') ? end : -1;
}

/** 'James ("Tumbo")': the nickname's span when a person's name ends right before the bracket */
function bracketedNickname(doc: Doc, open: number): [number, number] | null {
  const tokens = doc.tokens;
  if (!tokens[open + 1] || !QUOTES.has(tokens[open + 1].text)) return null;
  const start = open + 2;
  const end = quotedNameEnd(doc, start);
  if (end < 0 || tokens[end].text === ',' || tokens[end].text === '.' || tokens[end + 1]?.text !== ')') return null;
  // (not inside the name: 'Judge Tarvo ("Iron Tarvo") Kessel')
  if (tokens[end + 2] && tokens[end + 2].sentence === tokens[open].sentence && isCapitalized(tokens[end + 2])) return null;
  if (tokenFlags(tokens[start]) & FLAGS.title) return null;
  return doc.annotations.some((m) => m.type === 'person' && m.tokenEnd === open && m.strength >= MIN_STRENGTH) ? [start, end] : null;
}

/** Where the name after ", known as" or ", known to fans as" starts (after an opening quote), or -1 */
function nicknameAfterKnown(doc: Doc, known: number): number {
  const tokens = doc.tokens;
  let i = known + 1;
  // "known to fans", "known throughout Velmar", "known among his pupils" (a place's name may stand there)
  if (KNOWN_WHERE.has(tokens[i]?.lower ?? '')) {
    const to = i;
    while (i < to + MAX_KNOWN_TO && tokens[i] && tokens[i].lower !== 'as' && tokens[i].lower !== 'simply' && (tokens[i].shape === 'lower' || (i > to && isCapitalized(tokens[i])))) i++;
  }
  // "known to her pupils simply as"
  if (tokens[i]?.lower === 'simply') i++;
  if (tokens[i]?.lower !== 'as') return -1;
  i++;
  if (tokens[i] && QUOTES.has(tokens[i].text)) i++;
  return tokens[i] && tokens[i].sentence === tokens[known].sentence && isCapitalized(tokens[i]) ? i : -1;
}

/** A name's small word between capitals: "de" of "Chico de Souza", "do" of "Zito do Vale" (a Portuguese nickname's "of the") */
function isParticleInName(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  return tokens[i].shape === 'lower' && (NAME_PARTICLES.has(tokens[i].lower) || tokens[i].lower === 'do') && tokens[i + 1] !== undefined && isCapitalized(tokens[i + 1]);
}

/** The name mention that ends at the comma at token `comma`, or before an age in commas (", 46,") */
function nameRightBefore(doc: Doc, comma: number): Pick<Mention, 'type' | 'strength'> | null {
  const tokens = doc.tokens;
  let end = comma;
  if (tokens[comma - 1]?.shape === 'number' && tokens[comma - 2]?.text === ',') end = comma - 2;
  let best: Mention | null = null;
  for (const m of doc.annotations) {
    if ((m.type !== 'person' && m.type !== 'place' && m.type !== 'organization') || m.tokenEnd !== end || m.strength < MIN_STRENGTH) continue;
    if (!best || m.strength > best.strength) best = m;
  }
  // ("the company, known as Celvamar": a body's noun names a body)
  if (!best && tokens[end - 1]?.shape === 'lower' && isBodyNoun(tokens[end - 1].lower)) return BODY_NAMED;
  return best;
}

/** what a body's noun before ", known as" passes on to the name */
const BODY_NAMED = { type: 'organization', strength: SURE } as const;

/** "as the papers here often spell it", "as his colleagues call him": a verb of naming and a pronoun within a few words */
function namingClauseAfter(doc: Doc, as: number): boolean {
  const tokens = doc.tokens;
  for (let j = as + 1; j < as + MAX_AS_CLAUSE && j + 1 < tokens.length && tokens[j].sentence === tokens[as].sentence; j++) {
    if (NAMING_VERBS.has(tokens[j].lower)) return /^(?:it|him|her|them)$/.test(tokens[j + 1].lower);
  }
  return false;
}

/** The name mention that ends last before token `start` in its sentence, a few tokens back, found surely */
function nameBefore(doc: Doc, start: number): Pick<Mention, 'type' | 'strength'> | null {
  const sentence = doc.tokens[start].sentence;
  let best: Mention | null = null;
  for (const m of doc.annotations) {
    if (m.type !== 'person' && m.type !== 'place' && m.type !== 'organization') continue;
    if (m.tokenEnd > start || m.tokenEnd < start - MAX_BACK || m.strength < MIN_STRENGTH || doc.tokens[m.tokenStart].sentence !== sentence) continue;
    if (!best || m.tokenEnd > best.tokenEnd || (m.tokenEnd === best.tokenEnd && m.strength > best.strength)) best = m;
  }
  // a capitalized word between is the name spelled, one no rule has found yet: the name found
  // before it is another's ("A Velkor source said Tamsin, written Tamzin in ..."), unless it is a
  // word of a person the story names ("Governor Pavel Shchelgin ... Shchelgin, spelled Schelgyov");
  // not a nationality or an ordinary word ("whose name Turkish papers spell Kervanlı")
  const from = best ? best.tokenEnd : Math.max(0, start - MAX_BACK);
  let personWords: Set<string> | null = null;
  for (let i = from; i < start; i++) {
    const token = doc.tokens[i];
    if (token.sentence !== sentence || !isCapitalized(token) || tokenFlags(token) & (FLAGS.demonym | FLAGS.common)) continue;
    personWords ??= wordsOfPersons(doc, doc.annotations.filter((m) => m.strength >= SURE));
    return personWords.has(token.lower) ? PERSON_IN_STORY : null;
  }
  return best;
}

/** what a word of a person named in the story passes on to its spelling */
const PERSON_IN_STORY = { type: 'person', strength: SURE } as const;
