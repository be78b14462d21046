// The pipeline in one screen: segment, recognize (one family of rules per module, in order, each
// reading what the earlier ones found), resolve overlaps, place mentions, link them into entities.

import { Doc, DocumentResult, EntityRecord, EveryField, ExtractOptions, Mention } from '../model';
import { splitIntoChunks } from './chunk';
import { linkMentions, PlacedMention } from './link';
import { Recognizer } from './recognize/mention';
import { recognizeDateline } from './recognize/dateline';
import { recognizeDates } from './recognize/dates';
import { recognizePersons } from './recognize/persons';
import { recognizeOrganizations } from './recognize/organizations';
import { recognizeBodyThenPerson } from './recognize/body-then-person';
import { recognizeForeignOrganizations } from './recognize/foreign-organizations';
import { recognizeFirmCompounds } from './recognize/firm-compounds';
import { recognizeSocialPlatforms } from './recognize/social-platforms';
import { recognizePlaces } from './recognize/places';
import { recognizeBuildings } from './recognize/buildings';
import { recognizeListHometowns } from './recognize/list-hometowns';
import { recognizeLegislatures } from './recognize/legislatures';
import { recognizePartyPlurals } from './recognize/party-plurals';
import { recognizeTitleOffices } from './recognize/title-offices';
import { recognizeCabinetDepartments } from './recognize/cabinet-departments';
import { recognizeSportsTeams } from './recognize/sports';
import { recognizeSportsPlayers } from './recognize/sports-players';
import { recognizeResultsTables } from './recognize/results-tables';
import { recognizeResultSides } from './recognize/result-sides';
import { recognizeTeamNicknames } from './recognize/team-nicknames';
import { recognizeBracketedSides } from './recognize/bracket-sides';
import { recognizeCredits } from './recognize/credits';
import { recognizeDeskSignOffs } from './recognize/desk-signoffs';
import { recognizePostalCodes } from './recognize/postal-codes';
import { recognizePressReview } from './recognize/press-review';
import { recognizeReporterOutlets, recognizeSignOffOutlets } from './recognize/reporter-outlets';
import { recognizePaperMastheads } from './recognize/paper-mastheads';
import { recognizeOutletDescriptors } from './recognize/outlet-descriptors';
import { recognizeDeathNotices } from './recognize/death-notices';
import { recognizeOrganizationBranches } from './recognize/organization-branches';
import { recognizeTradeBodies } from './recognize/trade-bodies';
import { recognizeMilitaryUnits } from './recognize/military-units';
import { recognizeApposedAcronyms, recognizeBracketedAcronyms } from './recognize/acronyms';
import { recognizeSpelledBodies } from './recognize/spelled-bodies';
import { recognizeUnknownNames } from './recognize/unknown-names';
import { recognizeCompaniesByContext } from './recognize/company-context';
import { recognizeBodiesByContext } from './recognize/body-context';
import { recognizePossessiveNames } from './recognize/possessive-names';
import { recognizePersonsByContext } from './recognize/person-context';
import { recognizeSpellingCues } from './recognize/spelling-cues';
import { recognizeWatchlist } from './recognize/watchlist';
import { attachContextRoles } from './link/context-roles';
import { refineOneSense } from './refine/one-sense';
import { withCoordinatedBodyNames } from './refine/coordinated-names';
import { withWorshipPlaces } from './refine/worship-places';
import { withEventVenues } from './refine/event-venues';
import { withBuildingTowns } from './refine/building-towns';
import { withKindAfterNames } from './refine/kind-after-names';
import { withoutArticlePersons } from './refine/article-names';
import { refineNameLists } from './refine/name-lists';
import { refineSurnameVariants } from './refine/surname-variants';
import { withoutEvents } from './refine/events';
import { withoutMarketIndexes } from './refine/market-indexes';
import { withoutCountedAcronyms } from './refine/counted-acronyms';
import { withoutPlaceModifiers } from './refine/place-modifiers';
import { withoutWorks } from './refine/works';
import { withPaperTitles } from './refine/paper-titles';
import { withGlottalStops } from './refine/glottal-stops';
import { withHeadlineNamesFromBody } from './refine/headline-names';
import { withOrganizationOpeningWords } from './refine/organization-opening-words';
import { withoutWeekdayOpeners } from './refine/weekday-openers';
import { withClubBrackets } from './refine/club-brackets';
import { withCountryRegions } from './refine/country-regions';
import { withAcronymSpans } from './refine/acronym-spans';
import { resolveOverlaps } from './resolve';
import { splitSentences, tokenize } from './segment';
import { markTitleCaseHeadlines } from './headline-case';
import { LineIndex } from './lines';

