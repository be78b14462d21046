// Lists of names: in "Dunleavy, Marsh, Okafor, Brennan, Tully and Voss" every item is the same kind
// of thing. When most items of a comma list are already persons, the unknown one-word items are
// persons too (team sheets, line-ups, casualty lists); in a pair joined by "and", an untyped word
// beside a person is one too ("Dana Kresk and Orlov"); and an item listed with a firm
// ("Kestrix and Quorra", "Velmar Holdings Ltd, Orvana and Quorra", "Dressel & Brenn Inc., Korvane
// Casualty and Quellix") that no rule typed is a firm too; a list of places after "in" makes its untyped items places ("shops in Paris, Osk and
// Brevik"). Runs after the recognizers, before one-sense, reading their annotations.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { isCapitalized, isUnlisted, phraseFlags, tokenFlags } from '../recognize/gazetteer';
import { isOrdinaryWord, isNounAfter } from '../recognize/candidates';
import { looksLikeVerb } from '../../lexicon/word-tags';
import { NOT_TOWN_BEFORE_IN, PLACE_HEADS, PLACE_KINDS_PLURAL, afterPlaceParticle, hasTravelWordBefore, hasWordBefore, standsAloneElsewhere } from '../recognize/places';
import { mentionFromTokens, newMentions, wordsOfPersons } from '../recognize/mention';
import { ScratchBytes } from '../recognize/scratch';
import { isSportsStory } from '../recognize/sports';
import { SHAPE_ONLY_PERSON_RULES } from '../recognize/company-context';

const MIN_ITEMS = 4;
const MIN_PERSON_SHARE = 0.3;
/** Evidence a person item needs to count as one of the two well-typed items */
const STRONG_PERSON = 0.5;
const KNOWN_NON_PERSON = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.orgHead | FLAGS.time | FLAGS.notName;

interface Item {
  start: number;
  end: number;
}

/** Rules that say an item is an organization its untyped neighbours in a list share the type of */
const FIRM_RULES = new Set(['organization.gazetteer', 'organization.legal-suffix', 'organization.company-context', 'organization.short-name', 'organization.camel-case', 'organization.head-noun', 'organization.acronym']);
const FIRM_STRENGTH = 0.8;
/** above a first name's 0.8: a name shaped like a person's, listed with two firms or more, is the firm */
const LISTED_FIRM_OVER_SHAPE = 0.85;
/** Rules of bodies other than firms, counted in lists of three or more only */
const LIST_ONLY_RULES = new Set(['organization.head-noun', 'organization.acronym']);

const typedScratch = new ScratchBytes();

