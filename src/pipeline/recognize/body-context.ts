// Bodies no list knows, told by the words around one of their mentions (company-context.ts does
// this for firms): a news outlet someone "told" ("Ivo Brenn told Tarvex by telephone."), a body
// by its people after its name ("Velkor sources said", "a Velkor official", "Velkor coach Ivo
// Brenn", "Velkor chief executive Ivo Brenn"), a club after the plural noun of clubs ("league champions Velkor"), the outlet of a
// reporter's sign-off ("Dana Kerr, KVX, Jerusalem."), an outlet by its noun before its verb
// ("Velkor daily said"). One such phrase types every mention of the name
// in the story, as company-context.ts does; a name of the story's persons keeps its person.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { Candidate, chunkText, looksLikePeopleOrCreed, nameCandidates, tokenInSentence } from './candidates';
import { phraseFlags, phraseKey, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions, standingPersons, wordsOfPersons } from './mention';
import { WordMap } from '../../lexicon/word-map';

/** What the name must not be known as: a place, a person's name, a title, a time, an ordinary word */
const NOT_BODY = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.person | FLAGS.given | FLAGS.surname | FLAGS.common;
/** What closes the clause after "told X": a mark or a word that opens an adjunct ("told Tarvex on Monday", "told Tarvex that") */
const AFTER_TOLD = new Set([
  '.', ',', ':', ';', '?', '!', ')', '"', '”', "''", '--', '—', 'by', 'in', 'on', 'that', 'after', 'before', 'during', 'last', 'this', 'from', 'at', 'late', 'earlier', 'when', 'while', 'yesterday', 'today',
]);
/**
 * A body's people after its name: "Velkor sources said", "a Velkor official", "Velkor coach Ivo
 * Brenn" (company-context.ts reads the firm's: "Velkor executives", "a Velkor spokesman")
 */
const PEOPLE_AFTER = new Set([
  'sources', 'official', 'aide',
  // (a playing position before a player's name is sports.ts's, with its guards: "Velkanian striker", "Test batsman")
  'player', 'starter', 'reliever', 'coach',
]);
/** An outlet's reporter, a movement's or a party's people after its name: "a Velkor correspondent", "Velkor rebels", "his Velkor party" (not a people's: "Tarvanian rebels") */
const MEMBERS_AFTER = new Set(['correspondent', 'rebels', 'guerrillas', 'militia', 'fighters', 'forces', 'party', 'deputies']);
/** Plural nouns of clubs and firms right before the name: "league champions Velkor", "rivals Velkor" */
const CLUB_BEFORE = new Set(['champions', 'rivals']);
const OUTLET_NOUNS = new Set(['daily', 'weekly', 'newspaper', 'paper', 'magazine', 'agency', 'television', 'radio']);
const OUTLET_VERBS = new Set(['said', 'says', 'reported', 'reports', 'quoted', 'quotes', 'wrote', 'writes', 'added']);
const MAX_TOKENS = 3;
/**
 * A body's officers written in lower case after its name and before theirs: "Velkor chief executive
 * Ivo Brenn", "Velkor president Ivo Brenn". No person has a president or a chief executive; a
 * person's spokesman, aide or adviser is left out ("Vell spokesman Ivo Brenn"). (company-context.ts
 * reads "X president Y" too, first, with its own guards; a name it took keeps its rule here.)
 */