// Name rules give each mention a strength that resolve.ts uses after length (longest first):
// about 0.9 for a title or a legal form ("President X", "X Ltd."), 0.8 for a known first name or
// a sports club, 0.75 for a gazetteer place, 0.6 for context alone ("X, 45,"), 0.4 for the last
// guess; one-sense copies a name's type at most at 0.75 (a company's short name, taught by its
// full name with a legal form, at 0.85), so strong local evidence still wins.
const RECOGNIZERS: Recognizer[] = [
  recognizeDates, // first: it sets doc.refDate from the dateline
  recognizeDateline, // the dateline's place
  recognizeCredits, // "(AP)", "/TASS/": wire services as source organizations
  recognizePressReview, // "HALVARD POST - ...": the papers of a press review
  recognizeDeskSignOffs, // "-- Dana Kell, Tarnby Commodities +44 ...": the wire desk that filed the story
  recognizeReporterOutlets, // "The Wire's Dana Kresk reports": the outlet a reporter speaks for
  recognizeSignOffOutlets, // "For The Wire, I'm Dana Kresk.": the outlet a broadcast signs off for
  recognizePaperMastheads, // "told The Age", "with The Marlow Sentinel": a capitalized The in mid-sentence opens a paper's title
  recognizeOutletDescriptors, // "the daily Velkor Bode", "the news agency Tarvik Haber": the name after an outlet's lower-case noun
  recognizeDeathNotices, // "KESSLAND, Orvina Mavis. On July 8 ...": a death notice's surname in capitals and given names
  recognizePersons,
  recognizeOrganizations,
  recognizeBodyThenPerson, // "the Velmar Harbour Board Ivo Brandt": a run of capitals holding a body and its officer
  recognizeForeignOrganizations, // "Partido Liberal Progresista", "Fiscalía General de la Nación": the head noun first
  recognizeFirmCompounds, // "Kessler Fahrzeugbau", "Liman-İş": a German, Swedish or Turkish trade word closing the name
  recognizeSocialPlatforms, // "posted on X", "TikTok and X": the platform once called Twitter
  recognizeMilitaryUnits, // "the 101st Airborne Division", "the Fifth Fleet"
  recognizePartyPlurals, // "ahead of the Liberals", "Conservatives 127,": a party by its members' plural in a story of a vote
  recognizeLegislatures, // "the House voted", "House Speaker X" where the story names Congress or the Senate
  recognizeTitleOffices, // "the Attorney General's Office": a title's institution
  recognizeCabinetDepartments, // "Defense Secretary X", "Secretary of State X": the department in the title
  recognizePlaces,
  recognizeBuildings, // "met at Tarvel House", "the Monastery of Saint Orvel": buildings by their kind
  recognizeListHometowns, // "1, Ivo Brandt, Tarnley; 2, Ed Mero, Ashcombe": a results list's towns after the names, by the ones the lists know
  recognizePostalCodes, // "TARNBY, IL", "State: OH": a US state by its postal code in wire tables
  recognizeOrganizationBranches, // reads organizations and places: "Halvard China", a body's branch named by the country it serves
  recognizeTradeBodies, // reads the places: "Statistics Canada", "Cricket Tasmania", a trade's body named by the place it serves
  recognizeSportsTeams, // reads the places: a town in a sports story is usually its team
  recognizeTeamNicknames, // "the Bobcats", "the Tarnville Switchmen": a side called by its nickname, a plural noun
  recognizeSportsPlayers, // scorers, bowlers and ranked competitors in results lines
  recognizeResultsTables, // standings rows and match results: the names there are clubs
  recognizeResultSides, // "Orvalia Stars beat Kessin Tavrel 88-79": a result's two sides are clubs alike
  recognizeBracketedSides, // "Ivo Brandt (Tarnley)" or "(Neths)": a story's brackets after names hold clubs or countries, by their majority
  recognizeSpelledBodies, // "the Velmar Monitoring Team (VMT)": capitalized words that spell the initials in brackets after them
  recognizeBracketedAcronyms, // reads organizations and places: "Committee for National Security (KNB)"
  recognizeApposedAcronyms, // "the cocoa marketing board, TARCOBOD, said": an acronym set off after a body's noun
  recognizeCompaniesByContext, // "shares of X", "X's board": X is a company all through the story
  recognizeBodiesByContext, // "told X.", "X sources", "members of X": an outlet or a body all through the story
  recognizePossessiveNames, // "Harlan's pleaded guilty": a one-word name with "'s" and no noun after it
  recognizePersonsByContext, // "X, who", "X himself", "X's wife": a one-word X is a person all through the story
  recognizeSpellingCues, // "Ozturk, spelled Öztürk by his paper": a name's other spelling takes the name's type
  recognizeUnknownNames, // reads all of the above: untyped capitalized names, weakly persons
  refineNameLists, // a comma list of mostly persons: its unknown one-word items are persons too
  refineSurnameVariants, // "Nazzarov" beside "Abai Nazarov": a second spelling of a surname found
  recognizeWatchlist, // the project file's watch list: names always found, whatever the rules said
  refineOneSense, // last: a name typed once is that entity everywhere in the document
];