export function refineNameLists(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const personAt = new Map<number, Mention>();
  /** where a person guessed from the name's shape alone starts, and where it ends */
  const shapeOnlyPersonEnds = new Map<number, number>();
  /** where an organization a list's neighbours take the type of starts, and where it ends */
  const firmEnds = new Map<number, number>();
  /** where an organization that counts only in a list of three or more starts */
  const listOnlyNames = new Set<number>();
  /** where an organization a firm's rule found starts (it counts in any list) */
  const companyNames = new Set<number>();
  /** where a firm named with its legal form starts */
  const legalNames = new Set<number>();
  let persons: Set<string> | null = null;
  const personWords = () => (persons ??= wordsOfPersons(doc, doc.annotations));
  const typedAt = typedScratch.zeroed(tokens.length);
  /** where a place found surely starts, and where it ends */
  const placeAt = new Map<number, number>();
  /** where any place a rule found starts, however weakly, and where it ends */
  const anyPlaceAt = new Map<number, number>();
  for (const m of doc.annotations) {
    if (m.type === 'date') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) typedAt[i] = 1;
    if (m.type === 'person' && (personAt.get(m.tokenStart)?.strength ?? -1) < m.strength) personAt.set(m.tokenStart, m);
    if (m.type === 'person' && SHAPE_ONLY_PERSON_RULES.has(m.rule)) shapeOnlyPersonEnds.set(m.tokenStart, m.tokenEnd);
    if (m.type === 'organization' && m.strength >= FIRM_STRENGTH && FIRM_RULES.has(m.rule)) {
      firmEnds.set(m.tokenStart, m.tokenEnd);
      if (m.rule === 'organization.legal-suffix') legalNames.add(m.tokenStart);
      if (LIST_ONLY_RULES.has(m.rule)) listOnlyNames.add(m.tokenStart);
      else companyNames.add(m.tokenStart);
    }
    if (m.type === 'place' && m.strength >= SURE_PLACE) placeAt.set(m.tokenStart, m.tokenEnd);
    if (m.type === 'place') anyPlaceAt.set(m.tokenStart, m.tokenEnd);
  }
  // (a name a firm's rule found too counts anywhere)
  for (const start of companyNames) listOnlyNames.delete(start);
  const found = newMentions();
  let i = 0;
  while (i < tokens.length) {
    // a list opens with a capitalized word: no item list to build anywhere else
    if (!isCapitalized(tokens[i])) {
      i++;
      continue;
    }
    // (most capitals open no list: one item, and then only a route's end can be read; no list is
    // built; not a firm found there, whose name may run on past three words, "Velmar Tool & Die Co.")
    const firstEnd = itemEnd(tokens, i, tokens[i].sentence);
    const separator = tokens[firstEnd];
    if (!firmEnds.has(i) && (!separator || (separator.text !== ',' && separator.lower !== 'and'))) {
      // (placesAtRouteEnd's own first test before an item is made: "to" before it)
      if (placeAt.size > 0 && i >= 3 && tokens[i - 1].text === 'to') placesAtRouteEnd(doc, [{ start: i, end: firstEnd }], placeAt, typedAt, found);
      i++;
      continue;
    }
    const items = listFrom(doc, i);
    if (firmEnds.size > 0) {
      const firmItems = firmListFrom(doc, i, firmEnds);
      if (firmItems.length >= 2) firmsListedWithFirms(doc, firmItems, firmEnds, listOnlyNames, legalNames, typedAt, personWords, shapeOnlyPersonEnds, personAt, found);
    }
    if (items.length >= 2 && (isAfterPlaceKinds(doc, items[0].start) || isBeforePlaceKinds(doc, items[items.length - 1].end))) placesOfTheirKind(doc, items, personAt, firmEnds, found);
    else if (items.length >= 3 && placeAt.size > 0 && hasSurePlace(items, placeAt)) placesListedWithPlaces(doc, items, placeAt, personAt, found);
    else if (items.length >= 3) unknownPlacesListed(doc, items, typedAt, anyPlaceAt, found);
    else if (items.length === 2 && placeAt.size > 0) placePairedWithPlace(doc, items, placeAt, typedAt, personWords, found);
    if (placeAt.size > 0) placesAtRouteEnd(doc, items, placeAt, typedAt, found);
    // (the pair's first item opens its run of capitals: not "Reporters Eli [Varo] and Jan Kessel")
    if (items.length === 2 && tokens[items[0].end]?.lower === 'and' && !(i > 0 && isCapitalized(tokens[i - 1]) && tokens[i - 1].sentence === tokens[i].sentence)) {
      const pair = personPairedWith(doc, items[0], items[1], personAt, typedAt);
      if (pair) found.push(mentionFromTokens(doc, 'person', pair.start, pair.end, 'person.name-pair', 0.6));
    }
    if (items.length < MIN_ITEMS) {
      i++;
      continue;
    }
    // (two items typed with good evidence, and the share counting weak guesses too: "Aamir Vell"
    // guessed from its shape alone is a person's name as likely as not)
    const strong = countPersons(items, personAt, STRONG_PERSON);
    const persons = countPersons(items, personAt, 0);
    if (strong >= 2 && persons / items.length >= MIN_PERSON_SHARE) {
      for (const item of items) {
        if (item.end - item.start !== 1 || typedAt[item.start]) continue;
        if (tokenFlags(tokens[item.start]) & KNOWN_NON_PERSON) continue;
        found.push(mentionFromTokens(doc, 'person', item.start, item.end, 'person.name-list', 0.6));
      }
    }
    i = items[items.length - 1].end;
  }
  return found;
}

/**
 * How many items a person found at least `strength` strong spans exactly. (A function of its own,
 * not a closure in refineNameLists' loop: that made V8 allocate a context for every token.)
 */
function countPersons(items: Item[], personAt: Map<number, Mention>, strength: number): number {
  let count = 0;
  for (const item of items) {
    const m = personAt.get(item.start);
    if (m !== undefined && m.tokenEnd === item.end && m.strength >= strength) count++;
  }
  return count;
}

/**
 * "Orlov and Kessel", "Dana Kresk and Marisol": in a pair joined by "and", an untyped one-word item
 * beside a person (or beside another first name, both first names) is a person too.
 */
function personPairedWith(doc: Doc, a: Item, b: Item, personAt: Map<number, Mention>, typedAt: Uint8Array): Item | null {
  const tokens = doc.tokens;
  const isPerson = (item: Item) => {
    const m = personAt.get(item.start);
    return m !== undefined && m.tokenEnd === item.end && m.strength >= STRONG_PERSON;
  };
  // (no title's abbreviation: "Mr. Orlov and Mr. Kessel")
  const untypedWord = (item: Item) =>
    item.end - item.start === 1 && !typedAt[item.start] && tokens[item.start].shape === 'title' && !(tokenFlags(tokens[item.start]) & (KNOWN_NON_PERSON | FLAGS.common | FLAGS.title)) && tokens[item.end]?.text !== '.';
  // ("the Orlov and Kessel foundations": the pair modifies a noun)
  if (isNounAfter(doc, b.end, tokens[b.start].sentence)) return null;
  if (isPerson(a) && untypedWord(b)) return b;
  if (isPerson(b) && untypedWord(a) && !tokens[a.start].sentenceInitial) return a;
  return null;
}

/**
 * The items of a list of firms "A, B & C Inc. and D" starting at token i: an organization a rule
 * found is one item however long, any other one to three capitalized words ("and" or ", and"
 * before the last).
 */