const OFFICERS_BEFORE_NAME = new Set(['chief', 'president', 'vice-president', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'leader', 'coordinator', 'secretary-general', 'founder', 'co-founder', 'head']);
/** The first words of two-word officers: "chief executive", "managing director", "vice president" */
const OFFICER_PAIRS = new Map([
  ['chief', new Set(['executive', 'operating', 'financial'])],
  ['managing', new Set(['director', 'partner'])],
  ['general', new Set(['manager', 'secretary'])],
  ['vice', new Set(['president', 'chairman'])],
  ['executive', new Set(['director', 'chairman'])],
]);
/** above a first name's 0.8: "Jolanta Varnet chief executive Ivo Brenn" names a firm after its founder */
const OFFICERS_BODY_STRENGTH = 0.85;
/** What a pollster makes: "a poll by X", "a X survey" */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** before "X poll": "a Velkor poll", "the latest Velkor survey" (not "in Velkor polls", where it may be a place's) */
const POLL_DETERMINERS = new Set(['a', 'an', 'the', 'latest', 'new']);

/** Officers' titles a body has and a place has not, written before the officer's name: "Velkor Secretary General Ivo Brenn" */
const OFFICER_TITLES = WordMap.of(['secretary', 'secretary-general', 'speaker', 'chairman', 'chairwoman', 'commissioner', 'president', 'director']);

/** Officers' titles no country has: a people's adjective before them still names a body ("Velkanist Secretary General") */
const OFFICER_TITLES_OF_BODIES_ONLY = new Set(['secretary', 'secretary-general', 'speaker', 'chairman', 'chairwoman', 'commissioner']);

export function recognizeBodiesByContext(doc: Doc): Mention[] {
  const officers = bodiesBeforeOfficers(doc);
  const named = namedByContext(doc);
  return officers.length ? named.concat(officers) : named;
}

/**
 * "Velkor Secretary General Ivo Brenn", "Skuke Speaker Thomas Vubahal": one to three capitalized
 * words no list knows before an officer's title and a capitalized name are the officer's body (a
 * known place or department there is read by the rules that know it: "Defense Secretary X")
 */
function bodiesBeforeOfficers(doc: Doc): Mention[] {
  const found = newMentions();
  // (most stories have none of the titles: four searches cost less than a look at every token)
  const text = chunkText(doc);
  if (!text.includes('Secretary') && !text.includes('Speaker') && !text.includes('Chair') && !text.includes('Commissioner') && !text.includes('President') && !text.includes('Director')) return found;
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const title = tokens[i];
    // (a WordMap's miss costs no hashing: every capitalized token is asked)
    if (title.shape !== 'title' || OFFICER_TITLES.get(title.lower) === undefined || !(tokenFlags(title) & FLAGS.title)) continue;
    const name = tokens[i + 1];
    if (name.sentence !== title.sentence || (name.shape !== 'title' && name.shape !== 'initial')) continue;
    let start = i;
    while (start > i - MAX_TOKENS && start > 0) {
      const token = tokens[start - 1];
      if (token.sentence !== title.sentence || token.shape !== 'title' || tokenFlags(token) & (NOT_BODY | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.organization)) break;
      start--;
    }
    if (start === i) continue;
    // (a people's adjective no list knows is the country's: "Tarvanian President Ivo Brenn")
    if (start === i - 1 && looksLikePeopleOrCreed(tokens[start].lower) && !OFFICER_TITLES_OF_BODIES_ONLY.has(title.lower)) continue;
    // the run must begin the capitals: "said Skuke Speaker", not "Dana Skuke Speaker"
    const before = tokens[start - 1];
    if (before && before.sentence === title.sentence && (before.shape === 'title' || before.shape === 'upper')) continue;
    if (overlapsNameFound(doc, start, i)) continue;
    found.push(mentionFromTokens(doc, 'organization', start, i, 'organization.body-context', 0.7));
  }
  return found;
}

/**
 * Does a mention other than a date overlap tokens [start, end)? (A function of its own, not a
 * closure in the loop above: a closure reading the loop's variables made V8 allocate a context
 * for every token.)
 */
function overlapsNameFound(doc: Doc, start: number, end: number): boolean {
  for (const m of doc.annotations) if (m.tokenStart < end && m.tokenEnd > start && m.type !== 'date') return true;
  return false;
}

function namedByContext(doc: Doc): Mention[] {
  let bodies: Set<string> | null = null;
  // (issue 13: names before their officers, which may hold a first name or an ordinary word: "Jolanta
  // Varnet president Ivo Brenn")
  let officered: Set<string> | null = null;
  // (the words around first: few candidates have them, and the name's own flags cost a trie walk)
  for (const c of nameCandidates(doc)) {
    if (c.end - c.start > MAX_TOKENS || c.allCaps || c.weakStart) continue;
    // (a name company-context.ts already took by the same wording keeps its rule: "Dravona chairman X")
    if (officerAfter(doc, c.end) && mayNameOfficersBody(doc, c) && !isOrganizationFound(doc, c.start, c.end)) {
      (officered ??= new Set()).add(phraseKey(doc, c.start, c.end));
      (bodies ??= new Set()).add(phraseKey(doc, c.start, c.end));
      continue;
    }
    if (!saysBody(doc, c.start, c.end) || !mayNameBody(doc, c)) continue;
    (bodies ??= new Set()).add(phraseKey(doc, c.start, c.end));
  }
  if (bodies === null) return [];
  // a word of a person's name found in the story is that person ("Ivo Brenn ... told Brenn.")
  for (const word of wordsOfPersons(doc, standingPersons(doc, 0.6))) bodies.delete(word);
  if (bodies.size === 0) return [];
  const found = newMentions();
  for (const c of nameCandidates(doc)) {
    const key = phraseKey(doc, c.start, c.end);
    if (!bodies.has(key)) continue;
    if (officered?.has(key)) {
      if (mayNameOfficersBody(doc, c)) found.push(mentionFromTokens(doc, 'organization', c.start, c.end, 'organization.body-context', OFFICERS_BODY_STRENGTH));
    } else if (mayNameBody(doc, c)) found.push(mentionFromTokens(doc, 'organization', c.start, c.end, 'organization.body-context', 0.7));
  }
  return found;
}