/** Thrown when ExtractOptions.deadline has passed; the CLI turns it into a time-limit error record. */
export class TimeLimitError extends Error {
  constructor() {
    super('time limit exceeded');
    this.name = 'TimeLimitError';
  }
}

function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && Date.now() > deadline) throw new TimeLimitError();
}

/** Segment and recognize text[start, end) of a document; mentions keep absolute offsets. */
export function analyzeChunk(
  text: string,
  start: number,
  end: number,
  refDate: string | null,
  refDateSource: string | null,
  sentenceOffset = 0,
  deadline?: number,
): { doc: Doc; mentions: Mention[] } {
  const tokens = tokenize(text, start, end);
  const sentences = splitSentences(tokens, text, sentenceOffset);
  const doc: Doc = { text, tokens, sentences, refDate, refDateSource, annotations: [] };
  markTitleCaseHeadlines(doc);
  for (const recognize of RECOGNIZERS) {
    checkDeadline(deadline);
    const found = recognize(doc);
    for (const mention of found) doc.annotations.push(mention);
  }
  // roles from appositions ("X, the former Y of Z,") read the text around the mentions that won
  // competitions, festivals and prizes ("the Commonwealth Games") are no names of ours
  // and so are works in quotes and products ('the film "Gone Quiet"', "PlayStation") and stock
  // market indexes ("the Dow Jones Industrial Average"), nor initials the story counts ("IRAs");
  // nor is a place that opens a longer name a place ("the Nevada Caucus"); a newspaper's title takes its own "The" ("The Harbour Times");
  // a headline's run of capitals is cut to the name the story writes below ("VORSTER HOMER" -> "VORSTER");
  // a body's name that holds "and" is one name ("the Tarvel Weavers and Dyers Institute"); a
  // first-name guess after "the" and before no noun ("the Lena Vorrik") is no person; a house of
  // worship other than a church, by its own name, is a building, a place ("the Qasr Mosque"), and so
  // is a church or a theatre where something is held ("held at Kessvik Methodist Church"); a
  // name that opens with a glottal stop written as an apostrophe keeps it ("'Ofeina Lousiale"); in
  // a sports story a club's town letters in brackets are its name's ("Kessin (N) 2"); a country or
  // a state and a region of it after it are one place ("the U.S. Midwest"); a town between commas after
  // a church's, a school's or a hospital's name is a place ("St Fennick's Church, Dravelly Tessby,"); a body's initials in
  // brackets after its name say where the name ends ("the Council for Peace in Tarvesia (CPT)"); a
  // name only its shape made a person, before a lower-case kind of place, is that place ("the Orvel district")
  const named = withKindAfterNames(doc, withAcronymSpans(doc, withCountryRegions(doc, withClubBrackets(doc, withBuildingTowns(doc, withEventVenues(doc, withWorshipPlaces(doc, withCoordinatedBodyNames(doc, withGlottalStops(doc, withPaperTitles(doc, withoutCountedAcronyms(doc, withoutMarketIndexes(doc, withoutWorks(doc, withoutEvents(doc, withHeadlineNamesFromBody(doc, withoutWeekdayOpeners(doc, withOrganizationOpeningWords(doc, resolveOverlaps(withoutArticlePersons(doc, doc.annotations)))))))))))))))))));
  return { doc, mentions: attachContextRoles(doc, withoutPlaceModifiers(doc, named)) };
}

/** Longest sentence text given with a mention; longer ones (tables, OCR runs) are cut around it. */
export const MAX_SENTENCE_LENGTH = 240;

/**
 * The sentence a mention is in, whitespace collapsed. A run-on "sentence" (an 8 MB line, a table)
 * is cut to the MAX_SENTENCE_LENGTH characters around the mention, marked with "…".
 */