function firmListFrom(doc: Doc, i: number, firmEnds: Map<number, number>): Item[] {
  const tokens = doc.tokens;
  const sentence = tokens[i].sentence;
  const items: Item[] = [];
  let at = i;
  for (;;) {
    const start = at;
    const firmEnd = firmEnds.get(at);
    if (firmEnd !== undefined && tokens[firmEnd - 1].sentence === sentence) at = firmEnd;
    else while (at < tokens.length && at - start < 3 && isCapitalized(tokens[at]) && tokens[at].sentence === sentence) at++;
    if (at === start) break;
    items.push({ start, end: at });
    if (at >= tokens.length) break; // (not read past the end: that made V8 compile this function again)
    const separator = tokens[at];
    if (separator.sentence !== sentence || (separator.text !== ',' && separator.lower !== 'and')) break;
    at++;
    if (separator.text === ',' && at < tokens.length && tokens[at].lower === 'and' && tokens[at].sentence === sentence) at++;
  }
  return items;
}

/** The items of a list "A, B C, D and E" starting at token i (each one to three capitalized words). */
function listFrom(doc: Doc, i: number): Item[] {
  const tokens = doc.tokens;
  const items: Item[] = [];
  let at = i;
  for (;;) {
    const start = at;
    at = itemEnd(tokens, start, tokens[i].sentence);
    if (at === start) break;
    items.push({ start, end: at });
    const separator = tokens[at];
    if (!separator || (separator.text !== ',' && separator.lower !== 'and')) break;
    at++;
  }
  return items;
}

/** The end of a list's item of one to three capitalized words of the sentence from token `start` (`start` where there is none) */
function itemEnd(tokens: readonly Token[], start: number, sentence: number): number {
  let at = start;
  while (at < tokens.length && at - start < 3 && isCapitalized(tokens[at]) && tokens[at].sentence === sentence) at++;
  // ("San Roque de Salug": a place name's particle and the capitalized words after it stay in the item)
  const from = at > start ? afterPlaceParticle(tokens, at, sentence) : -1;
  if (from >= 0) {
    at = from;
    while (at < tokens.length && at - from < 3 && isCapitalized(tokens[at]) && tokens[at].sentence === sentence) at++;
  }
  return at;
}

/** Prepositions that open a list of places in mid-sentence: "shops in Velk, Osk and Tarn" ("to" and "from" take firms and people too: below) */
const LIST_PREPOSITIONS = new Set(['in', 'near', 'across']);
/** Prepositions that open a list of places only where most of its items are places found surely: "relatives from Velk, Osk and Tarnu" (and any other lower-case word outside sports stories) */
const MOSTLY_PLACES_PREPOSITIONS = new Set(['from', 'of', 'to', 'around', 'between', 'including']);
/** a place the gazetteer or a place's head noun found */
const SURE_PLACE = 0.7;
/** a person guessed no more surely than this may be a town of the list (a first name, a shape) */
const WEAK_PERSON = 0.65;

/**
 * "airports in Velk, Osk Lai and Phu Tarn", "people in Orvik, Tessel and Brenn Cross": a list
 * that a preposition of place opens in mid-sentence, with places found surely, lists places; an
 * item no rule typed, or guessed a person's from its shape alone, is a place too. (Not a list that
 * opens the sentence, "In Geneva, Brandt and Mero said", unless a comma closes it, nor one with a
 * sure person or a firm; after "from", "of", "to", "around", "between" or "including", which take
 * people and firms too, or after any other lower-case word of the sentence outside sports stories,
 * only a list most of whose items are sure places.)
 */