/** Right after a name ending before token `end`: a body's officer in lower case, then a capitalized name ("chief executive Ivo Brenn")? */
function officerAfter(doc: Doc, end: number): boolean {
  const first = doc.tokens[end];
  if (first === undefined || first.shape !== 'lower') return false;
  const sentence = first.sentence;
  let nameAt = -1;
  const second = OFFICER_PAIRS.get(first.lower);
  if (second !== undefined && second.has(tokenInSentence(doc, end + 1, sentence)?.lower ?? '')) nameAt = tokenInSentence(doc, end + 2, sentence)?.lower === 'officer' ? end + 3 : end + 2;
  else if (OFFICERS_BEFORE_NAME.has(first.lower)) nameAt = end + 1;
  if (nameAt < 0) return false;
  const name = tokenInSentence(doc, nameAt, sentence);
  return name !== undefined && (name.shape === 'title' || name.shape === 'initial');
}

/**
 * Can the name before an officer be a body's: not a place's, a people's or a title's ("Tarvanian
 * leader Ivo Brenn", "Ohio Republican leader"), nor two bodies ("House GOP leader"); one word no list knows, or two or three words, not
 * all ordinary ("Free Voters leader")
 */
function mayNameOfficersBody(doc: Doc, { start, end }: Candidate): boolean {
  if (phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.person)) return false;
  // (a movement or a faith has founders and leaders too, and is no body's name: "Velmism founder X")
  if (end - start === 1) return !(tokenFlags(doc.tokens[start]) & NOT_BODY) && !looksLikePeopleOrCreed(doc.tokens[start].lower) && !doc.tokens[start].lower.endsWith('ism');
  if (tokenFlags(doc.tokens[start]) & PLACE_FLAGS) return false;
  let ordinary = 0;
  for (let i = start; i < end; i++) {
    const flags = tokenFlags(doc.tokens[i]);
    // (nor a run of two bodies the lists know: "House GOP leader")
    if (flags & (FLAGS.demonym | FLAGS.title | FLAGS.organization | FLAGS.orgHead)) return false;
    if (flags & FLAGS.common) ordinary++;
  }
  return ordinary < end - start;
}

/** One to three words in running text, none known as a place, a person's name, a title or an ordinary word */
function mayNameBody(doc: Doc, { start, end, allCaps, weakStart }: Candidate): boolean {
  if (end - start > MAX_TOKENS || allCaps || weakStart) return false;
  if (phraseFlags(doc, start, end) & NOT_BODY) return false;
  for (let i = start; i < end; i++) if (tokenFlags(doc.tokens[i]) & (FLAGS.given | FLAGS.title | FLAGS.orgHead | FLAGS.legalSuffix)) return false;
  return end - start > 1 || !(tokenFlags(doc.tokens[start]) & NOT_BODY);
}