export function sentenceContext(text: string, start: number, end: number, mentionStart: number, mentionEnd: number): string {
  if (end - start <= MAX_SENTENCE_LENGTH) return collapseWhitespace(text.slice(start, end));
  const room = Math.max(0, MAX_SENTENCE_LENGTH - (mentionEnd - mentionStart)) >> 1;
  let from = Math.max(start, mentionStart - room);
  let to = Math.min(end, mentionEnd + room);
  // never cut a surrogate pair in half
  if (from > start && /[\udc00-\udfff]/.test(text[from])) from--;
  if (to < end && /[\ud800-\udbff]/.test(text[to - 1])) to++;
  return `${from > start ? '…' : ''}${collapseWhitespace(text.slice(from, to))}${to < end ? '…' : ''}`;
}

// white space other than a single space: the only thing collapsing can change
const UNCOLLAPSED = /[^\S ]| {2}/;

/**
 * Runs of white space as one space. Most sentences have none to collapse, only single spaces
 * between words, and are kept as they are: one test, where the replace matched at every space.
 */
export function collapseWhitespace(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * The mention with what the output needs besides offsets. Written out field by field rather than
 * with object spread: spread builds each copy through a slow generic path, and a long document has
 * tens of thousands of mentions (it was 5% of the pipeline's time).
 */
function placeMention(mention: Mention, text: string, line: number, column: number, sentenceText: string): PlacedMention {
  const placed: EveryField<PlacedMention> = {
    type: mention.type,
    start: mention.start,
    end: mention.end,
    tokenStart: mention.tokenStart,
    tokenEnd: mention.tokenEnd,
    rule: mention.rule,
    strength: mention.strength,
    // every field present, undefined when the mention has none: one shape for all placed mentions
    name: mention.name,
    roles: mention.roles,
    value: mention.value,
    resolution: mention.resolution,
    source: mention.source,
    text,
    line,
    column,
    sentenceText,
  };
  return placed;
}

export interface Analysis {
  entities: EntityRecord[];
  /** the reference date relative dates were resolved against, and where it came from */
  refDate: string | null;
  refDateSource: string | null;
}

export function analyze(text: string, options: ExtractOptions = {}): Analysis {
  const lines = new LineIndex(text);
  const wanted = options.types ? new Set(options.types) : null;
  let refDate = options.refDate ?? null;
  let refDateSource = refDate ? options.refDateSource ?? 'option' : null;
  const placed: PlacedMention[] = [];
  let sentenceOffset = 0;
  for (const chunk of splitIntoChunks(text)) {
    const { doc, mentions } = analyzeChunk(text, chunk.start, chunk.end, refDate, refDateSource, sentenceOffset, options.deadline);
    // the first chunk's dateline may have supplied the reference date for the rest
    refDate = doc.refDate;
    refDateSource = doc.refDateSource;
    // mentions in one sentence share its text: no copy per mention
    const sentenceTexts = new Map<number, string>();
    for (const mention of mentions) {
      if (wanted && !wanted.has(mention.type)) continue;
      const sentenceIndex = doc.tokens[mention.tokenStart].sentence - sentenceOffset;
      const sentence = doc.sentences[sentenceIndex];
      let sentenceText = sentenceTexts.get(sentenceIndex);
      if (sentenceText === undefined) {
        sentenceText = sentenceContext(text, sentence.start, sentence.end, mention.start, mention.end);
        if (sentence.end - sentence.start <= MAX_SENTENCE_LENGTH) sentenceTexts.set(sentenceIndex, sentenceText);
      }
      // (lines.position's line and column, without an object per mention)
      const lineIndex = lines.lineIndexOf(mention.start);
      placed.push(placeMention(mention, text.slice(mention.start, mention.end), lineIndex + 1, mention.start - lines.lineStart(lineIndex) + 1, sentenceText));
    }
    sentenceOffset += doc.sentences.length;
  }
  checkDeadline(options.deadline);
  return { entities: linkMentions(placed), refDate, refDateSource };
}

/** The library API: one document's text in, its entities out. */
export function extract(
  text: string,
  options: ExtractOptions = {},
  meta: { file?: string | null; id?: string | null } = {},
): DocumentResult {
  const analysis = analyze(text, options);
  const entities = options.sentences === false ? analysis.entities.map(withoutSentences) : analysis.entities;
  return { file: meta.file ?? null, id: meta.id ?? null, date: analysis.refDate, entities };
}

/** The entity with its mentions' sentence text left out (the fields in the same order otherwise). */
function withoutSentences(entity: EntityRecord): EntityRecord {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const mentions = entity.mentions.map(({ sentence, ...rest }) => rest);
  return { ...entity, mentions };
}