function placesListedWithPlaces(doc: Doc, items: Item[], placeAt: Map<number, number>, personAt: Map<number, Mention>, found: Mention[]): void {
  const tokens = doc.tokens;
  const preposition = tokens[items[0].start - 1];
  if (!preposition) return;
  // ("In Velk, Osk and Tarn, shops closed": a list the sentence opens with "In" and closes with a comma)
  const opensSentence = preposition.text === 'In' && preposition.sentenceInitial && tokens[items[items.length - 1].end]?.text === ',';
  const placePreposition = preposition.shape === 'lower' && LIST_PREPOSITIONS.has(preposition.lower) && !preposition.sentenceInitial;
  // (any other lower-case word of the sentence too, outside sports stories, on the same terms as
  // "from" or "of": "the minister thanked Velkor, Orsa and Tarnby", "ferries serve Velk, Osk and Tarnu")
  const otherPreposition = preposition.shape === 'lower' && (MOSTLY_PLACES_PREPOSITIONS.has(preposition.lower) || (preposition.sentence === tokens[items[0].start].sentence && !isSportsStory(doc)));
  if (!placePreposition && !otherPreposition && !opensSentence) return;
  if (tokens[items[items.length - 1].start - 1].lower !== 'and') return;
  let places = 0;
  for (const item of items) {
    if (placeAt.get(item.start) === item.end) places++;
    for (let i = item.start; i < item.end; i++) {
      const person = personAt.get(i);
      if (person && person.strength > WEAK_PERSON) return;
      if (tokenFlags(tokens[i]) & FLAGS.title) return;
    }
    if (phraseFlags(doc, item.start, item.end) & (FLAGS.organization | FLAGS.person | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.title)) return;
  }
  if (places < 1 || places === items.length) return;
  // (after a preposition that takes people and firms as well, "from", "of", "to", only a list most
  // of whose items are places found surely: "pilgrims from Velk, Osk and Tarnu")
  if (!placePreposition && !opensSentence && !(places >= 2 && places * 2 > items.length)) return;
  // ("held in Istanbul, Vell and Tarvo rejected ...": the list's last items are the sentence's
  // subjects before their verb)
  const after = tokens[items[items.length - 1].end];
  // (but where most items are sure places, the verb is the sentence's own: "Shops in Velk, Osk, Brevik
  // and Tarnmore will close")
  const mostlyPlaces = places >= 2 && places * 2 > items.length;
  if (!mostlyPlaces && after && after.sentence === preposition.sentence && after.shape === 'lower' && looksLikeVerb(after.lower)) return;
  for (const item of items) {
    if (placeAt.get(item.start) === item.end) continue;
    // (a first name that is no town's stays a person's: "in Oslo, Norway and Marta, how ..."; so do
    // a name of two words or more ending in a surname ("in Oslo, Bergen and Ivo Brandt") and a name
    // with "'s"; a name of two words no list knows is a town of the list: "in Leeds, Varrow and Dorran Vell")
    const flags = tokenFlags(tokens[item.start]);
    if (flags & FLAGS.given && !(flags & PLACE_FLAGS)) continue;
    const lastFlags = tokenFlags(tokens[item.end - 1]);
    if (item.end - item.start > 1 && lastFlags & (FLAGS.surname | FLAGS.person) && !(lastFlags & PLACE_FLAGS)) continue;
    if (tokens[item.end]?.lower === "'s") continue;
    found.push(mentionFromTokens(doc, 'place', item.start, item.end, 'place.listed-with-places', 0.8));
  }
}


/** Does a list item stand where a place was found surely? */
function hasSurePlace(items: Item[], placeAt: Map<number, number>): boolean {
  for (const item of items) if (placeAt.get(item.start) === item.end) return true;
  return false;
}

/** Words before "in" whose "in X" is a language: "printed in Amharic", "broadcasts in Kirundi" */
const LANGUAGES_BEFORE_IN = new Set(['printed', 'published', 'written', 'translated', 'broadcast', 'broadcasts', 'programmes', 'programs', 'spoken', 'speak', 'speaks', 'taught', 'sung', 'dubbed', 'subtitled', 'lessons', 'classes', 'courses', 'degrees']);

/**
 * "clinics in Orsu, Tavrek, Dulmo and Kessany": a list of three or more names no rule typed and no
 * list knows, after "in", "near" or "across" in mid-sentence, lists places (firms and people come
 * in lists after "in" too, but by names some list or rule knows: "in Nvidia, Meta and Tarvex
 * Ltd"). An item a first name or a surname opens is left untyped; all but one item must be of a
 * place's shape, or a place a weak rule found.
 */
function unknownPlacesListed(doc: Doc, items: Item[], typedAt: Uint8Array, anyPlaceAt: Map<number, number>, found: Mention[]): void {
  const tokens = doc.tokens;
  const preposition = tokens[items[0].start - 1];
  if (!preposition || preposition.shape !== 'lower' || !LIST_PREPOSITIONS.has(preposition.lower) || preposition.sentence !== tokens[items[0].start].sentence) return;
  if (tokens[items[items.length - 1].start - 1].lower !== 'and') return;
  // (not firms, works, subjects or languages: "invested in Orvane, Kessby and Tarvix", "starred in ...",
  // "printed in Amharic, Tigrinya and Oromo")
  const word = tokens[items[0].start - 2];
  if (word !== undefined && (NOT_TOWN_BEFORE_IN.has(word.lower) || LANGUAGES_BEFORE_IN.has(word.lower))) return;
  let shaped = 0;
  for (const item of items) {
    // (a place a weak rule found counts: "in Orsu" after the preposition itself)
    if (anyPlaceAt.get(item.start) === item.end) {
      shaped++;
      continue;
    }
    for (let i = item.start; i < item.end; i++) if (typedAt[i]) return;
    if (isUntypedPlaceShape(doc, item, typedAt)) shaped++;
  }
  if (shaped < items.length - 1) return;
  for (const item of items) if (isUntypedPlaceShape(doc, item, typedAt)) found.push(mentionFromTokens(doc, 'place', item.start, item.end, 'place.listed-unknown', 0.6));
}

/** Is token `start` after "the villages of", "districts of"? */
function isAfterPlaceKinds(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const of = tokens[start - 1];
  const kind = tokens[start - 2];
  return of?.lower === 'of' && kind !== undefined && kind.shape === 'lower' && kind.sentence === of.sentence && PLACE_KINDS_PLURAL.has(kind.lower);
}