function saysBody(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const before = tokenInSentence(doc, start - 1, sentence);
  const next = tokenInSentence(doc, end, sentence);
  // "Ivo Brenn told Tarvex.", "told Tarvex by telephone": an outlet (a person told is a person of
  // the story, named before, or called by a title: "told Mr. Vell")
  if (before?.lower === 'told' && (next === undefined || AFTER_TOLD.has(next.lower))) return true;
  // "Velkor sources said"
  if (next !== undefined && next.shape === 'lower' && PEOPLE_AFTER.has(next.lower)) return true;
  // (not after a possessive, "the Wire's Dana Kresk reported", "Velkor's Harvest party", nor beside a known body, "Velkor Pentagon correspondent")
  // (the cheap tests of the next word first, the lists' flags and the annotations' scan last: few candidates reach them)
  // (where the descriptor rule of organizations.ts read it, "the Velkor rebels", it keeps it)
  if (next !== undefined && next.shape === 'lower' && MEMBERS_AFTER.has(next.lower) && !namesPeople(doc, start, end) && isOwnName(doc, before, start, end) && !isOrganizationFound(doc, start, end)) return true;
  // "Velkor quoted Ivo Brenn as saying", "Velkor reported", "Velkor has not verified the claims": an outlet's verbs
  if (next !== undefined && next.shape === 'lower' && outletVerb(doc, end, sentence) && isOwnName(doc, before, start, end)) return true;
  // "Velkor daily said", "the Velkor weekly reported": an outlet's noun between the name and its verb
  const after = tokenInSentence(doc, end + 1, sentence);
  if (next !== undefined && OUTLET_NOUNS.has(next.lower) && after !== undefined && OUTLET_VERBS.has(after.lower)) return true;
  // a reporter's sign-off: "Dana Kerr, Velkor, Jerusalem." (the outlet between the reporter and the town)
  if (before?.text === ',' && next?.text === ',' && signsOff(doc, start, end, sentence)) return true;
  // "a poll by Velkor Research", "a survey by Velkor", "a Velkor poll": who polls is a firm or an outlet
  if (before?.lower === 'by' && POLL_NOUNS.has(tokenInSentence(doc, start - 2, sentence)?.lower ?? '')) return true;
  // (not a people's survey, "the Japanese Tankan survey")
  if (next !== undefined && POLL_NOUNS.has(next.lower) && before !== undefined && POLL_DETERMINERS.has(before.lower) && !(tokenFlags(doc.tokens[start]) & (FLAGS.demonym | PLACE_FLAGS))) return true;
  // "league champions Velkor", "Lisbon rivals Velkor": a club, or a firm's competitor
  return before !== undefined && before.shape === 'lower' && CLUB_BEFORE.has(before.lower);
}

// (functions of their own rather than closures in saysBody: a closure over its variables made V8
// allocate a context at every call, and it is called for every candidate)
/** Not after a possessive ("the Wire's Dana Kresk") nor holding a word known as a body or a place ("Velkor Pentagon") */
function isOwnName(doc: Doc, before: Token | undefined, start: number, end: number): boolean {
  return before?.lower !== "'s" && before?.text !== "'" && !knownBodyWord(doc, start, end);
}

/** Did a rule find exactly [start, end) as an organization? */
function isOrganizationFound(doc: Doc, start: number, end: number): boolean {
  for (const m of doc.annotations) if (m.type === 'organization' && m.tokenStart === start && m.tokenEnd === end) return true;
  return false;
}

/** Could [start, end) be a people's or a creed's word, "Tarvanian", "ethnic-Velkan", or a compound, "U.S.-backed"? */
function namesPeople(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = doc.tokens[i];
    if (looksLikePeopleOrCreed(token.lower) || token.text.includes('-') || token.text.includes('.')) return true;
  }
  return false;
}

/** Does [start, end) hold a word the lists know as a body or a place ("Pentagon", "Tarnley")? */
function knownBodyWord(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (tokenFlags(doc.tokens[i]) & (FLAGS.organization | PLACE_FLAGS)) return true;
  return false;
}

/** At token i: "quoted" before a capitalized name or "as", "reported" closing the clause or before "that" or "on", "has not verified" */
function outletVerb(doc: Doc, i: number, sentence: number): boolean {
  const verb = doc.tokens[i].lower;
  const after = tokenInSentence(doc, i + 1, sentence);
  if (verb === 'quoted') return after !== undefined && (after.shape === 'title' || after.lower === 'as' || after.lower === 'the');
  if (verb === 'reported') return after === undefined || after.shape === 'punct' || after.lower === 'that' || after.lower === 'on';
  return verb === 'has' && after?.lower === 'not' && tokenInSentence(doc, i + 2, sentence)?.lower === 'verified';
}

/** "Dana Kerr, X, Jerusalem.": a person's name before the comma, a known place and the sentence's end after X */
function signsOff(doc: Doc, start: number, end: number, sentence: number): boolean {
  let i = end + 1;
  const place = tokenInSentence(doc, i, sentence);
  if (!place || !(tokenFlags(place) & PLACE_FLAGS)) return false;
  // (the persons last: a scan of the annotations, asked of every name between two commas)
  const reporterEnd = start - 1;
  if (!doc.annotations.some((m) => m.type === 'person' && m.strength >= 0.6 && m.tokenEnd === reporterEnd)) return false;
  while (tokenInSentence(doc, i, sentence)?.shape === 'title') i++;
  const last = tokenInSentence(doc, i, sentence);
  return last === undefined || last.text === '.';
}