/** Plural kinds of place after a list that name its items: "the Orvel and Tarn counties" (not "states" or "countries", which follow peoples' and groups' names: "the Gulf states") */
const KINDS_AFTER_LIST = new Set([...PLACE_KINDS_PLURAL].filter((kind) => kind !== 'states' && kind !== 'countries' && kind !== 'capitals' && kind !== 'ports'));

/** Is token `end` a lower-case plural kind of place that ends the list before it ("Orvel and Tarn counties")? */
function isBeforePlaceKinds(doc: Doc, end: number): boolean {
  const kind = doc.tokens[end];
  return kind !== undefined && kind.shape === 'lower' && kind.sentence === doc.tokens[end - 1].sentence && KINDS_AFTER_LIST.has(kind.lower);
}

/**
 * "the villages of Mnazi Ndogo, Wenje Ndogo and Kalal", "the districts of Thanvar and Tiruvel": the
 * kind names what the list holds, places no list needs to know (not an item a rule surely took for a
 * person or a firm, nor one with a title or a time word).
 */
function placesOfTheirKind(doc: Doc, items: Item[], personAt: Map<number, Mention>, firmEnds: Map<number, number>, found: Mention[]): void {
  const tokens = doc.tokens;
  if (tokens[items[items.length - 1].start - 1].lower !== 'and') return;
  for (const listed of items) {
    // (a sentence's opening "The" is no part of the first: "The Orvel and Tarn counties voted")
    const item = listed.end - listed.start > 1 && tokens[listed.start].lower === 'the' ? { start: listed.start + 1, end: listed.end } : listed;
    const person = personAt.get(item.start);
    if (person && person.strength > WEAK_PERSON) continue;
    // (a one-word item a list knows only as a leader's surname is a county too: "Orvel, Kessby and
    // Carter counties"; a leader's reading from context is the person check above)
    const notPlace = FLAGS.organization | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.title | (item.end - item.start > 1 ? FLAGS.person : 0);
    const flags = phraseFlags(doc, item.start, item.end);
    if (flags & notPlace) continue;
    // (an ordinary word or a body a rule found is no place of the kind: "the states of Matter and
    // Flux"; a rare word a list knows as a town's name is one here: "Orvel, Tarn and Mill districts";
    // not a frequent one, "the Central and Western regions")
    if ((item.end - item.start === 1 && isOrdinaryWord(tokens[item.start]) && !isRareTownWord(flags)) || firmEnds.get(item.start) === item.end) continue;
    found.push(mentionFromTokens(doc, 'place', item.start, item.end, 'place.listed-with-places', 0.8));
  }
}

/** Is a word with these flags a town's name that is also a rare ordinary word ("Grays"; not "Central")? */
function isRareTownWord(flags: number): boolean {
  return (flags & FLAGS.town) !== 0 && (flags & (FLAGS.frequent | FLAGS.prefix)) === 0;
}

/** Prepositions that open a pair of places: "in Rangpur and Kurigal", "between Mushvo and Surlak" */
const PAIR_PREPOSITIONS = new Set(['in', 'near', 'across', 'between', 'from', 'around']);

/**
 * "in Rangpur and Kurigal", "between Lagos and Mushvo": a pair a preposition of place opens, one a
 * place found surely, the other one word no list knows and no rule typed, is a place too (not the
 * subjects of a verb after it: "in Oslo and Kessel said"). After any other lower-case word of the
 * sentence too ("keep Lofbury and Tessvik closed", "diverted to Palermo and Kessu"), rule
 * `place.paired-with-place`: a word news writes beside a town with "and" is a town far more often
 * than a person or a firm, whose names the lists and the context rules know; but not in a sports
 * story (a club beside a town), nor a word of the story's persons ("Oslo and Brandt", a surname).
 */
function placePairedWithPlace(doc: Doc, items: Item[], placeAt: Map<number, number>, typedAt: Uint8Array, personWords: () => Set<string>, found: Mention[]): void {
  const tokens = doc.tokens;
  const preposition = tokens[items[0].start - 1];
  if (!preposition || tokens[items[0].end].lower !== 'and') return;
  // ("In Latakia and Tarnuk, families ...": the pair the sentence opens with "In", closed by a comma or a preposition)
  const opensSentence = preposition.text === 'In' && preposition.sentenceInitial && (tokens[items[1].end]?.text === ',' || tokens[items[1].end]?.shape === 'lower' && !looksLikeVerb(tokens[items[1].end].lower));
  const anyWord = !opensSentence && (preposition.shape !== 'lower' || !PAIR_PREPOSITIONS.has(preposition.lower));
  // (a lower-case word of the sentence: not a comma or a possessive, "Cuba's runner, Velasko and ...")
  if (anyWord && (preposition.shape !== 'lower' || preposition.sentence !== tokens[items[0].start].sentence || isSportsStory(doc))) return;
  const [a, b] = items;
  const other = placeAt.get(a.start) === a.end ? b : placeAt.get(b.start) === b.end ? a : null;
  // ("the highway was closed between Velmi and Askut": a road's or a line's two ends no list knows)
  if (!other && preposition.lower === 'between' && isRouteBetween(doc, items[0].start - 1) && isUntypedPlaceShape(doc, a, typedAt) && isUntypedPlaceShape(doc, b, typedAt)) {
    found.push(mentionFromTokens(doc, 'place', a.start, a.end, 'place.route-end', 0.6));
    found.push(mentionFromTokens(doc, 'place', b.start, b.end, 'place.route-end', 0.6));
    return;
  }
  if (!other || other.end - other.start !== 1 || typedAt[other.start] || !isUnlisted(tokens[other.start])) return;
  // (the "and" after the first item is checked above, so only the last may hold a possessive: "Russia's")
  if (tokens[b.end]?.lower === "'s" || !/^\p{Lu}\p{Ll}+$/u.test(tokens[other.start].text)) return;
  // ("talks between Maskov and Russia": a country is one side of talks as its leader is the other)
  const place = other === a ? b : a;
  if (preposition.lower === 'between' && phraseFlags(doc, place.start, place.end) & FLAGS.country) return;
  const after = tokens[b.end];
  if (after && after.sentence === preposition.sentence && after.shape === 'lower' && looksLikeVerb(after.lower)) return;
  if (anyWord && personWords().has(tokens[other.start].lower)) return;
  found.push(mentionFromTokens(doc, 'place', other.start, other.end, anyWord ? 'place.paired-with-place' : 'place.listed-with-places', 0.7));
}

/** How many words a route's start may have between "from" and "to": "from Port Orvel to ..." */
const MAX_ROUTE_START_WORDS = 3;

/**
 * "bound from Aberdeen to Korvai and Lemuta", "flights from Velk to Brenholm": where a route runs from
 * a place found surely, the names it runs to are places too (one to three words each, none a rule
 * typed, a list knows as a person's, a body's or a people's, nor a title or a time word).
 */
function placesAtRouteEnd(doc: Doc, items: Item[], placeAt: Map<number, number>, typedAt: Uint8Array, found: Mention[]): void {
  const tokens = doc.tokens;
  const to = items[0].start - 1;
  if (to < 2 || tokens[to].text !== 'to') return;
  let from = -1;
  for (let k = to - 2; k >= Math.max(0, to - 1 - MAX_ROUTE_START_WORDS); k--) {
    if (tokens[k].text === 'from') {
      from = k;
      break;
    }
  }
  if (from < 0 || tokens[from].sentence !== tokens[to].sentence || tokens[to].sentence !== tokens[items[0].start].sentence) return;
  // ("the road from Velmi to Askut": where a road, a ferry's crossing or a flight runs between two
  // names no list knows, both ends are places; not after a word jobs and firms take too, "moved
  // from Velco to Tarnix")
  const unknownStart = placeAt.get(from + 1) !== to;
  if (unknownStart && !(isUntypedPlaceShape(doc, { start: from + 1, end: to }, typedAt) && hasWordBefore(doc, from, ROUTE_WORDS, MAX_ROUTE_START_WORDS))) return;
  // (a journey's or a route's word just before "from": "flights from X to Y", "the ferry from X to Y";
  // not "control passed from Paris to Delvaux", where the names are people)
  if (!hasTravelWordBefore(doc, from)) return;
  if (unknownStart && !isUntypedPlaceShape(doc, items[0], typedAt)) return;
  if (unknownStart) found.push(mentionFromTokens(doc, 'place', from + 1, to, 'place.route-end', 0.6));
  // (a list's items only where "and" closes it: "to Korvai and Tessa"; else the first name alone)
  const listed = items.length > 1 && tokens[items[items.length - 1].start - 1].lower === 'and' ? items : items.slice(0, 1);
  for (const item of listed) {
    let typed = false;
    for (let i = item.start; i < item.end; i++) if (typedAt[i]) typed = true;
    if (typed || tokens[item.end]?.lower === "'s") continue;
    if (phraseFlags(doc, item.start, item.end) & (FLAGS.organization | FLAGS.person | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.title)) continue;
    if (item.end - item.start === 1 && isOrdinaryWord(tokens[item.start])) continue;
    found.push(mentionFromTokens(doc, 'place', item.start, item.end, 'place.route-end', 0.7));
  }
}

/** Words of a road, a rail line, a crossing or a flight (not "moved", "service", "trade" or "line": jobs, firms and goods run "from X to Y" too) */
const ROUTE_WORDS = new Set(['road', 'roads', 'highway', 'route', 'routes', 'rail', 'railway', 'train', 'trains', 'bus', 'buses', 'ferry', 'ferries', 'flight', 'flights', 'crossing', 'voyage', 'journey', 'trip', 'pipeline', 'drove', 'sailed', 'flew', 'walked', 'marched', 'fled', 'evacuated']);

/** Words of a route's running or closing between a route's word and "between": "the highway was closed between", "ferries run daily between" */
const RUNS_BETWEEN = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'run', 'runs', 'ran', 'running', 'operate', 'operates', 'operating', 'daily', 'now', 'still', 'also']);

/**
 * Does a route run "between" at token `at`: a route's word right before it ("flights between"), or
 * then only words of its running or closing ("the highway was closed between")? Not a deal, a race
 * or a dispute of a route's trade ("a pipeline deal between Velco and Tarnix": two firms).
 */
function isRouteBetween(doc: Doc, at: number): boolean {
  const tokens = doc.tokens;
  for (let k = at - 1; k >= Math.max(0, at - MAX_ROUTE_START_WORDS); k--) {
    const token = tokens[k];
    if (token.sentence !== tokens[at].sentence) return false;
    // (the route's word may end its name: "the Tarn Valley Highway was closed between")
    if (ROUTE_WORDS.has(token.lower)) return true;
    if (token.shape !== 'lower' || (!RUNS_BETWEEN.has(token.lower) && !token.lower.endsWith('ed'))) return false;
  }
  return false;
}

/** An item no rule typed, whose words no list knows as a person's, a body's, a people's, a title or a time, and no ordinary word alone */
function isUntypedPlaceShape(doc: Doc, item: Item, typedAt: Uint8Array): boolean {
  const tokens = doc.tokens;
  if (item.end <= item.start || item.end - item.start > MAX_ROUTE_START_WORDS) return false;
  for (let i = item.start; i < item.end; i++) if (typedAt[i] || !isCapitalized(tokens[i]) || tokenFlags(tokens[i]) & (FLAGS.given | FLAGS.surname)) return false;
  if (tokens[item.end]?.lower === "'s") return false;
  if (phraseFlags(doc, item.start, item.end) & (FLAGS.organization | FLAGS.person | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.title)) return false;
  return !(item.end - item.start === 1 && isOrdinaryWord(tokens[item.start]));
}

/**
 * Beside two firms, what the lists know otherwise may be a firm too: a region's name that is also an
 * ordinary word ("turned to Amazon, Temu and IKEA"; not a state or province alone: "BMW, Daimler
 * and Bavaria"), or a word known only as a first name ("Nvidia, Meta and Velmar Ltd"; a person of
 * the story keeps it, below).
 */
function isFirmBesideFirms(flags: number): boolean {
  if ((flags & PLACE_FLAGS) === FLAGS.region) return (flags & FLAGS.common) !== 0;
  return (flags & (PLACE_FLAGS | FLAGS.given | FLAGS.surname | FLAGS.person)) === FLAGS.given;
}

/**
 * An item of two or three capitalized words in a list of firms ("Korvane Casualty") that no rule
 * typed, whose words no list knows as a person's, a title or a time, and that is no story person's
 * (not at the sentence's start, before a noun, after a lower-case "the" or before a slash).
 */
function isUntypedFirmName(doc: Doc, item: Item, typedAt: Uint8Array, personWords: () => Set<string>): boolean {
  const tokens = doc.tokens;
  if (tokens[item.start].sentenceInitial || isNounAfter(doc, item.end, tokens[item.start].sentence)) return false;
  // ("the Tarvo Wrangler": after a lower-case "the" a name no rule took is a product's as often)
  if (tokens[item.start - 1]?.text === 'the' || tokens[item.end]?.text === '/') return false;
  if (phraseFlags(doc, item.start, item.end) & (FLAGS.person | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.title)) return false;
  for (let i = item.start; i < item.end; i++) {
    const token = tokens[i];
    if (typedAt[i] || (token.shape !== 'title' && token.shape !== 'upper')) return false;
    if (tokenFlags(token) & (FLAGS.person | FLAGS.given | FLAGS.surname | FLAGS.title | FLAGS.time | FLAGS.demonym)) return false;
    if (personWords().has(token.lower)) return false;
  }
  return true;
}

/** Is the item a person only its shape made, exactly, with no stronger person there and its last word written nowhere else? */
function isShapeOnlyPerson(doc: Doc, item: Item, shapeOnlyPersonEnds: Map<number, number>, personAt: Map<number, Mention>): boolean {
  if (shapeOnlyPersonEnds.get(item.start) !== item.end) return false;
  const strongest = personAt.get(item.start);
  if (strongest !== undefined && strongest.tokenEnd === item.end && !SHAPE_ONLY_PERSON_RULES.has(strongest.rule)) return false;
  return !isNounAfter(doc, item.end, doc.tokens[item.start].sentence) && !standsAloneElsewhere(doc, item.start, item.end);
}

/**
 * "Kestrix and Quorra", "Velmar Holdings Ltd, Orvana and Quorra": where an item of the list is a
 * listed organization, a firm by its legal form or a company phrase (in a list of three or more,
 * also a body by its head noun or its acronym: "Varnel Savings Bank, Drusk and Tamberlin
 * Industries"), a one-word item inside the sentence that no rule typed is an organization too,
 * unless it is a word of the story's persons ("Dana Kresk ... Velmar Ltd and Kresk") or a word the
 * lists know as a person, a place or a title; so is an untyped item of two or three capitalized
 * words ("Korvane Casualty"), and, beside two firms, one that only its shape made a person's.
 */
function firmsListedWithFirms(doc: Doc, items: Item[], firmEnds: Map<number, number>, listOnlyNames: Set<number>, legalNames: Set<number>, typedAt: Uint8Array, personWords: () => Set<string>, shapeOnlyPersonEnds: Map<number, number>, personAt: Map<number, Mention>, found: Mention[]): void {
  const tokens = doc.tokens;
  // a list, not an apposition: "and" before its last item ("Gazeta Vell, Rosk told" is none)
  const conjunction = tokens[items[items.length - 1].start - 1];
  if (conjunction.lower !== 'and') return;
  // the list opens where its run of capitals does ("Velmar Harbour Gas and ..." is no list of "Gas")
  // (an ordinary word opening the sentence is no part of it: "Only Seat and ...")
  const opener = tokens[items[0].start - 1];
  if (opener && opener.sentence === tokens[items[0].start].sentence && isCapitalized(opener) && !(opener.sentenceInitial && isOrdinaryWord(opener))) return;
  // (nor after a name and a comma, where the words before are the list's or a name's: "the Office
  // of Harbours, Coastal Pilotage and Docks"; a list that opens earlier is read from its first item)
  const named = tokens[items[0].start - 2];
  if ((opener?.text === ',' || opener?.text === 'of') && named && named.sentence === opener.sentence && isCapitalized(named)) return;
  // one "and", before the last item: "Tarvel Homes and Gardens" is one name, not a list ("Velmar
  // Ltd, Osk Homes and Gardens")
  for (let k = 1; k < items.length - 1; k++) if (tokens[items[k].start - 1].lower === 'and') return;
  // ("the Office of Harbours, Tarvel Pilotage and Docks": a list inside a body's "of" part)
  for (let k = 0; k < items.length - 1; k++) {
    if (!listOnlyNames.has(items[k].start)) continue;
    for (let i = items[k].start; i < items[k].end; i++) if (tokens[i].text === 'of') return;
  }
  // (a body named by its head noun or its acronym counts in a list of three or more only: "worked
  // for the Velmar Navy and Tessik is ..." joins two clauses)
  let firms = 0;
  for (const item of items) if (firmEnds.get(item.start) === item.end && (items.length >= 3 || !listOnlyNames.has(item.start))) firms++;
  if (firms === 0) return;
  // ("the Tides, Currents and Coastal Agency": such a body's name, the list's only one and its
  // last item, shares its head noun with the words before)
  const last = items[items.length - 1];
  if (firms === 1 && listOnlyNames.has(last.start) && firmEnds.get(last.start) === last.end) return;
  // (an item of several words only where the list is no run of models, "the Tarvo Wrangler and
  // Velmar 323s", "Tessik Tracers and Velmar's vans", nor of partners, "Kessu Cities / Tarn Inc.")
  const closer = tokens[last.end];
  const withLegalName = items.some((item) => legalNames.has(item.start));
  const multiWordItems = !(closer && closer.sentence === tokens[last.start].sentence && (closer.lower === "'s" || closer.text === '/' || /\d/.test(closer.text)));
  for (const item of items) {
    const token = tokens[item.start];
    if (item.end - item.start > 1) {
      if (multiWordItems && isUntypedFirmName(doc, item, typedAt, personWords)) found.push(mentionFromTokens(doc, 'organization', item.start, item.end, 'organization.listed-with-firm', 0.8));
      // ("Tarnwell Mercer, Velmar Partners and Dana Orrick": in a list with two firms or more, first,
      // between or last, a name only its shape made a person's is a firm named after its founders,
      // unless the story writes its last word alone, a surname's use, a noun follows it, or a
      // stronger person rule took it)
      else if (multiWordItems && firms >= 2 && isShapeOnlyPerson(doc, item, shapeOnlyPersonEnds, personAt)) found.push(mentionFromTokens(doc, 'organization', item.start, item.end, 'organization.listed-with-firm', LISTED_FIRM_OVER_SHAPE));
      continue;
    }
    if (token.sentenceInitial || token.shape !== 'title') continue;
    // ("the Harbour and Transport subcommittee": a noun after it makes it part of a longer name)
    if (isNounAfter(doc, item.end, token.sentence)) continue;
    const flags = tokenFlags(token);
    const besideFirms = firms >= 2 && isFirmBesideFirms(flags);
    if (typedAt[item.start] && !besideFirms) continue;
    // (nor a head noun or a frequent word, which go on the name before: "Velmar Television and Radio")
    if (flags & ((besideFirms ? 0 : PLACE_FLAGS | FLAGS.given) | FLAGS.person | FLAGS.surname | FLAGS.demonym | FLAGS.time | FLAGS.notName | FLAGS.title | FLAGS.orgHead | FLAGS.frequent)) continue;
    if (personWords().has(token.lower)) continue;
    // (beside a firm named in full with its legal form, an ordinary word is a product's, a line's or
    // a part's as often: "Velmar Corp., Windows and Doors")
    if (withLegalName && isOrdinaryWord(token)) continue;
    found.push(mentionFromTokens(doc, 'organization', item.start, item.end, 'organization.listed-with-firm', 0.8));
  }
}
