// Places: gazetteer phrases (countries, cities, regions, continents, seas) inside name candidates,
// place-shaped names ("Yangtze River", "Lake Geneva", "Mount Everest") and place contexts
// ("Springfield, Illinois"; "in Tokmok"; a lawmaker's state, "(D., Md.)"). Nationality adjectives
// ("Kazakh") are never places.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { ARTICLES, Candidate, FUNCTION_WORDS, QUOTES, isOrdinaryWord, nameCandidates, isNounAfter, isPlainNounAt, suchAsNounBefore, tokenInSentence } from './candidates';
import { isCapitalized, isUnlisted, longestPhraseAt, phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { isTitleAbbreviation } from './titles';
import { FOREIGN_STADIUM_WORDS, isSportsStory } from './sports';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { isCompoundStreetWord } from './compound-streets';
import { isSouthAsianTownWord } from './south-asian-towns';

/**
 * Last words of a place that are never a surname: a landscape's and a town's features ("Tolvern
 * Creek", "Mason Bend", "Osprey Inlet"), and buildings and grounds named after their place ("Brazell
 * County Courthouse"). After a first name they still make a place: "Wells Crossing". (Not "Lane",
 * "Mills", "Park", "Hill": "Barry Lane", "Dana Mills".)
 */
const TOWN_FEATURE_HEADS = new Set([
  'creek', 'hollow', 'gap', 'crossing', 'bend', 'flats', 'inlet', 'landing', 'junction', 'reservoir', 'dam', 'pier', 'wharf', 'quay',
  'courthouse', 'statehouse', 'armory', 'armoury', 'fairground', 'fairgrounds', 'showground', 'showgrounds', 'amphitheater',
  'amphitheatre', 'oval', 'racecourse', 'lighthouse',
  // a landscape's named features: "the Kessaro Range", "the Orlu Escarpment"
  'range', 'ranges', 'plateau', 'tableland', 'lagoon', 'gorge', 'escarpment',
  // South Asia's landings, squares and market towns, and German streets written apart: "Orvi Ghat",
  // "Tesk Chowk", "Velm Bazar", "Kesseler Strasse"
  'ghat', 'chowk', 'bazar', 'strasse', 'straße', 'gasse',
]);

/** Last words that make a capitalized run a place: "Yangtze River", "Gaza Strip". */
export const PLACE_HEADS = new Set([
  'river', 'lake', 'mountain', 'mountains', 'mount', 'hills', 'island', 'islands', 'isles', 'province', 'county',
  'valley', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'straits', 'peninsula', 'desert', 'canal', 'square',
  'street', 'avenue', 'road', 'boulevard', 'parkway', 'expressway', 'freeway', 'highway', 'turnpike', 'airport', 'stadium', 'bridge', 'district', 'region', 'prefecture', 'oblast', 'krai',
  'territory', 'territories', 'state', 'coast', 'heights', 'plain', 'plains', 'delta', 'basin', 'falls',
  'park', 'forest', 'beach', 'harbor', 'harbour', 'village', 'town', 'republic', 'kingdom',
  'emirate', 'emirates', 'strip', 'pass', 'palace', 'castle', 'cathedral', 'abbey', 'base', 'airbase', 'canyon', 'glacier', 'reef', 'shoal', 'atoll', 'crater', 'archipelago',
  'township', 'governorate', 'canton',
  // a landscape's and a town's features, and buildings and grounds named after their place
  ...TOWN_FEATURE_HEADS,
]);
/**
 * Last words of a facility's or a ground's name, places by their head alone in the head-noun rule
 * ("Velmar National Cemetery", "Orlin Plaza", "Kestrel Gardens", "Halvek Drive", "Morrow
 * Terrace", "Kalinov Prospekt", a hall or a camp someone is at; lanes, walks and mews are STREET_HEADS);
 * kept out of PLACE_HEADS, which the other rules read as "no person's, no firm's name".
 */
const FACILITY_HEADS = new Set(['cemetery', 'gardens', 'plaza', 'dome', 'circle', 'trail', 'drive', 'terrace', 'prospekt', 'hall', 'prison', 'penitentiary', 'jail', 'gaol', 'barracks', 'aerodrome', 'airfield', 'camp',
  // a road's or a railway's tunnel: "the Velsmoor Tunnel"
  'tunnel',
  // a railway's, a sheep or cattle farm's, a research or a space station: "Tarnby Station", "Korvane Station"
  'station']);
/** What a venue called "<Kind> Center" holds: "Tennis Centre", "Convention Center", "Shopping Center" */
const VENUE_CENTER_KINDS = new Set(['tennis', 'sports', 'shopping', 'trade', 'convention', 'conference', 'exhibition', 'aquatic', 'aquatics', 'equestrian', 'leisure', 'events']);
/** What a place of custody holds people for: "the Varnley Correctional Facility", "the Orso Detention Centre" */
const CUSTODY_KINDS = new Set(['correctional', 'detention', 'remand']);
const CUSTODY_HEADS = new Set(['center', 'centre', 'facility', 'institution', 'complex', 'unit']);

/** Does the run ending at `end` close with "<Kind> Center" or "<Kind> Centre" (or a custody's "Facility"), in title case? */
function isVenueCenter(tokens: readonly Token[], end: number): boolean {
  const center = tokens[end - 1];
  const kind = tokens[end - 2];
  if (center.shape !== 'title' || kind?.shape !== 'title') return false;
  if (CUSTODY_KINDS.has(kind.lower)) return CUSTODY_HEADS.has(center.lower);
  return (center.lower === 'center' || center.lower === 'centre') && VENUE_CENTER_KINDS.has(kind.lower);
}

/** Kinds of road before a number: "Interstate 84", "Highway 161", "Route 7" */
const ROAD_KINDS = new Set(['interstate', 'highway', 'route']);
const ROAD_NUMBER = /^\d{1,3}[A-Z]?$/;
/** "IPOs", "SUVs": plural initialisms */
const PLURAL_INITIALISM = /^[A-Z]{2,}s$/;
/** Streets and squares of other languages, which persons.ts also keeps out of a person's name ("Avenida Ferreira de Lima") */
export const FOREIGN_STREET_WORDS = [
  'avenida', 'rua', 'calle', 'praça', 'piazza', 'paseo', 'viale',
  // French, Welsh and Irish streets and roads: "Rue des Tanneurs", "Chemin du Moulin", "Heol Tarnog", "Stryd Fawr", "Bóthar na Léime"
  'rue', 'chemin', 'heol', 'stryd', 'ffordd', 'bóthar', 'sráid',
  // Polish, Czech, Slovak, Romanian, Catalan, Malay and Indonesian streets, squares and avenues, and the
  // Mexican and Spanish town quarter: "Aleja Tarnowska", "Náměstí Orvy", "Jalan Velmar", "Colonia Tarsa"
  // (general knowledge, issue 13az)
  'aleja', 'ulica', 'náměstí', 'námestie', 'strada', 'bulevardul', 'avinguda', 'jalan', 'lorong', 'lebuh', 'colonia', 'barrio',
];
/**
 * Those, and more squares and stadiums, open place names ("Plaza de Tarvo", "Estádio da Orla"); not
 * before a body's head ("the Plaza Hotel"), and "Rua", a first name too, not before a surname ("Rua
 * Tavares said")
 */
const FOREIGN_SQUARE_WORDS = [...FOREIGN_STREET_WORDS, 'plaza', 'plaça', ...FOREIGN_STADIUM_WORDS,
  // the French and Galician squares: "Place de la Tarvenne", "Place Orvelle", "Praza do Tarvo" (the
  // English word "Place" closes names, "Velmar Place", and opens one only as the French word)
  'place', 'praza'];
const FOREIGN_SQUARES = new Set(FOREIGN_SQUARE_WORDS);

/** Street words that are first names too: "Rua Tavares", "Rue Kellan" */
const FIRST_NAME_STREET_WORDS = new Set(['rua', 'rue']);

/** Does a square's, a street's or a stadium's word of another language at `start` open a place? */
function isForeignSquare(doc: Doc, start: number): boolean {
  const next = doc.tokens[start + 1];
  if (next.shape === 'lower') return true;
  const flags = tokenFlags(next);
  return !(flags & FLAGS.orgHead) && !(FIRST_NAME_STREET_WORDS.has(doc.tokens[start].lower) && flags & (FLAGS.surname | FLAGS.given | FLAGS.person));
}

/**
 * First words that make a capitalized run a place: "Lake Geneva", "Mount Everest", and the words of
 * mountains, capes, coves, islands, valleys and villages that open place names in other languages:
 * "Sierra Tarnosa", "Cerro Velmar", "Punta Orvia", "Ilha Tarnu", "Jebel Velmar", "Kafr el-Tarnuba",
 * "Kuh-e Velmar", "Gunung Tarnu", "Pulau Velma", "Khao Tarn". (Not the ones that are as often a
 * first name or a surname: "Costa", "Monte", "Valle", "Lago", "Rio", "Ras", "Bandar".) Squares, streets
 * and stadiums of other languages too: "Plaza de Tarvo", "Piazza del Velmo", "Estádio da Orla", "Rue
 * des Tanneurs" (not the French "Stade" nor "Casa", which open clubs' and bodies' names as often).
 */
export const PLACE_PREFIXES = new Set([
  'lake', 'mount', 'mt', 'cape', 'fort', 'port', 'isle',
  'sierra', 'serra', 'cerro', 'punta', 'ponta', 'cabo', 'cala', 'isla', 'ilha', 'playa', 'praia', 'laguna', 'puerto', 'río',
  'jebel', 'jabal', 'wadi', 'kafr', 'kuh', 'kuh-e', 'gunung', 'pulau', 'bukit', 'kampung', 'khao',
  // Arabic words of a spring, a gate, a monastery, a house, a well, an anchorage, a fort and a ruin
  // that open names of places ("Ain Tarvesh", "Bab al-Kelmir", "Deir Velma", "Beit Orva", "Bir Tasra",
  // "Hassi Velmar", "Marsa Tarn", "Qasr Orvan", "Khirbet Velma"; "Ras" and "Umm" only before an article: opensArabicPlaceName)
  'ain', 'bab', 'deir', 'beit', 'bir', 'hassi', 'marsa', 'qasr', 'ksar', 'khirbet',
  // Welsh, Irish and Scottish Gaelic words of a landscape that open its name: river, mountain, hill,
  // wood, valley, lake, island, townland ("Afon Tarw", "Beinn Garbh", "Cwm Dulas", "Baile an Droichid")
  'afon', 'abhainn', 'mynydd', 'beinn', 'sliabh', 'cnoc', 'coille', 'cwm', 'llyn', 'loch', 'lough', 'ynys', 'inis', 'baile',
  // farms and ranches of Spanish-speaking countries: "Rancho Las Tunas", "Fundo El Roble", "Hacienda San Felipe"
  'rancho', 'fundo', 'hacienda', 'finca', 'estancia',
  // palaces and castles of Europe by their own languages' word: "Palazzo Orsolani", "Schloss Tarnberg"
  'palazzo', 'palais', 'schloss', 'castello',
  ...FOREIGN_SQUARE_WORDS,
]);
/**
 * A town's name written as one word with a particle between capitalized parts: the French "-sur-",
 * "-lès-", "-en-", "-de-" ("Varnoul-sur-Mer", "Saint-Orvan-de-Tarn"), the English "-le-", "-upon-"
 * ("Kessel-le-Street", "Tarn-upon-Avon"), the Welsh article "-y-", "-yr-" ("Pont-y-Tarnog", "Heol-yr-Orsaf"). Persons' double names join capitalized parts only
 * ("Oudrier-Lambesse"), and a first part that is a first name or a surname opens a person's or a
 * title's name ("Perez-de-Tudela", "Marie-la-Belle").
 */
const TOWN_WITH_PARTICLE = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*-(?:sur|sous|lès|les|en|de|du|des|aux|le|la|upon|y|yr)-\p{Lu}/u;

/** Is the one token at `start` a town written with its particle, not a person's or a title's hyphenated name ("Perez-de-Tudela", "Marie-la-Belle")? */
function isTownWithParticle(token: Token): boolean {
  if (!TOWN_WITH_PARTICLE.test(token.text) || tokenFlags(token) & ANY_NAME) return false;
  const first = token.text.slice(0, token.text.indexOf('-'));
  const flags = lookup(first.toLowerCase());
  return !(flags & (FLAGS.given | FLAGS.surname)) || (flags & PLACE_FLAGS) !== 0 || first === 'Saint' || first === 'Sainte';
}
/** Where an Irish county stands after its town or a preposition: "Drumcarra, Co Tarmeen", "in Co Offaly" */
const BEFORE_IRISH_COUNTY = new Set([',', 'in', 'of', 'from', 'near']);
/** What the word after a firm's "Co" is and a county's name never: "Co Ltd", "Co Holdings" */
const NOT_A_COUNTY = FLAGS.legalSuffix | FLAGS.orgHead | FLAGS.organization | FLAGS.title;

/**
 * The end of "Co Tarmeen" or "Co. Tarmeen" when the candidate [start, end) opens with the abbreviated
 * "County" after a town's comma or a preposition and before one name word, or -1 (a firm's "Co"
 * follows its name: "Tarvel Co", "Tarvel & Co")
 */
function irishCountyEnd(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (tokens[start].text !== 'Co' || before === undefined || before.sentence !== tokens[start].sentence || !BEFORE_IRISH_COUNTY.has(before.lower)) return -1;
  const period = tokens[start + 1]?.text === '.' && !tokens[start + 1].spaceBefore;
  const county = period ? start + 2 : start + 1;
  if (!period && end !== start + 2) return -1;
  const name = tokens[county];
  if (name === undefined || name.shape !== 'title' || name.sentence !== tokens[start].sentence || tokenFlags(name) & NOT_A_COUNTY || tokens[county + 1]?.shape === 'title') return -1;
  return county + 1;
}

/** First words that make a place of one more name word: "County Carlow", "Camp Halvard", "River Aldwater" */
const ONE_WORD_PLACE_PREFIXES = new Set(['county', 'camp', 'river', 'lake', 'mount']);
/** Air forces whose stations are named with their letters: "RAF Lossiemouth", "RAAF Tindal" */
const AIR_STATION_PREFIXES = new Set(['RAF', 'RAAF', 'RNZAF']);
/** What that name word never is */
const NOT_AFTER_PLACE_PREFIX = FLAGS.title | FLAGS.orgHead | FLAGS.organization | FLAGS.common | FLAGS.demonym;
/** An Arabic article joined to its word ("al-Vorna", "el-Tarn") */
const ARABIC_ARTICLE_JOINED = /^(?:al|el|as|ash|ad|an|ar|at|az|es|er|ed|en|et|ez)-\p{L}/iu;
/**
 * Words of a mountain pass, a plateau, a climb or a peak in French, Spanish and Italian that open a
 * place's name only before a particle ("the Col de Tarvaux", "Plateau de Kessine", "Alto de l'Orvane",
 * "Passo del Tarno"): "Col" alone is a colonel's title ("Col Tavin Brekk"), "Plateau" alone a head
 * noun ("the Tarn Plateau"), "Alto" a first name.
 */
const PREFIXES_BEFORE_PARTICLE = new Set(['col', 'plateau', 'alto', 'passo', 'colle', 'montée', 'puy', 'pic']);
const PARTICLES_AFTER_PASS = new Set(['de', 'du', 'des', 'del', 'della', 'dello', 'di']);

/** Does token `start` open a pass's, a plateau's or a climb's name before its particle ("Col de Tarvaux", "Col d'Orvane")? */
export function opensPassName(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  if (!PREFIXES_BEFORE_PARTICLE.has(tokens[start].lower) || tokens[start].shape !== 'title' || next === undefined || next.sentence !== tokens[start].sentence) return false;
  if (next.shape === 'mixed') return (next.lower.startsWith("d'") || next.lower.startsWith('d’')) && next.text.length > 3;
  return next.shape === 'lower' && PARTICLES_AFTER_PASS.has(next.lower) && tokens[start + 2]?.sentence === next.sentence && (tokens[start + 2].shape === 'title' || tokens[start + 2].shape === 'lower');
}

/** Words that open a place's name only before an Arabic article: a cape's "Ras", a "mother of" that names towns as it names women */
const PREFIXES_BEFORE_ARTICLE = new Set(['ras', 'umm']);

/**
 * Does token `start` open an Arabic place's name before an article: "Ras al-Vorna", "Umm al-Tarsa",
 * "Umm Al Tarsa"? (Alone "Ras" is as often a name, "Ras Kessel", and "Umm" a woman's, "Umm Velid".)
 */
export function opensArabicPlaceName(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  if (!PREFIXES_BEFORE_ARTICLE.has(tokens[start].lower) || next === undefined || next.sentence !== tokens[start].sentence) return false;
  return ARABIC_ARTICLE_JOINED.test(next.text) || ((next.text === 'Al' || next.text === 'El') && tokens[start + 2]?.shape === 'title');
}
/** Heads of "X of Y" place names: "Republic of Ireland", "Gulf of Mexico", "Port of Ellington". */
const PLACE_OF_HEADS = new Set(['port', 'republic', 'kingdom', 'gulf', 'bay', 'isle', 'sea', 'strait', 'straits', 'cape', 'lake', 'city', 'state', 'province', 'county', 'district', 'islands', 'principality', 'sultanate', 'emirate', 'commonwealth']);
/** Words before a place that make a bigger place name: "South Leeds", "Greater London" */
const PLACE_MODIFIERS = new Set([
  'east', 'west', 'north', 'south', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'great', 'greater', 'old', 'new',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'mainland',
  // "Nova Santa Rita", "Nueva Ecija", "Nouvelle-Aquitaine": "new" in Portuguese, Spanish and French
  'nova', 'nueva', 'nuevo',
  // "Metro Tarvane": a city with its suburbs
  'metro',
]);
/** Small words of Portuguese and Spanish place names, in lower case: "Rio Grande do Sul" */
const PLACE_JOINERS = new Set(['do', 'da', 'dos', 'das', 'de', 'del']);
/** Lower-case nouns after a place name: "Velkara province", "Dunmore stadium", "Velkara residents" */
const PLACE_KINDS_AFTER = new Set(['region', 'area', 'township', 'neighborhood', 'neighbourhood', 'checkpoint', 'crossing', 'oilfield', 'port', 'harbour', 'harbor', 'province', 'district', 'county', 'mountains', 'valley', 'river', 'island', 'islands', 'stadium', 'airport', 'mosque', 'church', 'cathedral', 'palace', 'prison', 'sanatorium', 'hospital', 'mine', 'border', 'coast', 'peninsula', 'desert', 'basin', 'enclave', 'settlement', 'refugee', 'suburb', 'residents', 'oblast', 'governorate', 'prefecture', 'municipality',
  // camps, works and wards: "the Qorvan camp", "the Tavik barracks", "the Orrak mines", "the Vell ward"
  'camp', 'barracks', 'terminal', 'mines', 'ward', 'constituency', 'courthouse',
  // roads, tunnels, deposits and grounds: "the Velkar highway", "the Orvan tunnel", "the Tarno deposit", "the Kessel velodrome"
  // (not a road named by the two towns it joins, "the Tarnby-Orvik highway": each town is a place of its own)
  'highway', 'motorway', 'tunnel', 'deposit', 'velodrome', 'airbase', 'subdivision', 'gasfield',
  // villages and South Asia's subdistricts: "Tarnpur village", "the Bhelpur upazila", "Velmo tehsil"
  'village', 'upazila', 'tehsil', 'taluk', 'taluka',
  // works, venues and grounds: "the Orvane refinery", "the Tessk smelter", "the Velkor cinema", "the Drask cemetery"
  'refinery', 'smelter', 'shipyard', 'dam', 'cinema', 'arena', 'venue', 'cemetery', 'delta', 'moors', 'microdistrict',
  'quarry', 'prospect', 'yard',
  // buildings and grounds: "the Velkor temple", "the Orvane campus", "the Tesk bridge", "the Korvel château", "the Ulmo hall"
  'temple', 'campus', 'bridge', 'château', 'chateau', 'hall']);
/** Kinds of area a lower-case word may describe: "the Velkar industrial area", "the Orvo business park" */
const AREAS_AFTER_MODIFIER = new Set(['zone', 'area', 'park', 'estate', 'district',
  // and of fields and mines: "the Tarvo gas field", "the Kessk copper mine"
  'field', 'fields', 'mine', 'mines', 'oilfield', 'gasfield']);

/** "industrial area", "investment zone", "business park", "gas field", "coal mine": one lower-case describing word (no small word or verb) before a kind of area, at token i */
function isAreaKindAfterModifier(doc: Doc, i: number): boolean {
  const modifier = doc.tokens[i];
  const area = doc.tokens[i + 1];
  if (!area || area.shape !== 'lower' || !AREAS_AFTER_MODIFIER.has(area.lower) || area.sentence !== modifier.sentence) return false;
  return !FUNCTION_WORDS.has(modifier.lower) && !isFiniteVerb(modifier.lower);
}

/** ... of which these are roads */
const ROADS_AFTER = new Set(['highway', 'motorway']);
/**
 * Lower-case kinds of land and water after a name: "the Orlu stream", "the Tarvek Dana river". Rivers
 * and hills are named after people as seldom as airports often are, so the name may hold a first
 * name or a surname ("the Orvane highlands", "the Tesk hills": measured with the other rules of today, no
 * false place on either train set)
 */
const LANDFORMS_AFTER = new Set(['stream', 'reservoir', 'lagoon', 'creek', 'gorge', 'plateau', 'estuary', 'wetlands', 'marshes', 'river', 'valley', 'mountains', 'plain', 'plains', 'glacier', 'volcano', 'canyon', 'fjord', 'crater', 'highlands', 'hills']);
/** Plural kinds of place after a list of names: "the Orvel and Danwick valleys", "Tarsk, Velm and Oro provinces", "the Orrak and Velm mines" */
const COORDINATED_KINDS = new Set(['rivers', 'valleys', 'provinces', 'districts', 'regions', 'counties', 'villages', 'prefectures', 'oblasts', 'lakes', 'oilfields', 'gasfields', 'municipalities', 'islands', 'mountains', 'mines']);
/** Works named after the town they stand in: "the Toledo plant", "the Midland refinery" */
const WORKS_AFTER_TOWN = new Set(['plant', 'plants', 'factory', 'refinery', 'mill', 'smelter', 'facility']);
/** Lower-case kinds of administrative area after a name: "Amber province" ("Black residents" are people, not a place) */
const ADMINISTRATIVE_KINDS = new Set(['province', 'prefecture', 'oblast', 'governorate', 'municipality', 'district', 'county', 'region']);
/** Kinds of place that are often named after someone: "the Dana Orrel airport", "Tavi Marsh hospital" */
export const NAMED_AFTER_SOMEONE = new Set(['airport', 'prison', 'hospital', 'stadium', 'mine']);
const COMPASS = new Set(['west', 'east', 'north', 'south', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Prepositions of place before an unknown name: "in Tokmok", "around Vessu" (not "to", "from" or "at": firms and people follow those as often) */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'throughout', 'around']);
/** "the port city of Varnavik", "the village of Ostrelo", "the resort of Marlow"; "north of Dravka", "residents of Ostrelo", "the mayor of Marlow" */
const PLACE_KIND_NOUNS = new Set(['city', 'area', 'towns', 'cities', 'villages', 'provinces', 'regions', 'districts', 'islands', 'ports', 'town', 'village', 'port', 'resort', 'capital', 'province', 'state', 'region', 'suburb', 'district', 'island', 'county', 'municipality', 'hamlet', 'enclave', 'republic', 'kingdom', 'emirate', 'outskirts', 'streets', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'residents', 'inhabitants', 'mayor',
  // "the riding of Tarvel", "the seat of Orvane", "the settlement of Orvik", "the township of Kessu" ("department" left out: "the department of Physics")
  'riding', 'seat', 'settlement', 'constituency', 'parish', 'borough', 'canton', 'commune', 'township', 'neighbourhood', 'neighborhood', 'oasis', 'atoll', 'governorate', 'prefecture', 'barangay']);

/** "in Marion, Kansas", "from Clyde, Ohio": before a town (and its region), not "to" ("spoke to Sydney") */
export const TOWN_PREPOSITIONS = new Set(['in', 'from', 'near', 'outside']);
/** "the village of Marta Velden": above a person's first name (0.8) */
const KIND_OF_STRENGTH = 0.85;
/** what such a name still never is: an organization, a title, a month */
const TOWN_NEVER = FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.time | FLAGS.demonym;
const ANY_NAME = FLAGS.given | FLAGS.surname | FLAGS.organization | FLAGS.person | FLAGS.demonym | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.notName | FLAGS.time;

/** Prepositions before a place "where" goes on from ("in X, where"); not "for" or "of", which take employers and hosts ("worked for X, where") */
const BEFORE_WHERE = new Set(['in', 'near', 'from', 'at', 'to', 'outside', 'around', 'across']);
/** ... of which these take only places, even one a first name opens ("near Chandra Velmor, where") */
const ONLY_PLACES_BEFORE = new Set(['in', 'near', 'outside', 'around', 'across']);
/** what the name must not be known as: a body, a title, a people, a time */
const NOT_WHERE_PLACE = FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.demonym | FLAGS.time | FLAGS.person;

function isPlaceBeforeWhere(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  const comma = tokens[end];
  if (comma?.text !== ',' || tokens[end + 1]?.lower !== 'where' || tokens[end + 1].sentence !== sentence) return false;
  const before = tokens[start - 1];
  if (!before || before.sentence !== sentence || before.shape !== 'lower' || !BEFORE_WHERE.has(before.lower)) return false;
  for (let i = start; i < end; i++) if (tokenFlags(tokens[i]) & NOT_WHERE_PLACE) return false;
  if (end - start > 4 || phraseFlags(doc, start, end) & NOT_WHERE_PLACE) return false;
  // ("at Tarvel Dunn, where he was a partner", "to Maria Lopez, where": after these, a name a first name
  // opens, or one a rule took for a person or a firm, is where someone worked or stayed)
  if (!ONLY_PLACES_BEFORE.has(before.lower) && tokenFlags(tokens[start]) & FLAGS.given) return false;
  return !isInsideNameFound(doc, start, end, !ONLY_PLACES_BEFORE.has(before.lower));
}

/** The place that closes a reporter's sign-off: it teaches no other mention (the body housed there is meant elsewhere) */
export const SIGN_OFF_VENUE_RULE = 'place.sign-off-venue';

/**
 * "Dana Kresk, Velkor News, the Harbour Ministry.", "Ivo Brenn, KVX News at the Tarvel Palace.": a
 * sentence that opens with a person's name, then a comma, an outlet a rule found, a comma or "at"
 * or "from", and closes with this name: the reporter signs off from where the story was made.
 */
function isSignOffVenue(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  // the name closes the sentence: its period, then the text's or the sentence's end
  if (tokens[end]?.text !== '.' || (tokens[end + 1] !== undefined && tokens[end + 1].sentence === sentence)) return false;
  let j = start - 1;
  if (tokens[j]?.lower === 'the') j--;
  let linked = false;
  if (tokens[j]?.lower === 'at' || tokens[j]?.lower === 'from') {
    j--;
    linked = true;
  }
  if (tokens[j]?.text === ',') {
    j--;
    linked = true;
  }
  if (!linked || j < 2 || tokens[j].sentence !== sentence) return false;
  const outletEnd = j + 1;
  let outletStart = -1;
  for (const m of doc.annotations) if (m.type === 'organization' && m.tokenEnd === outletEnd && m.strength >= 0.6 && (outletStart === -1 || m.tokenStart < outletStart)) outletStart = m.tokenStart;
  if (outletStart < 2 || tokens[outletStart - 1].text !== ',') return false;
  const reporterEnd = outletStart - 1;
  for (const m of doc.annotations) {
    if (m.type === 'person' && m.tokenEnd === reporterEnd && m.strength >= 0.6 && (m.tokenStart === 0 || tokens[m.tokenStart - 1].sentence !== sentence)) return true;
  }
  return false;
}

/**
 * Is [start, end) inside an organization found, or a person's name where `persons`, at least 0.6
 * strong? (A function of its own, not a closure in isPlaceBeforeWhere: a closure over its
 * arguments made V8 allocate a context at each of its calls, one per candidate.)
 */
function isInsideNameFound(doc: Doc, start: number, end: number, persons: boolean): boolean {
  for (const m of doc.annotations) {
    if ((m.type === 'organization' || (m.type === 'person' && persons)) && m.tokenStart <= start && m.tokenEnd >= end && m.strength >= 0.6) return true;
  }
  return false;
}

/** How many earlier names of an address a home may stand after ("Tarnshire" after "of Tanyard Lane, Hollingvale,") */
const MAX_HOME_PARTS = 3;
/** what a home's name must not be known as: a body, a title, a people, a time, a person */
const NOT_HOME = FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.demonym | FLAGS.time | FLAGS.person;

/**
 * "Tom Kell, 37, of Tanyard Lane, Hollingvale,", "Ana Dorr, 79, from Saltbury,": court and local
 * reports give a person's age, then where they live, after "of" or "from": each name of the
 * address up to the next comma is a place (a street, a town, a county), whatever its words.
 */
function isHomeAfterAge(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  // (the marks around it first: most candidates of a story stand after no comma, "of" or "from",
  // and need no look in the lists)
  const before = tokens[start - 1]?.lower;
  if (end - start > 4 || (before !== ',' && before !== 'of' && before !== 'from')) return false;
  const after = tokens[end];
  if (after && after.sentence === sentence && after.text !== ',' && after.text !== '.') return false;
  // (a name with its own age is the next person of a list: "Ivo Dane, 34, of Hollingvale, Kessa Marro, 36, of Tarnby")
  if (after?.text === ',' && tokenInSentence(doc, end + 1, sentence)?.shape === 'number' && isAge(tokens[end + 1].text) && tokenInSentence(doc, end + 2, sentence)?.text === ',') return false;
  // back over the address's earlier names ("Tanyard Lane, " before "Hollingvale") to "of"/"from"
  let i = start - 1;
  for (let part = 0; part < MAX_HOME_PARTS; part++) {
    const word = tokenInSentence(doc, i, sentence);
    if (!word) return false;
    if (word.lower === 'of' || word.lower === 'from') break;
    if (word.text !== ',') return false;
    // (the name before the comma: capitalized words only)
    let j = i - 1;
    while (j >= 0 && tokens[j].sentence === sentence && (tokens[j].shape === 'title' || tokens[j].shape === 'upper' || tokens[j].text === '-')) j--;
    if (j === i - 1) return false;
    i = j;
  }
  if (tokenInSentence(doc, i, sentence)?.lower !== 'of' && tokenInSentence(doc, i, sentence)?.lower !== 'from') return false;
  if (!(tokenInSentence(doc, i - 1, sentence)?.text === ',' && tokenInSentence(doc, i - 2, sentence)?.shape === 'number' && tokenInSentence(doc, i - 3, sentence)?.text === ',' && isAge(tokens[i - 2].text))) return false;
  // (not a firm someone works for: "Ivo Dane, 52, of Tarn Holdings")
  // (nor a name a first name opens, "Ivo Dane, 52, of Dana Kell", unless a street's word closes it:
  // "of Willow Walk", "of Rose Close")
  if (tokenFlags(tokens[start]) & FLAGS.given && !(end - start >= 2 && HOME_STREET_ENDS.has(tokens[end - 1].lower))) return false;
  return !(phraseFlags(doc, start, end) & NOT_HOME || tokenFlags(tokens[end - 1]) & (FLAGS.orgHead | FLAGS.legalSuffix));
}

/** Last words of a street's name where someone lives ("Willow Walk", "Rose Close"), no surname's */
const HOME_STREET_ENDS = new Set(['street', 'road', 'lane', 'avenue', 'walk', 'close', 'crescent', 'drive', 'terrace', 'gardens', 'grove', 'mews', 'court', 'place', 'row', 'way', 'rise', 'parade', 'farm', 'cottages']);

/** An age as a report gives it: a number of one to three digits ("34", "101") */
function isAge(text: string): boolean {
  return text.length <= 3 && /^\d+$/.test(text);
}

/** Verbs of saying right after a name, or before it after a quote or a comma ('"No," said Tarvo Lane', 'the vote, said Tarvo Lane,') */
const SAYING = new Set(['said', 'says', 'told', 'added']);
/** what stands before "said" that puts the name after it as the speaker */
const QUOTES_BEFORE_SAYING = new Set([',', '"', '”', "''", "'", '’']);

/**
 * Kinds of street, ground and farm that are also surnames or ordinary words ("Nathan Lane", "the
 * market close", "a fund drive"), so a place only in mixed case and after no first name: "Tanyard
 * Lane", "Quarry Close", "Kiln Row", "Elm Walk", "Tarnhill Farm".
 */
// ("Drive", "Terrace", "Cemetery" are FACILITY_HEADS, read by the head-noun rule before this one)
// (not "stream": "Nord Stream" is a pipeline's name; a stream after its name is LANDFORMS_AFTER's, in lower case)
const STREET_HEADS = new Set(['lane', 'close', 'row', 'walk', 'crescent', 'grove', 'mews', 'farm']);

function isStreetOrGround(doc: Doc, candidate: { start: number; end: number; allCaps: boolean }): boolean {
  const { start, end } = candidate;
  const last = doc.tokens[end - 1];
  if (candidate.allCaps || last.shape !== 'title' || !STREET_HEADS.has(last.lower)) return false;
  // (a street says nothing: "Tarvo Lane said", '," said Tarvo Lane' are a surname's; "Lane" and
  // "Grove" are names a first name no list knows may open)
  const sentence = last.sentence;
  const before = tokenInSentence(doc, start - 1, sentence);
  if (SAYING.has(tokenInSentence(doc, end, sentence)?.lower ?? '') || (before && SAYING.has(before.lower) && QUOTES_BEFORE_SAYING.has(tokenInSentence(doc, start - 2, sentence)?.text ?? ''))) return false;
  // (nor a product of a body the lists know: "Google Drive")
  for (let i = start; i < end - 1; i++) if (tokenFlags(doc.tokens[i]) & FLAGS.organization) return false;
  // (nor a body the lists know that ends the run: "the Emirati Red Crescent")
  return !(tokenFlags(doc.tokens[start]) & (FLAGS.given | FLAGS.title)) && !(phraseFlags(doc, start, end) & (FLAGS.organization | FLAGS.person)) && !(phraseFlags(doc, end - 2, end) & FLAGS.organization) && !(tokenFlags(doc.tokens[end - 2]) & (FLAGS.orgHead | FLAGS.legalSuffix));
}

/** Words of a ground, a farm or a street that a first name may open ("Edwin Field", "Rose Farm", "Dana Place") */
const GROUND_HEADS = new Set([...STREET_HEADS, 'field', 'place', 'side', 'mansion']);
/** Prepositions of place before such a name: "at", "towards", "near", "outside" */
const GROUND_PREPOSITIONS = new Set(['at', 'towards', 'toward', 'near', 'outside']);

/** "at Edwin Field", "towards Rose Side": a first name and a ground's word right after a preposition of place (not before "'s": "at Sally Field's home") */
function isGroundAfterPreposition(doc: Doc, candidate: { start: number; end: number; allCaps: boolean }): boolean {
  const { start, end } = candidate;
  const tokens = doc.tokens;
  const first = tokens[start];
  const last = tokens[end - 1];
  if (candidate.allCaps || first.shape !== 'title' || last.shape !== 'title' || !GROUND_HEADS.has(last.lower) || !(tokenFlags(first) & FLAGS.given)) return false;
  const before = tokenInSentence(doc, start - 1, last.sentence);
  if (!before || !GROUND_PREPOSITIONS.has(before.lower)) return false;
  // (not a target or a workplace: "looked at Sally Field", "works at Dana Place")
  if (before.lower === 'at' && WORK_BEFORE_AT.has(tokenInSentence(doc, start - 2, last.sentence)?.lower ?? '')) return false;
  const after = tokens[end];
  if (after && !after.spaceBefore && (after.text === "'s" || after.text === '’s')) return false;
  // (not a name the lists know as a person's, nor a title's)
  return !(phraseFlags(doc, start, end) & (FLAGS.person | FLAGS.organization)) && !(tokenFlags(first) & FLAGS.title);
}

/** "Google Drive": a listed body's name before a facility's word is the body's product, no place */
function isListedBodysProduct(doc: Doc, start: number, end: number): boolean {
  return (phraseFlags(doc, start, end - 1) & FLAGS.organization) !== 0;
}

/** What the place rules below share over one document */
interface PlaceScan {
  doc: Doc;
  tokens: Token[];
  found: Mention[];
  byStart: Map<number, { end: number }>;
}
/** What pushListedPlaces found: no listed place, one inside the candidate, or a longer name over one */
const LISTED_NONE = 0;
const LISTED_INSIDE = 1;
const LISTED_WHOLE = 2;

// The rules for one candidate are split into functions of a few rules each, in the same order:
// V8 optimizes a small function sooner and compiles it faster than one loop holding every rule.
export function recognizePlaces(doc: Doc): Mention[] {
  const found = newMentions();
  const tokens = doc.tokens;
  const byStart = new Map<number, { end: number }>();
  for (const c of nameCandidates(doc)) byStart.set(c.start, c);
  const scan: PlaceScan = { doc, tokens, found, byStart };
  for (const candidate of nameCandidates(doc)) {
    const { start, end } = candidate;
    if (byWhereOrHome(scan, candidate, start, end)) continue;
    const listed = pushListedPlaces(scan, candidate, start, end);
    if (listed === LISTED_WHOLE) continue;
    const hit = listed === LISTED_INSIDE;
    if (byPlaceShape(scan, candidate, start, end, hit)) continue;
    // ("the town of San Julio de Varga": a run over a particle may be longer)
    if (hit || end - start > maxPlaceLength(doc, start, end) || candidate.allCaps) continue;
    if (byPlaceContext(scan, candidate, start, end)) continue;
    pushUnknownPlace(scan, candidate, start, end);
  }
  for (const m of partyStates(doc)) found.push(m);
  for (const m of roadCodes(doc)) found.push(m);
  for (const m of placesOverParticles(doc, found)) found.push(m);
  return found;
}

/** Rules "where", a home after an age and a member's seat: true when found */
function byWhereOrHome(scan: PlaceScan, candidate: Candidate, start: number, end: number): boolean {
  const { doc, found } = scan;
  // "near Chandra Velmor, where traffic was held up", "in Velmora, where residents walk for water":
  // a name after a preposition that "where" goes on from is a place, whatever its words are alone
  if (isPlaceBeforeWhere(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.where', 0.85));
    return true;
  }
  // "Dana Kresk, Velkor News, the Harbour Ministry.": the end of a reporter's sign-off is where
  // the reporter stands, a place whatever body is housed there
  if (isSignOffVenue(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, SIGN_OFF_VENUE_RULE, 0.9));
    return true;
  }
  // "Tom Kell, 37, of Tanyard Lane, Hollingvale, admitted": where someone of a given age lives
  if (isHomeAfterAge(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.home', 0.85));
    return true;
  }
  // "the member for Tarvel North", "the MP for Orsk", "MLA for Kessu-Varn": the seat a member of
  // a parliament holds is named for the place the voters live in
  if (isSeatAfterMember(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.seat', 0.75));
    return true;
  }
  return false;
}

/** Rule 1: the listed places inside the candidate; LISTED_WHOLE where a longer name over one was found */
function pushListedPlaces(scan: PlaceScan, candidate: Candidate, start: number, end: number): number {
  const { doc, tokens, found } = scan;
  let hit = false;
  /** where the first listed place inside the candidate starts and ends, if it covers less than the candidate */
  let partStart = -1;
  let partEnd = -1;
  // "Trinidad and Tobago", "the United States of America", "People's Republic of China": a listed
  // country's name may go on past the candidate over "and", "of" or "'s"
  const joiner = tokens[end];
  // (and a listed place's "do", "da": "Rio Grande do Sul", "Mato Grosso do Sul")
  const overJoiner = joiner !== undefined && PLACE_JOINERS.has(joiner.text);
  const limit = joiner && (joiner.lower === 'and' || joiner.lower === 'of' || overJoiner || (joiner.lower === "'s" && !joiner.spaceBefore)) ? tokens.length : end;
  for (let i = start; i < end; ) {
    let phrase = longestPhraseAt(doc, i, PLACE_FLAGS, limit);
    // (a country's name only: "Jammu and Kashmir" is news' two regions)
    if (phrase && phrase.end > end && !(phrase.flags & FLAGS.country) && !overJoiner) phrase = longestPhraseAt(doc, i, PLACE_FLAGS, end);
    // ("Sens. Halvey and Kresk": a title's abbreviation, not the French town)
    if (!phrase || phrase.flags & FLAGS.demonym || (phrase.end - i === 1 && isTitleAbbreviation(doc, i))) {
      i++;
      continue;
    }
    hit = true;
    // "South Leeds", "Great Marlow", "Tirana City": a direction before or "City" after a place
    let from = i;
    let to = phrase.end;
    if (from === start + 1 && PLACE_MODIFIERS.has(tokens[start].lower)) from = start;
    // "in Velmoran Kashmir", "Sudanese Darfur": a nationality before a region (not a country or a
    // town) names the part of the region that nation holds (not a landscape after an article, "the
    // French Alps", nor a modifier before a noun, "an American Mideast envoy")
    if (from === start + 1 && to === end && isNationalityOfRegion(doc, start, phrase.flags) && !isArticleOrModifierSlot(doc, start, end)) from = start;
    // "S. Korea", "N. Ireland": a compass point's initial before a country or region
    if (from === start + 2 && to === end && opensWithCompassInitial(doc, start)) from = start;
    if (to === end - 1 && tokens[to].lower === 'city') to = end;
    // "Montgomery County Prosecutor Dana Whitlow": the county before a role inside the run
    else if (to < end - 1 && tokens[to].lower === 'county' && tokens[to].shape === 'title' && tokenFlags(tokens[to + 1]) & FLAGS.title) to++;
    if (from !== i || to !== phrase.end) {
      found.push(mentionFromTokens(doc, 'place', from, to, 'place.gazetteer', 0.75));
      i = to;
      continue;
    }
    const whole = i === start && phrase.end === end;
    if (!whole && partStart < 0) {
      partStart = i;
      partEnd = phrase.end;
    }
    let strength = phrase.flags & FLAGS.country ? 0.8 : 0.75;
    if (!whole) strength = 0.55;
    const single = phrase.end - i === 1;
    if (single && phrase.flags & (FLAGS.given | FLAGS.surname) && !(phrase.flags & FLAGS.country)) strength -= 0.2;
    if (candidate.weakStart && i === start && single && phrase.flags & FLAGS.common) strength -= 0.15;
    // "mayor of the city of Hamilton": the kind of place before "of" says place, above any person
    // the town is named after (not a compass point, which measures as often: "north of Lang")
    if (whole && isKindOfBefore(doc, start, end) && !COMPASS.has(tokens[start - 2].lower)) {
      found.push(mentionFromTokens(doc, 'place', i, phrase.end, 'place.kind-of', KIND_OF_STRENGTH));
      i = phrase.end;
      continue;
    }
    found.push(mentionFromTokens(doc, 'place', i, phrase.end, 'place.gazetteer', strength));
    i = phrase.end;
  }
  // "the village of Velka Wola", "in Batu Orrem": a listed place inside a longer name that a
  // place's context holds (its kind before "of", a preposition of place with only unknown words
  // after the listed one) is the whole name
  if (partStart >= 0) {
    const whole = wholeNameOverPlace(doc, start, end, partStart, partEnd, candidate.allCaps);
    if (whole) {
      found.push(whole);
      return LISTED_WHOLE;
    }
  }
  return hit ? LISTED_INSIDE : LISTED_NONE;
}

/** Places by their shape: the Moon, "X of", a possessive, a road, a state's abbreviation, heads, prefixes; true when found */
function byPlaceShape(scan: PlaceScan, candidate: Candidate, start: number, end: number, hit: boolean): boolean {
  const { doc, tokens, found, byStart } = scan;
  // "landed on the Moon": the Moon with the article (without it "Moon" is a surname; "the Sun" is
  // as often a paper: "told the Sun")
  if (end - start === 1 && tokens[start].text === 'Moon' && start > 0 && tokens[start - 1].text === 'the') {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.celestial', 0.7));
    return true;
  }
  // "Republic of Ireland", "Gulf of Mexico", "Isle of Man"
  const of = tokens[end];
  if (end - start === 1 && PLACE_OF_HEADS.has(tokens[start].lower) && of?.lower === 'of' && byStart.has(end + 1)) {
    found.push(mentionFromTokens(doc, 'place', start, byStart.get(end + 1)!.end, 'place.head-of', 0.85));
    return true;
  }
  // "Varley's Island", "St Oren's Park": a name, its possessive and a kind of place
  const possessiveHead = possessivePlaceEnd(doc, start, end, byStart);
  if (possessiveHead) {
    found.push(mentionFromTokens(doc, 'place', start, possessiveHead, 'place.possessive-head', 0.8));
    return true;
  }
  const length = end - start;
  const last = tokens[end - 1];
  // "Interstate 84", "Highway 161", "State Route 7": a road's number after its kind
  if (ROAD_KINDS.has(last.lower) && last.shape === 'title' && ROAD_NUMBER.test(tokens[end]?.text ?? '') && tokens[end].spaceBefore && !(phraseFlags(doc, start, end - 1) & ANY_NAME)) {
    found.push(mentionFromTokens(doc, 'place', start, end + 1, 'place.road-number', 0.7));
    return true;
  }
  // "Marlow Hills, Ore.", "Springfield, Ill.": a town and its state abbreviation, both places
  const state = stateAbbreviationAfter(doc, end);
  if (state) found.push(mentionFromTokens(doc, 'place', end + 1, state, 'place.state-abbreviation', 0.8));
  // "the Velmar Tennis Centre", "the Orvane Convention Center": a center named after what is held
  // in it is a venue, above the body a "Center" alone names (organizations' head noun)
  if (length >= 2 && isVenueCenter(tokens, end) && !(phraseFlags(doc, start, end) & FLAGS.organization)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.venue-center', 0.85));
    return true;
  }
  // "Hall" only where someone is at it ("at the Orvik Hall", "in Tarbrook Hall"): alone it may be a
  // surname, a publisher or City Hall's administration; and not before "of", which opens a longer
  // name ("the Velmar Hall of Honour", "the Great Hall of the Tarn")
  const hallOf = last.lower === 'hall' && (tokens[end]?.lower === 'of' || !atVenue(tokens, start));
  // "Camp" too, or after "Military" ("from Tarnby Military Camp"): alone a surname's or a firm's ("Union Camp")
  const campAlone = last.lower === 'camp' && !atVenue(tokens, start) && tokens[end - 2]?.lower !== 'military';
  if (length >= 2 && (PLACE_HEADS.has(last.lower) || (FACILITY_HEADS.has(last.lower) && !hallOf && !campAlone && !isListedBodysProduct(doc, start, end))) && !(phraseFlags(doc, start, end) & FLAGS.organization) && !titledPersonInside(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.head-noun', 0.7));
    return true;
  }
  // "gates at Edwin Field", "ran off towards Rose Side": a first name and a ground's or a street's
  // word right after a preposition of place are the place, no person
  if (length === 2 && isGroundAfterPreposition(doc, candidate)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.ground-after-preposition', 0.85));
    return true;
  }
  if (length >= 2 && isStreetOrGround(doc, candidate)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.street', 0.65));
    return true;
  }
  if (length >= 2 && isNamedLikeLandform(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.landform-head', 0.65));
    return true;
  }
  // (not a people's word made of a place: "Puerto Rican", "Sierra Leonean")
  if (length >= 2 && (PLACE_PREFIXES.has(tokens[start].lower) || opensArabicPlaceName(tokens, start) || opensPassName(tokens, start)) && tokens[start].shape !== 'upper' && !(phraseFlags(doc, start, end) & FLAGS.demonym) && (!FOREIGN_SQUARES.has(tokens[start].lower) || isForeignSquare(doc, start))) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.prefix', 0.6));
    return true;
  }
  // "Varnoul-sur-Mer", "Saint-Orvan-de-Tarn", "Kessel-le-Street": one word holding a town name's particle
  if (length === 1 && isTownWithParticle(tokens[start])) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.town-particle', 0.6));
    return true;
  }
  // "Co Offaly", "Co. Tarmeen": the Irish abbreviation of "County" before a county's name (not a firm's "Co")
  const countyEnd = irishCountyEnd(doc, start, end);
  if (countyEnd > 0) {
    found.push(mentionFromTokens(doc, 'place', start, countyEnd, 'place.prefix', 0.8));
    return true;
  }
  // "County Carlow", "Camp Halvard": with one name word only (not "County Chief X", "County NatWest")
  if (length === 2 && ONE_WORD_PLACE_PREFIXES.has(tokens[start].lower) && tokens[start].shape === 'title' && !(tokenFlags(tokens[end - 1]) & NOT_AFTER_PLACE_PREFIX)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.prefix', 0.6));
    return true;
  }
  // "RAF Lossiemouth", "RAAF Tindal": an air force's letters and one name word are its station
  // (not "RAF Regiment", "RAF Police": a body of its own)
  if (length === 2 && AIR_STATION_PREFIXES.has(tokens[start].text) && tokens[end - 1].shape === 'title' && !(tokenFlags(tokens[end - 1]) & NOT_AFTER_PLACE_PREFIX)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.air-station', 0.8));
    return true;
  }
  if (state) {
    // ("Dana Orrel Varnsby, Wash.": a letter's signature, the writer's town after the name)
    // (not an ordinary word ending a body's name after its head and "of": "Tarn County Board of
    // Education, W. Va."; a town there is the body's address: "Velk Partners of Oakvale, Ore.")
    const bodysEnd = length === 1 && start >= 2 && tokens[start - 1].lower === 'of' && (tokenFlags(tokens[start - 2]) & FLAGS.orgHead) !== 0 && isOrdinaryWord(tokens[start]);
    if (!hit && !bodysEnd) found.push(mentionFromTokens(doc, 'place', signatureTownStart(doc, start, end) || start, end, 'place.town-state', 0.75));
    return !bodysEnd;
  }
  return false;
}

/** A name's context says place: a region after a comma, an apposition, a kind before "of", a preposition; true when found (or when the name is known otherwise) */
function byPlaceContext(scan: PlaceScan, candidate: Candidate, start: number, end: number): boolean {
  const { doc, tokens, found } = scan;
  const length = end - start;
  const last = tokens[end - 1];
  // "Springfield, Illinois": an unknown name before a comma and a region or country; after "in"
  // or "from" even a name that is also a person's or a word ("born in Marion, Kansas")
  const flags = phraseFlags(doc, start, end);
  const regionAfter = tokens[end]?.text === ',' && isCapitalized(tokens[end + 1]) ? longestPhraseAt(doc, end + 1, FLAGS.region | FLAGS.country) : null;
  // (not "Ryo Tanabe, Japan's envoy": a country that owns what follows makes an apposition)
  // (nor "Kolva Dravenic, Tarnby Newsroom": a region that opens a body's name after the comma is where
  // the name before it works, as in a reporter's sign-off)
  // (nor a word in capitals inside a sentence in lower case, an acronym's shape: "the opening of VELPEX,
  // London will have ...")
  const commaRegion = regionAfter !== null && !(regionAfter.flags & FLAGS.demonym) && tokens[regionAfter.end]?.lower !== "'s" && !opensBodyName(doc, regionAfter.end) && !(length === 1 && tokens[start].shape === 'upper');
  if (commaRegion && !(flags & ANY_NAME)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.comma-region', 0.6));
    return true;
  }
  // (and a town whose name is a first name, anywhere: "its Gary, Indiana, plant")
  if (commaRegion && (TOWN_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '') || (flags & FLAGS.town && !(flags & (FLAGS.notName | FLAGS.person)))) && !(flags & TOWN_NEVER)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.comma-region', 0.65));
    return true;
  }
  // "Dravka, a mining town in the north": a name before an apposition that says what place it is
  if (isPlaceApposition(doc, end) && !(flags & (TOWN_NEVER | FLAGS.person))) {
    // (above a first name's guess after "in": "Rain fell in Dorla Vesk, a small town near the coast")
    const afterIn = PLACE_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '') && isFirstNameThenUnknown(doc, start, end);
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.apposition', afterIn ? FIRST_NAME_PLACE_STRENGTH : 0.7));
    return true;
  }
  // "the port city of Varnavik", "the towns of Orsk and Ravna"; also a name shaped like a person's
  // ("the village of Marta Velden"), above the person rules
  if (isKindOfBefore(doc, start, end) || isSecondOfPlaceKinds(doc, start)) {
    // ("north of Velmora's offer", "north of Dana Orrel's forecast": a compass point before a
    // possessive, a noun or a person's name measures an amount; it names a place only weakly)
    const compass = start >= 2 && COMPASS.has(tokens[start - 2].lower);
    if (compass && (tokens[end]?.lower === "'s" || isPlainNounAt(doc, end, tokens[start].sentence) || (end - start > 1 && tokenFlags(tokens[start]) & FLAGS.given))) return true;
    // (nor a currency's letters before "$", "a settlement of NZ$40,000", nor a name whose last word is a people's)
    const money = tokens[end]?.text === '$' && !tokens[end].spaceBefore;
    if (!(flags & TOWN_NEVER) && !money && !(tokenFlags(last) & FLAGS.demonym)) found.push(mentionFromTokens(doc, 'place', start, end, 'place.kind-of', compass ? 0.6 : KIND_OF_STRENGTH));
    return true;
  }
  // "in Reading", "near Mobile": a town whose name is also a word or a person's name, after a
  // preposition of place (not a word that names a kind or a part of a place: "boats in Bay harbour",
  // "in Central Europe"; nor a month, "in March"; nor a famous name, "confidence in Obama")
  // (nor a frequent word before a noun, "in Federal court", "in Normal times"; nor before a
  // possessive, "in Paramount's hit"; nor after a stake or a role, "a holding in Puma", "starred in Batman")
  const wordBeforeNoun = (flags & FLAGS.frequent) !== 0 && isPlainNounAt(doc, end, tokens[start].sentence);
  if (flags & FLAGS.town && !(flags & (TOWN_NEVER | FLAGS.notName | FLAGS.person)) && !PLACE_HEADS.has(last.lower) && !PLACE_MODIFIERS.has(tokens[start].lower) && (isAfterPlacePreposition(doc, start) || isSecondAfterPlacePreposition(doc, start, found)) && !wordBeforeNoun && tokens[end]?.lower !== "'s" && !NOT_TOWN_BEFORE_IN.has(tokens[start - 2]?.lower ?? '')) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.preposition-town', 0.6));
    return true;
  }
  // "the Toledo plant", "its Midland factory": a town whose name is also a word, before the works
  // built there (a firm's name there is no town's: "the Tarvex plant" is left to the firm rules)
  if (length === 1 && flags & FLAGS.town && !(flags & (TOWN_NEVER | FLAGS.notName | FLAGS.person | FLAGS.organization | FLAGS.given)) && tokens[end]?.shape === 'lower' && WORKS_AFTER_TOWN.has(tokens[end].lower) && tokens[start].shape === 'title') {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.town-works', 0.7));
    return true;
  }
  // "Amber province", "the Crystal district": a name that is also a first name or a word before a
  // lower-case kind of administrative area (not a people's: "the East African region")
  // (not a kind word that modifies a noun: "Tory county councillors", "the Amber district council")
  if (ADMINISTRATIVE_KINDS.has(tokens[end]?.lower ?? '') && tokens[end].shape === 'lower' && !isPlainNounAt(doc, end + 1, tokens[start].sentence) && !(flags & (TOWN_NEVER | FLAGS.notName | FLAGS.person)) && !PLACE_HEADS.has(last.lower) && !(tokenFlags(last) & FLAGS.demonym) && hasKnownWord(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.administrative-kind', 0.6));
    return true;
  }
  // "the Clara river", "the frozen Dana river": a name the lists know only as a first name or a
  // surname, after a lower-case word and before a lower-case kind of land or water, is the river or
  // the hills (seldom named after people), above the first name's person guess (0.8)
  if (isPersonsNameBeforeLandform(doc, start, end, flags)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.kind-after', 0.85));
    return true;
  }
  if (flags & ANY_NAME) return true;
  return false;
}

/** What a river's or a hill's name known as a person's must not be known as too */
const NOT_LANDFORM_NAME = ANY_NAME & ~(FLAGS.given | FLAGS.surname);

/** Kinds of land or water that are a verb or an adjective after a person too: "watched Dana stream the game", "told Adam plain truths" */
const LANDFORMS_ALSO_WORDS = new Set(['stream', 'plain']);

/** Is [start, end) one or two title-case words known only as persons' names, after a lower-case word of its sentence and before a lower-case LANDFORMS_AFTER word ("the Clara river")? */
function isPersonsNameBeforeLandform(doc: Doc, start: number, end: number, flags: number): boolean {
  const tokens = doc.tokens;
  const kind = tokens[end];
  const before = tokens[start - 1];
  if (end - start > 2 || !kind || kind.shape !== 'lower' || !LANDFORMS_AFTER.has(kind.lower) || LANDFORMS_ALSO_WORDS.has(kind.lower) || kind.sentence !== tokens[start].sentence) return false;
  if (!before || before.shape !== 'lower' || before.sentence !== kind.sentence) return false;
  if (!(flags & (FLAGS.given | FLAGS.surname)) || flags & NOT_LANDFORM_NAME) return false;
  for (let i = start; i < end; i++) if (tokens[i].shape !== 'title' || tokenFlags(tokens[i]) & NOT_LANDFORM_NAME) return false;
  return true;
}

/**
 * Is [start, end) "the" + a first name the lists know as no other kind of name (an ordinary word
 * or a word of another language too, or not: "Mina", "Dom", "Val") + one or two words no list
 * knows? Before a kind of place that is a place's or a building's name more often than a
 * person's ("the Mina Korvel port", "the Dana Orvik port"; but "the Ivo Brandt camp", a surname,
 * stays known)
 */
function givenOpensUnknownName(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const the = tokens[start - 1];
  if (end - start < 2 || end - start > 3 || the?.lower !== 'the' || the.sentence !== tokens[start].sentence) return false;
  const first = tokenFlags(tokens[start]);
  if (!(first & FLAGS.given) || first & ANY_NAME & ~FLAGS.given) return false;
  for (let i = start + 1; i < end; i++) if (tokenFlags(tokens[i]) & (ANY_NAME | FLAGS.common)) return false;
  return true;
}

/**
 * Does the word at i stand after a first name or a title elsewhere in the story ("Marta Velidijk",
 * "defender Aldo Rossenweg")? Then it is that person's surname alone, whatever its ending says
 * ("Critics loved Velidijk"). Only asked of the rare word a place's ending closes.
 */
function isSurnameElsewhere(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const text = tokens[i].text;
  for (let j = 1; j < tokens.length; j++) {
    if (j === i || tokens[j].text !== text) continue;
    const before = tokens[j - 1];
    if (before.sentence === tokens[j].sentence && before.shape === 'title' && tokenFlags(before) & (FLAGS.given | FLAGS.title)) return true;
  }
  return false;
}

/** Names no list knows: a compass point, a kind after, a crowd's venue, examples, a preposition of place */
function pushUnknownPlace(scan: PlaceScan, candidate: Candidate, start: number, end: number): void {
  const { doc, tokens, found, byStart } = scan;
  const length = end - start;
  // "offices on Velmarstraße", "a flat on Tarnsgata": one word a street's ending of another language closes
  // (not a surname the story writes after a first name or a title: "Marta Velidijk ... loved Velidijk")
  if (length === 1 && isCompoundStreetWord(tokens, start) && !isSurnameElsewhere(doc, start)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.compound-street', 0.7));
    return;
  }
  // "relations with the West", "the North and South": a compass point with the article
  if (length === 1 && COMPASS.has(tokens[start].lower) && tokens[start - 1]?.lower === 'the' && !isCapitalized(tokens[end])) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.compass', 0.5));
    return;
  }
  // "the Velkara province", "Dunmore stadium", "the Ostrel mountains": an unknown name before a
  // lower-case kind of place
  // ("the Orvel and Danwick valleys": each name of a list before a plural kind of place; not one
  // name alone, "other Kessaro regions")
  const kindOfList = coordinatedKindAt(doc, end, byStart);
  const kind = kindOfList >= 0 ? tokens[kindOfList] : tokens[end];
  const lastOfList = kindOfList < 0 && start > 1 && tokens[start - 1].lower === 'and' && isCapitalized(tokens[start - 2]);
  if (kind?.shape === 'lower' && (PLACE_KINDS_AFTER.has(kind.lower) || LANDFORMS_AFTER.has(kind.lower) || ((kindOfList >= 0 || lastOfList) && COORDINATED_KINDS.has(kind.lower)) || isAreaKindAfterModifier(doc, end))) {
    // ("the Dana Orrel airport": a building may be named after someone)
    const namedAfter = NAMED_AFTER_SOMEONE.has(kind.lower) || LANDFORMS_AFTER.has(kind.lower) ? FLAGS.given | FLAGS.surname : 0;
    let anyKnown = false;
    // ("the Mina Korvel port", "the Dom Velski hall": after "the", a first name the lists know as no
    // other kind of name opens a place's name when no list knows the words after it)
    const from = givenOpensUnknownName(doc, start, end) ? start + 1 : start;
    // (a first name that is also a word is still a name there: "the Rob Tarvo airport")
    for (let i = from; i < end; i++) {
      const flags = tokenFlags(tokens[i]);
      if (flags & (ANY_NAME | FLAGS.common) & ~namedAfter && !(flags & namedAfter && !(flags & ANY_NAME & ~namedAfter))) anyKnown = true;
    }
    if (!anyKnown && !(ROADS_AFTER.has(kind.lower) && joinsTwoPlaces(tokens[end - 1]))) {
      // (above the first name's guess of a person, 0.8, when the kind says so)
      found.push(mentionFromTokens(doc, 'place', start, end, 'place.kind-after', from > start ? 0.85 : 0.6));
      return;
    }
  }
  // "came from Velampur", "Orvigarh": one word a South Asian town's ending closes (a kind after it names it first, above)
  if (length === 1 && isSouthAsianTownWord(tokens[start]) && !isSurnameElsewhere(doc, start)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.town-ending', 0.7));
    return;
  }
  // "the crowd of 9,000 at the Stadion Orvik": where a crowd or an audience is, a venue no list knows
  if (isCrowdVenue(doc, start) && !(phraseFlags(doc, start, end) & (FLAGS.person | FLAGS.organization | FLAGS.demonym)) && !(tokenFlags(tokens[start]) & (FLAGS.given | FLAGS.title | FLAGS.orgHead))) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.crowd-venue', 0.6));
    return;
  }
  // "towns such as Velkor, Orsa and Tarnby": examples of a kind of place no list knows
  if (PLACE_KIND_PLURALS.has(suchAsNounBefore(doc, start, tokens[start].sentence)?.lower ?? '') && !hasKnownWord(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.such-as', 0.6));
    return;
  }
  // "in Tokmok": an unknown name after a preposition of place
  const before = tokens[start - 1];
  // (not a plural of an initialism: "a boom in IPOs")
  if (before && ((PLACE_PREPOSITIONS.has(before.lower) && before.sentence === tokens[start].sentence) || isSecondAfterPlacePreposition(doc, start, found)) && !PLURAL_INITIALISM.test(tokens[start].text)) {
    if (!hasKnownWord(doc, start, end) && !isJoinedOrdinaryWords(tokens[start].lower)) found.push(mentionFromTokens(doc, 'place', start, end, 'place.preposition', 0.4));
    // ("in Varsu Kato", "in Dorvu Tesk": a first word no list knows, then words known only as
    // surnames, is a place there above the surname's person guess; measured, no such name after
    // "in" or "near" on either train set is a person)
    else if (isUnknownWordThenSurname(doc, start, end)) found.push(mentionFromTokens(doc, 'place', start, end, 'place.preposition', 0.7));
    // ("in Dorla Vesk", "near Ivo Brannix": a known first name, then words no list knows as a
    // surname, a first name or a body's, right after "in", "near", "outside" or "throughout" is
    // a place there, above the first name's person guess; not before "'s" or an apposition)
    else if (PLACE_PREPOSITIONS.has(before.lower) && !PERSON_TAKING_NOUNS.has(tokens[start - 2]?.lower ?? '') && isFirstNameThenUnknown(doc, start, end)) found.push(mentionFromTokens(doc, 'place', start, end, 'place.preposition', FIRST_NAME_PLACE_STRENGTH));
  } else if (before?.lower === 'on' && before.sentence === tokens[start].sentence && !ON_TAKES_OBJECT.has(tokens[start - 2]?.lower ?? '') && !hasKnownWord(doc, start, end) && !hasCapitalsWord(doc, start, end) && !isPlainNounAt(doc, end, tokens[start].sentence) && tokens[end]?.lower !== "'s" && speaksOfIslands(doc)) {
    // "landed on Maruva", "seven of them on Tekoa": in a story of islands, one is "on" them (not a
    // channel's letters, "said on KVTA-TV", nor whom one calls on or what one votes on, "called on
    // Tavrel to resign", "pressure on Tavrel")
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.on-island', 0.45));
  } else if (isPairedWithPlace(doc, start, end) && (!hasKnownWord(doc, start, end) || isUnknownWordThenNames(doc, start, end))) {
    // "the road from Velkoro to Cairo": the other end of a route a place the lists know, this end is
    // a place too (measured on both train sets: of "from X to Y" and "between X and Y" pairs with one
    // end a place, the other is one about 49 times in 50)
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.from-to', 0.5));
  } else if (before?.lower === 'from' && isPeopleFrom(doc, start)) {
    if (!hasKnownWord(doc, start, end)) found.push(mentionFromTokens(doc, 'place', start, end, 'place.people-from', 0.45));
  } else if (before?.text === 'at' && isAtPlace(doc, start, end)) {
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.at', 0.4));
  } else if (before && NEIGHBOURING.has(before.lower) && before.sentence === tokens[start].sentence && !(phraseFlags(doc, start, end) & (FLAGS.person | FLAGS.given | FLAGS.organization))) {
    // "works in neighbouring Tarvo Meskel": what borders a place is a land, never a person's name
    found.push(mentionFromTokens(doc, 'place', start, end, 'place.neighbouring', 0.6));
  }
}

/** The adjective before a land that borders the story's place */
const NEIGHBOURING = new Set(['neighbouring', 'neighboring']);

/**
 * "near Varney, Arkansas", "born in Dana, Kan.": a name after a preposition of place and before a
 * comma and a region, a country or a state's abbreviation is written as a town, whoever else in the
 * story bears the name (not before a country that owns what follows: "from Varney, Britain's envoy").
 */
export function isWrittenAsTownWithRegion(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start].sentence || before.shape !== 'lower' || !TOWN_PREPOSITIONS.has(before.lower)) return false;
  if (tokens[end]?.text !== ',' || !isCapitalized(tokens[end + 1]) || tokens[end + 1].sentence !== before.sentence) return false;
  if (stateAbbreviationAfter(doc, end)) return true;
  const region = longestPhraseAt(doc, end + 1, FLAGS.region | FLAGS.country);
  return region !== null && !(region.flags & FLAGS.demonym) && tokens[region.end]?.lower !== "'s";
}

/** Is token i a nationality alone (no place of its own) before a region that is no country or town? */
function isNationalityOfRegion(doc: Doc, i: number, regionFlags: number): boolean {
  const flags = tokenFlags(doc.tokens[i]);
  return doc.tokens[i].shape === 'title' && (flags & FLAGS.demonym) !== 0 && !(flags & PLACE_FLAGS) && (regionFlags & PLACE_FLAGS) === FLAGS.region;
}

/** Does an article stand before token `start`, or a lower-case word other than a verb (a noun it modifies) after `end - 1`? */
function isArticleOrModifierSlot(doc: Doc, start: number, end: number): boolean {
  const sentence = doc.tokens[start].sentence;
  const before = doc.tokens[start - 1];
  if (before?.sentence === sentence && ARTICLES.has(before.lower)) return true;
  return isNounAfter(doc, end, sentence);
}

const COMPASS_INITIALS = new Set(['N', 'S', 'E', 'W']);

/** Does the run at token `start` open with a compass point's initial and its period ("S. Korea", "N. Ireland")? */
export function opensWithCompassInitial(doc: Doc, start: number): boolean {
  const period = doc.tokens[start + 1];
  return COMPASS_INITIALS.has(doc.tokens[start].text) && period?.text === '.' && !period.spaceBefore;
}

/** Plural kinds of place before "of X and Y": "the towns of Orsk and Ravna" */
/** Kinds of place in the plural, which name their places after "of": "the districts of A, B and C" */
export const PLACE_KINDS_PLURAL = new Set([
  'towns', 'cities', 'villages', 'provinces', 'regions', 'districts', 'states', 'islands', 'ports', 'countries', 'capitals',
  'counties', 'parishes', 'municipalities', 'townships', 'suburbs', 'boroughs', 'prefectures', 'communes',
  'settlements', 'neighbourhoods', 'neighborhoods', 'hamlets', 'constituencies',
]);
/** Capitalized words the first of two places may have */
const MAX_FIRST_PLACE_WORDS = 3;

/** Is the name at token `start` the second of "<plural kind> of X and <name>"? */
function isSecondOfPlaceKinds(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  if (tokens[start - 1]?.lower !== 'and') return false;
  let i = start - 2;
  const stop = start - 2 - MAX_FIRST_PLACE_WORDS;
  while (i > stop && i >= 0 && isCapitalized(tokens[i])) i--;
  if (i === start - 2 || i < 1) return false;
  const kind = tokens[i - 1];
  return tokens[i].lower === 'of' && ((kind.shape === 'lower' && PLACE_KINDS_PLURAL.has(kind.lower)) || isPeopleOfPlace(doc, i - 1)) && kind.sentence === tokens[start].sentence;
}

/** Who fills a venue: "the crowd of 41,000 at the Orvik Arena", "spectators at the Velodrome Tarn" */
const CROWDS = new Set(['crowd', 'crowds', 'spectators', 'audience', 'attendance']);
/** How far before "at" or "in" the crowd's word may stand: "the crowd of 41,000 at" */
const MAX_CROWD_DISTANCE = 5;

/** Is the name at token `start` after "at" or "in" (and "the"), a few words after a crowd's word? */
function isCrowdVenue(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[start].sentence;
  let at = start - 1;
  if (tokenInSentence(doc, at, sentence)?.lower === 'the') at--;
  const preposition = tokenInSentence(doc, at, sentence)?.lower;
  if (preposition !== 'at' && preposition !== 'in') return false;
  for (let i = at - 1; i >= at - MAX_CROWD_DISTANCE; i--) {
    const token = tokenInSentence(doc, i, sentence);
    if (!token) return false;
    if (token.shape === 'lower' && CROWDS.has(token.lower)) return true;
  }
  return false;
}

/** Plural kinds of place a list after "such as" gives examples of: "towns such as Velkor and Orsa" */
const PLACE_KIND_PLURALS = new Set(['towns', 'cities', 'villages', 'countries', 'provinces', 'regions', 'districts', 'islands', 'ports', 'states', 'resorts', 'capitals', 'suburbs', 'neighbourhoods', 'neighborhoods', 'municipalities', 'counties', 'destinations']);

/** Kinds of place that also belong to a person: "the seat of Ivo Brandt", "a settlement of Velkor's claims" */
const KINDS_A_PERSON_HAS = new Set(['seat', 'settlement']);

/**
 * Is the name start..end after a kind of place or its people and "of": "the village of", "residents
 * of"? (Not a seat or a settlement before an owner's "'s", a first name or a title: "the
 * settlement of Velkor's claims" is money, "the seat of Ivo Brandt" the person's.)
 */
function isKindOfBefore(doc: Doc, start: number, end: number): boolean {
  if (start < 2 || doc.tokens[start - 1].lower !== 'of') return false;
  const kind = doc.tokens[start - 2];
  if (KINDS_A_PERSON_HAS.has(kind.lower) && (doc.tokens[end]?.lower === "'s" || tokenFlags(doc.tokens[start]) & (FLAGS.given | FLAGS.title))) return false;
  return (kind.shape === 'lower' && PLACE_KIND_NOUNS.has(kind.lower)) || isPeopleOfPlace(doc, start - 2);
}

/** The people of a place, before "of": "residents of", "villagers of", "the elders of", "the people of" */
const PEOPLE_OF_PLACE = new Set(['residents', 'inhabitants', 'villagers', 'elders', 'people']);

/** Is token i a word for the people of a place ("residents", "villagers"; "people" and "elders" only after "the": not "thousands of people of Velmar descent")? */
function isPeopleOfPlace(doc: Doc, i: number): boolean {
  const word = doc.tokens[i];
  // (lower case, or opening the sentence: "Residents of Velmora and Tarn")
  if (!word || !(word.shape === 'lower' || (word.shape === 'title' && word.sentenceInitial)) || !PEOPLE_OF_PLACE.has(word.lower)) return false;
  if (word.lower !== 'people' && word.lower !== 'elders') return true;
  return doc.tokens[i - 1]?.lower === 'the' && doc.tokens[i - 1].sentence === word.sentence;
}

/** "Deputy Governor Lena Rivers": a title and a first name inside make it a person. */
function titledPersonInside(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end - 2; i++) {
    if (tokenFlags(doc.tokens[i]) & FLAGS.title && tokenFlags(doc.tokens[i + 1]) & FLAGS.given) return true;
  }
  return false;
}

/**
 * "Sen. Martha Kellen (D., Md.)", "(R., Ohio)": the state of a US lawmaker after the party's initial.
 * Found from the party initial, so only where such a bracket opens.
 */
function partyStates(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i + 3 < tokens.length; i++) {
    const party = tokens[i];
    if (party.shape !== 'initial' || !PARTY_INITIALS.has(party.text) || tokens[i - 1].text !== '(') continue;
    let at = i + 1;
    if (tokens[at].text === '.' && !tokens[at].spaceBefore) at++;
    if (tokens[at]?.text !== ',' && tokens[at]?.text !== '-') continue;
    const state = tokens[at + 1];
    if (!state || !isCapitalized(state)) continue;
    let end = 0;
    const flags = tokenFlags(state);
    if (flags & FLAGS.stateAbbreviation) {
      if (state.text.endsWith('.')) end = at + 2;
      else if (tokens[at + 2]?.text === '.' && !tokens[at + 2].spaceBefore) end = at + 3;
    } else if (flags & FLAGS.region) {
      end = at + 2;
    }
    if (end && (tokens[end]?.text === ')' || tokens[end]?.text === ',')) found.push(mentionFromTokens(doc, 'place', at + 1, end, 'place.party-state', 0.8));
  }
  return found;
}
const PARTY_INITIALS = new Set(['D', 'R', 'I']);

/** A road's code: a letter of the road classes of Europe and a number ("A38", "M4", "N88", "E39", "S1", "B4987") */
const ROAD_CODE = /^[ABMNEDS]\d{1,4}$/;
/** Nouns that say a road after its code: "the E39 coastal highway", "the S1 expressway" */
const ROAD_NOUNS = new Set(['road', 'motorway', 'highway', 'expressway', 'freeway', 'bypass', 'autobahn', 'autoroute', 'carriageway', 'ring', 'trunk', 'toll', 'corridor', 'junction', 'interchange']);
/** Words of going along, onto or off a road before "the" and its code: "on the A6", "joining the A38" */
const ALONG_ROAD = new Set(['on', 'along', 'off', 'onto', 'joining', 'join', 'joins', 'via', 'from', 'near', 'across', 'up', 'down', 'closed', 'shut', 'blocked', 'use', 'using']);
/** Airbus models, which "the" takes as a road's code does ("the A320", "the A220") */
const AIRCRAFT_CODE = /^A[23]\d\d$/;

/**
 * "joining the A38.", "on the N88 can", "the E39 coastal highway", "the S1 expressway": a road by
 * its code after "the", before a road's noun (one lower-case word may come between) or after a word
 * of going along it where no noun follows the code ("on the M1 Abrams" is a tank, "the A320
 * fleet" an aircraft).
 */
function roadCodes(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i < tokens.length; i++) {
    const code = tokens[i];
    if (code.shape !== 'initial' || code.text.length < 2 || tokens[i - 1].lower !== 'the' || !ROAD_CODE.test(code.text)) continue;
    const next = tokens[i + 1];
    const roadNoun = next?.shape === 'lower' && (ROAD_NOUNS.has(next.lower) || (ROAD_NOUNS.has(tokens[i + 2]?.lower) && tokens[i + 2].shape === 'lower' && !FUNCTION_WORDS.has(next.lower)));
    const along = i >= 2 && ALONG_ROAD.has(tokens[i - 2].lower) && !AIRCRAFT_CODE.test(code.text) && (!next || next.shape === 'punct' || (next.shape === 'lower' && FUNCTION_WORDS.has(next.lower)));
    if (roadNoun || along) found.push(mentionFromTokens(doc, 'place', i, i + 1, 'place.road-code', 0.7));
  }
  return found;
}

/**
 * "Dana Orrel Varnsby, Wash.", "Ivo K. Brandt Santa Rosa, Calif.": a letter's signature, a person's name
 * run into the writer's town before its state. The town's first token (a listed place ending the
 * run, else its last word), or 0 when the run is no such signature.
 */
export function signatureTownStart(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  if (end - start < 3 || !(tokenFlags(tokens[start]) & FLAGS.given || tokens[start].shape === 'initial') || !stateAbbreviationAfter(doc, end)) return 0;
  for (let i = start + 2; i < end - 1; i++) if (longestPhraseAt(doc, i, PLACE_FLAGS, end)?.end === end) return i;
  return end - 1;
}

/** Initials that open a state's abbreviation written with a space: "W. Va.", "N. Dak.", "S. Dak.", "N. Mex." */
const SPACED_COMPASS = new Set(['w', 'n', 's']);

/** Is tokens[i] the initial of "W. Va." (its period, then the rest of a listed "W.Va")? */
function isSpacedStateAbbreviation(tokens: Token[], i: number): boolean {
  const initial = tokens[i];
  const period = tokens[i + 1];
  const rest = tokens[i + 2];
  if (initial.shape !== 'initial' || !SPACED_COMPASS.has(initial.lower) || period?.text !== '.' || period.spaceBefore || rest?.shape !== 'title' || !rest.spaceBefore) return false;
  return (lookup(`${initial.lower}.${rest.lower}`) & FLAGS.stateAbbreviation) !== 0;
}

/** The end (exclusive) of ", Ill." / ", N.J." after token `end - 1`, its period included unless it ends the sentence; or 0. */
export function stateAbbreviationAfter(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  if (tokens[end]?.text !== ',') return 0;
  let abbreviation = tokens[end + 1];
  if (!abbreviation) return 0;
  // "W. Va.", "N. Dak.": a compass initial, its period and the rest, spaced, as "W.Va." is written together
  if (isSpacedStateAbbreviation(tokens, end + 1)) {
    end += 2;
    abbreviation = tokens[end + 1];
  } else if ((abbreviation.shape !== 'title' && abbreviation.shape !== 'upper') || !(lookup(abbreviation.lower) & FLAGS.stateAbbreviation)) return 0;
  if (abbreviation.text.endsWith('.')) return end + 2;
  const period = tokens[end + 2];
  // "Mass." takes its period; a bare "Mass" or "Miss" is a word, not a state
  if (period?.text !== '.' || period.spaceBefore) return 0;
  // but not the full stop of a sentence ending there, before the next one's first word ("... in
  // Wexton, Mass. The plant ..."), which both CoNLL and OntoNotes leave out of the name
  const next = tokens[end + 3];
  // (a capital, an initial or an opening quote after it: "Mass. A spokesman", 'Mass. "We ...'; not a
  // dash or a bracket, where the splitter is wrong: "Wexton, Mass. -- road repairs")
  const fullStop = next === undefined || (next.sentence !== period.sentence && (next.shape === 'title' || next.shape === 'upper' || next.shape === 'initial' || QUOTES.has(next.text)));
  return fullStop ? end + 2 : end + 3;
}

/** Words before "in" whose "in X" is a firm, a work or a subject, not a town: "a holding in Puma", "starred in Batman", "a degree in Drama" */
export const NOT_TOWN_BEFORE_IN = new Set(['stake', 'stakes', 'holding', 'holdings', 'shares', 'investors', 'invested', 'investment', 'interest', 'role', 'roles', 'starred', 'starring', 'appeared', 'degree', 'doctorate', 'fluent', 'believes', 'believe', 'revenue', 'sales', 'career']);

/** Words before "at" that make what follows a firm or a school: "works at", "studied at", "positions at" */
const WORK_BEFORE_AT = new Set(['work', 'works', 'worked', 'working', 'job', 'jobs', 'position', 'positions', 'career', 'staff', 'study', 'studies', 'studied', 'studying', 'student', 'students', 'line', 'lines', 'shares', 'stake', 'look', 'looks', 'looked', 'looking',
  // a target, not a place: "took aim at Tarvex", "lashed out at", "hinted at", "laughed at"
  'aim', 'aimed', 'pointed', 'point', 'hinted', 'hint', 'laughed', 'jab', 'jabs', 'swipe', 'swipes', 'angry', 'furious', 'targeted',
  // the people of a firm or a school: "researchers at Velmo"
  'researcher', 'researchers', 'employee', 'employees', 'executive', 'executives', 'officials', 'scientist', 'scientists', 'staffer', 'staffers',
  'colleague', 'colleagues', 'worker', 'workers', 'engineer', 'engineers', 'analysts', 'economists', 'managers', 'professors']);

/**
 * "crashed at Velmora", "two fans were arrested at Dunmoor": an unknown name after "at" is a place,
 * unless a job, a firm's word or "look" comes before "at" ("an analyst at Korvel", "works at Velmo"), or a
 * price or a possessive after the name ("closed at C$33", "at Korvel's price")
 */
function isAtPlace(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const at = tokens[start - 1];
  if (at.sentence !== tokens[start].sentence || !/^\p{Lu}/u.test(tokens[start].text) || PLURAL_INITIALISM.test(tokens[start].text)) return false;
  const after = tokens[end];
  if (after && !after.spaceBefore && (after.text === '$' || after.text === "'s" || after.text === '-')) return false;
  if (tokens[start].text.includes('-') || /\d/.test(tokens[start].text)) return false;
  // (not before a plural noun, "cut at Velmart stores"; nor a doctrine, "at Trumpism"; nor a target,
  // "lashed out at Zelmora"; nor where a match was won or lost, "won 2-1 at Tarnley": the side, which
  // the sports rules name)
  if ((isNounAfter(doc, end, at.sentence) && tokens[end].lower.endsWith('s')) || /(?:ism|ist)$/.test(tokens[end - 1].lower)) return false;
  if (tokens[start - 2]?.lower === 'out' && /^lash/.test(tokens[start - 3]?.lower ?? '')) return false;
  const beforeAt = tokens[start - 2];
  if (beforeAt && (/^\d{1,2}-\d{1,2}$/.test(beforeAt.text) || beforeAt.lower === 'away' || beforeAt.lower === 'home') && isSportsStory(doc)) return false;
  // (nor after a comma: "said Dana Orrel, at Korvel")
  const work = tokens[start - 2];
  if (work && (tokenFlags(work) & (FLAGS.title | FLAGS.orgHead) || WORK_BEFORE_AT.has(work.lower) || work.text === ',')) return false;
  for (let i = start; i < end; i++) if (tokenFlags(tokens[i]) & (ANY_NAME | FLAGS.common)) return false;
  return true;
}

/** Is the name at token `start` the second of "in X and <name>", "near X or <name>" (X of one to three capitalized words)? */
function isSecondAfterPlacePreposition(doc: Doc, start: number, found: readonly Mention[]): boolean {
  const tokens = doc.tokens;
  const joiner = tokens[start - 1];
  if (!joiner || (joiner.lower !== 'and' && joiner.lower !== 'or') || joiner.shape !== 'lower') return false;
  let i = start - 2;
  const stop = start - 2 - MAX_FIRST_PLACE_WORDS;
  while (i > stop && i >= 0 && isCapitalized(tokens[i])) i--;
  // ("near Velk's Point and Bataraza": the first place may hold what no capital does; the mention
  // this recognizer made of it says where it starts)
  // (found is in the order of the text: the place just before the joiner is among its last)
  for (let k = found.length - 1; k >= 0 && k >= found.length - 3; k--) {
    const m = found[k];
    if (m.type === 'place' && m.tokenEnd === start - 1 && m.tokenStart <= i) i = m.tokenStart - 1;
  }
  if (i === start - 2 || i < 0) return false;
  // (or "from" after people: "farmers from Velkoro and Ostrelo")
  if (!(tokens[i].shape === 'lower' && (PLACE_PREPOSITIONS.has(tokens[i].lower) || (tokens[i].lower === 'from' && isPeopleFrom(doc, i + 1))) && tokens[i].sentence === tokens[start].sentence)) return false;
  // (not after a body, "invested in Nvidia and Quibit", nor before a verb, "born in Velmar and Orrel raised him")
  const first = i + 1;
  // (a loop, not annotations.some: a closure over `first` would make a context at every call of this function)
  for (const m of doc.annotations) if (m.type === 'organization' && m.tokenStart <= first && m.tokenEnd > first) return false;
  if (tokenFlags(tokens[start - 2]) & (FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.organization)) return false;
  const after = tokens[start + 1];
  return !(after && after.sentence === tokens[start].sentence && after.shape === 'lower' && isFiniteVerb(after.lower));
}

/**
 * A first word no list knows, then words the lists know only as first names or surnames ("Tarnakoru
 * Dravik", "Velsmoor Marel"): a person's name by its shape, a place's at a way's end
 */
function isUnknownWordThenNames(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start < 2 || tokenFlags(tokens[start]) & (ANY_NAME | FLAGS.common | FLAGS.language | PLACE_FLAGS)) return false;
  for (let i = start + 1; i < end; i++) {
    const flags = tokenFlags(tokens[i]);
    if (tokens[i].shape === 'lower' || !(flags & (FLAGS.given | FLAGS.surname)) || flags & (ANY_NAME | FLAGS.common | FLAGS.language) & ~(FLAGS.given | FLAGS.surname)) return false;
  }
  return true;
}

/** Words of a journey, a route or what is sent along one before its "from": "flights from", "the road from", "a letter from" */
const TRAVEL_WORDS = new Set(['letter', 'letters', 'mail', 'cargo', 'cargoes', 'shipment', 'shipments', 'exports', 'imports', 'trade', 'calls', 'flight', 'flights', 'flew', 'fly', 'flying', 'ferry', 'ferries', 'boat', 'boats', 'ship', 'ships', 'sailed', 'sailing', 'bound', 'road', 'roads', 'highway', 'route', 'routes', 'line', 'rail', 'railway', 'train', 'trains', 'bus', 'buses', 'drove', 'driving', 'travelled', 'traveled', 'travelling', 'traveling', 'journey', 'trip', 'voyage', 'pipeline', 'service', 'services', 'walked', 'marched', 'moved', 'evacuated', 'fled', 'flown', 'shipped', 'crossing']);
/** How many words before "from" may stand between it and its journey's word: "the daily ferry service from" */
const TRAVEL_WORD_REACH = 3;

/** Is a word of a journey, a route or a sending among the few words before "from" at token `from`, in its sentence? */
export function hasTravelWordBefore(doc: Doc, from: number): boolean {
  return hasWordBefore(doc, from, TRAVEL_WORDS, TRAVEL_WORD_REACH);
}

/** Is one of `words` among the `reach` words before token `at`, in its sentence? */
export function hasWordBefore(doc: Doc, at: number, words: ReadonlySet<string>, reach: number): boolean {
  const tokens = doc.tokens;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    if (tokens[k].sentence !== tokens[at].sentence) return false;
    if (words.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * Is [start, end) the start of a route, "the road from X to <place>", "flights from X to <place>",
 * whose other end is a place the lists know (a country, a city, a region; no body's or person's
 * name), in one sentence, after a word of a journey or a route (as name-lists.ts's route-end rule
 * asks for its ends: not "control passed from X to Y")? The route's other end, and a pair "between
 * <place> and X", are name-lists.ts's.
 */
function isPairedWithPlace(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (!before || before.lower !== 'from' || before.shape !== 'lower' || before.sentence !== tokens[start].sentence) return false;
  const after = tokens[end];
  if (after?.lower !== 'to' || after.sentence !== tokens[start].sentence) return false;
  const other = longestPhraseAt(doc, end + 1, PLACE_FLAGS, Math.min(tokens.length, end + 1 + MAX_PAIRED_PLACE_WORDS));
  if (!other || other.flags & (FLAGS.organization | FLAGS.person | FLAGS.given | FLAGS.surname | FLAGS.common)) return false;
  // (the place's name ends there: "to Velkoro Harbour Board" is a body's)
  if (isCapitalized(tokens[other.end]) && tokens[other.end].sentence === tokens[start].sentence) return false;
  return hasTravelWordBefore(doc, start - 1);
}

const MAX_PAIRED_PLACE_WORDS = 4;

/** Kinds of place an apposition names: "Dravka, a small town ..." */
const APPOSITION_PLACE_KINDS = new Set(['town', 'city', 'village', 'suburb', 'district', 'region', 'province', 'port', 'island', 'hamlet', 'municipality', 'county', 'resort', 'enclave', 'settlement', 'neighborhood', 'neighbourhood', 'township', 'capital']);
/** Lower-case words an apposition may put before its kind of place: "a small mining town" (at most three) */
const MAX_APPOSITION_MODIFIERS = 3;

/** After token `end - 1`: ", a/an/the [up to three lower-case words] <kind of place>", the kind not a modifier of a noun ("a city councillor") nor an owner ("the city's mayor")? */
function isPlaceApposition(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  if (tokens[end]?.text !== ',' || !ARTICLES.has(tokens[end + 1]?.lower ?? '') || tokens[end + 1].shape !== 'lower') return false;
  const sentence = tokens[end].sentence;
  for (let i = end + 2; i <= end + 2 + MAX_APPOSITION_MODIFIERS; i++) {
    const token = tokens[i];
    if (!token || token.sentence !== sentence || (token.shape !== 'lower' && token.shape !== 'punct')) return false;
    if (token.shape === 'punct' && token.text !== '-') return false;
    // (not "the island's deputy governor": a role of the place)
    if (APPOSITION_PLACE_KINDS.has(token.lower)) return !isNounAfter(doc, i + 1, sentence) && tokens[i + 1]?.lower !== "'s";
  }
  return false;
}

/** Kinds of place after a name's possessive, besides the place heads: "Oren's Point", "Kelby's Bluff" */
const POSSESSIVE_PLACE_HEADS = new Set(['point', 'bluff', 'tomb', 'vineyard', 'landing', 'cove', 'creek']);

/**
 * The end of "<name>'s <kind of place>" ("Varley's Island", "St Oren's Park") for the candidate at
 * start..end, or 0: a name of one or two words that is no place or organization (those own what
 * follows: "Kenya's Rift Valley"), its possessive, and one capitalized place head.
 */
function possessivePlaceEnd(doc: Doc, start: number, end: number, byStart: Map<number, { end: number }>): number {
  const tokens = doc.tokens;
  const mark = tokens[end];
  if (!mark || mark.spaceBefore || end - start > 2) return 0;
  const possessive = mark.lower === "'s" || mark.lower === '’s' || ((mark.text === "'" || mark.text === '’') && tokens[end - 1].lower.endsWith('s'));
  if (!possessive) return 0;
  const head = byStart.get(end + 1);
  if (!head || head.end !== end + 2) return 0;
  const word = tokens[end + 1];
  if (word.shape !== 'title' || !(PLACE_HEADS.has(word.lower) || POSSESSIVE_PLACE_HEADS.has(word.lower))) return 0;
  if (phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym) || tokenFlags(tokens[end - 1]) & (PLACE_FLAGS | FLAGS.organization | FLAGS.demonym)) return 0;
  // (not a club in a results line or a fixture: "Kelby's Park 2", "Kelby's Park v Ross Rovers")
  const after = tokens[end + 2];
  if (after && (/^\d/.test(after.text) || after.lower === 'v' || after.lower === 'vs')) return 0;
  return end + 2;
}

/** Members of a parliament by the words news uses for them before "for" and their seat ("the member for", "the Labor MP for") */
const SEAT_HOLDERS = new Set(['member', 'mp', 'mla', 'mha', 'mpp', 'msp', 'mna', 'td', 'mk']);

/**
 * Is tokens start..end-1 a seat after "<member> for" in its sentence ("the member for Tarvel
 * North")? Not a name a list knows as a person's or a body's ("the member for Labour"), nor a
 * run that goes on past a possessive, nor a portfolio of ordinary words ("the cabinet member for
 * Housing", "the executive member for Children and Families") unless a list knows it as a town.
 */
function isSeatAfterMember(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const forToken = tokens[start - 1];
  const holder = tokens[start - 2];
  if (!forToken || !holder || forToken.text !== 'for' || holder.sentence !== tokens[start].sentence || forToken.sentence !== holder.sentence) return false;
  if (!SEAT_HOLDERS.has(holder.lower) || (holder.lower === 'member' && holder.shape !== 'lower' && holder.shape !== 'title')) return false;
  if (tokens[end]?.lower === "'s") return false;
  let portfolio = true;
  for (let i = start; i < end; i++) if (tokens[i].shape !== 'lower' && !isOrdinaryWord(tokens[i])) portfolio = false;
  if (portfolio && !(phraseFlags(doc, start, end) & (PLACE_FLAGS | FLAGS.town))) return false;
  return !(phraseFlags(doc, start, end) & (FLAGS.person | FLAGS.organization | FLAGS.time | FLAGS.title | FLAGS.demonym));
}

/** Is a word of tokens start..end-1 a name or an ordinary word some list knows? */
function hasKnownWord(doc: Doc, start: number, end: number): boolean {
  // (the lower-case particles and articles the run joined say nothing: "Àird an Fhraoich")
  // (nor is a language's name a place: "said in Tagalog")
  for (let i = start; i < end; i++) if (doc.tokens[i].shape !== 'lower' && tokenFlags(doc.tokens[i]) & (ANY_NAME | FLAGS.common | FLAGS.language)) return true;
  return false;
}

/** Is the name at token `start` the object of a preposition of place ("in", "near") in its sentence? */
function isAfterPlacePreposition(doc: Doc, start: number): boolean {
  const before = doc.tokens[start - 1];
  return before !== undefined && before.shape === 'lower' && PLACE_PREPOSITIONS.has(before.lower) && before.sentence === doc.tokens[start].sentence;
}

/** People, in the words news uses for them, whose "from X" says where they live: "farmers from Velkoro", "a boat owner from Ostrelo" (not an operator or a contractor: "a contractor from Velkor" is as often a firm's) */
const PEOPLE_BEFORE_FROM = new Set([
  'people', 'residents', 'villagers', 'farmers', 'fishermen', 'traders', 'women', 'men', 'families', 'children', 'students', 'pupils',
  'man', 'woman', 'boy', 'girl', 'family', 'farmer', 'fisherman', 'trader', 'villager', 'resident', 'native', 'natives', 'youths', 'youth',
  'owner', 'teacher', 'shopkeeper', 'mother', 'father', 'grandmother', 'grandfather', 'widow', 'pensioner', 'migrants', 'refugees', 'pilgrims',
  // callings and roles whose "from X" is where one comes from, not an employer ("a theologian from
  // Velkoro", "nurses from Ostrelo", "a former lands minister from Tarvu")
  'schoolteacher', 'teachers', 'theologian', 'preacher', 'pastor', 'priest', 'chief', 'chiefs', 'elder', 'nurse', 'nurses', 'minister',
  'landowners', 'voters', 'delegates', 'survivors', 'victims', 'mourners', 'islanders', 'parishioners', 'worshippers', 'tribesmen',
]);

/** Words that make a story one of islands, where places are "on" */
const ISLAND_WORDS = new Set(['island', 'islands', 'atoll', 'atolls', 'isle', 'isles', 'archipelago', 'islanders']);
const islandStories = new WeakMap<Doc, boolean>();
/** Words before "on" whose object is a person or a matter, not where one is: "called on", "pressure on", "a vote on" */
const ON_TAKES_OBJECT = new Set([
  'call', 'calls', 'called', 'calling', 'pressure', 'pressed', 'rely', 'relies', 'relied', 'relying', 'depend', 'depends', 'depended',
  'depending', 'focus', 'focused', 'focusing', 'focuses', 'vote', 'votes', 'voted', 'voting', 'debate', 'debates', 'comment', 'comments',
  'commented', 'commenting', 'blamed', 'blame', 'bet', 'bets', 'betting', 'sanctions', 'attack', 'attacks', 'turned', 'referendum',
]);

/** Two capitals in a row: an acronym's or a call sign's shape ("KVTA-TV") */
const TWO_CAPITALS = /[A-Z]{2}/;

/** Does a word of the run stand in capitals, an acronym's shape? */
function hasCapitalsWord(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (TWO_CAPITALS.test(doc.tokens[i].text)) return true;
  return false;
}

/** Does the story speak of islands anywhere (in lower case)? */
function speaksOfIslands(doc: Doc): boolean {
  let known = islandStories.get(doc);
  if (known === undefined) {
    known = doc.tokens.some((t) => t.shape === 'lower' && ISLAND_WORDS.has(t.lower));
    islandStories.set(doc, known);
  }
  return known;
}

/** Is the name at token `start` after "<people> from" ("farmers from", "a boat owner from") in its sentence? */
function isPeopleFrom(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const from = tokens[start - 1];
  const people = tokens[start - 2];
  return from.shape === 'lower' && people !== undefined && (people.shape === 'lower' || (people.sentenceInitial && people.shape === 'title')) && people.sentence === from.sentence && from.sentence === tokens[start].sentence && PEOPLE_BEFORE_FROM.has(people.lower);
}

/** Words before a place named like a landform: an article, an owner's pronoun ("its Kessu Hill mine") or a preposition of place */
const LANDFORM_BEFORE = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'at', 'in', 'near', 'on', 'to', 'from', 'of', 'outside', 'around', 'above', 'below', 'across', 'towards', 'toward']);

/**
 * Last words of a place's name that are also surnames or words: "Varnak Hill", "Tessel Ridge",
 * "Kapsu Market" (the ones no surname is, "Bend", "Creek", "Landing", "Oval", are TOWN_FEATURE_HEADS,
 * place heads wherever they stand)
 */
const LANDFORM_HEADS = new Set(['hill', 'ridge', 'market']);

/**
 * "Varnak Hill", "Tessel Ridge", "Kessu Market": a place's last word after name words no list
 * knows as a first name, a person, a body or an ordinary word ("Dana Hill" is a person, "Capitol
 * Hill" a place the gazetteer knows).
 */
function isNamedLikeLandform(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const last = tokens[end - 1];
  if (last.shape !== 'title' || !LANDFORM_HEADS.has(last.lower)) return false;
  // (after an article, a preposition of place or a possessive: "at Varnak Hill", "the Tessel Ridge
  // mine", "Marlow's Kessu Market"; not after "and", "by" or a verb, "and Darel Hill drove in",
  // "signed by Zoltar Hill", "said Zoltar Hill would", nor in a bracket, "(Darel Hill, Ivo Brandt)")
  const before = tokens[start - 1];
  if (!before || before.sentence !== last.sentence || !(LANDFORM_BEFORE.has(before.lower) || before.lower === "'s")) return false;
  for (let i = start; i < end - 1; i++) {
    if (tokens[i].shape !== 'title' || tokenFlags(tokens[i]) & (FLAGS.given | FLAGS.person | FLAGS.organization | FLAGS.orgHead | FLAGS.title | FLAGS.common | FLAGS.time | FLAGS.notName | FLAGS.demonym)) return false;
  }
  return !(phraseFlags(doc, start, end) & (FLAGS.organization | FLAGS.person));
}

/** Small lower-case words inside place names: "San Roque de Salug", "Santa Clara do Norte", "Hradek nad Orlici", "Kingston upon Thames", "Frankfurt am Main" */
const PLACE_NAME_PARTICLES = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'di', 'della', 'nad', 'pod', 'upon', 'am', 'sur']);
/** Articles after "de": "San Felipe de las Huertas", "Puerto de la Cruz" */
const PLACE_PARTICLE_ARTICLES = new Set(['la', 'las', 'los', 'lo', 'le', 'les']);
/** Capitalized words after the particle at most */
const MAX_WORDS_AFTER_PARTICLE = 3;

/**
 * Where the capitalized words after a place name's particle at token `at` start ("de Salug", "de
 * las Huertas": past the particle and its article), in `sentence`; -1 where no particle and
 * capitalized word stand there.
 */
export function afterPlaceParticle(tokens: readonly Token[], at: number, sentence: number): number {
  const particle = tokens[at];
  if (!particle || particle.shape !== 'lower' || particle.sentence !== sentence || !PLACE_NAME_PARTICLES.has(particle.lower)) return -1;
  let next = at + 1;
  if (tokens[next]?.shape === 'lower' && PLACE_PARTICLE_ARTICLES.has(tokens[next].lower)) next++;
  return tokens[next] !== undefined && tokens[next].sentence === sentence && isCapitalized(tokens[next]) ? next : -1;
}
/** what the words after the particle never are: a time ("in Velmora de Monday" is no name), a title */
const NOT_AFTER_PARTICLE = FLAGS.time | FLAGS.title | FLAGS.orgHead | FLAGS.legalSuffix;

/**
 * "the town of San Roque de Salug", "Zamboanga del Norte", "Kingston upon Thames": a place found
 * that opens and ends its run of capitals, then a particle of place names and one to three
 * capitalized words ending theirs, is one place with them (not a person's "Carlos Moura dos Anjos":
 * the place there is inside a longer run).
 */
function placesOverParticles(doc: Doc, found: readonly Mention[]): Mention[] {
  const tokens = doc.tokens;
  const out = newMentions();
  for (const m of found) {
    // (not a country: "in France de Gaulle formed", "In Spain del Bosque named" open a person's name)
    if (m.type !== 'place' || phraseFlags(doc, m.tokenStart, m.tokenEnd) & FLAGS.country) continue;
    const first = tokens[m.tokenStart];
    const before = tokens[m.tokenStart - 1];
    if (before && before.sentence === first.sentence && isCapitalized(before) && !before.sentenceInitial) continue;
    const from = afterPlaceParticle(tokens, m.tokenEnd, first.sentence);
    if (from < 0) continue;
    let at = from;
    while (at < tokens.length && at - from < MAX_WORDS_AFTER_PARTICLE && isCapitalized(tokens[at]) && tokens[at].shape !== 'upper' && tokens[at].sentence === first.sentence && !(tokenFlags(tokens[at]) & NOT_AFTER_PARTICLE)) at++;
    // (the words after the particle end the run of capitals, and none is a time, a title or a head)
    if (at === from || (tokens[at] && isCapitalized(tokens[at]) && tokens[at].sentence === first.sentence)) continue;
    out.push(mentionFromTokens(doc, 'place', m.tokenStart, at, 'place.particle-name', Math.max(m.strength, 0.6)));
  }
  return out;
}

/** Tokens a name no list knows may have: three capitalized words, and up to two particles between them */
function maxPlaceLength(doc: Doc, start: number, end: number): number {
  let particles = 0;
  for (let i = start + 1; i < end - 1; i++) if (doc.tokens[i].shape === 'lower') particles++;
  return 3 + Math.min(particles, 2);
}

/**
 * The whole candidate start..end as a place, where a listed place covers only part of it
 * (partStart..partEnd) and the context says place: after "the village of", "residents of" (any
 * words but a person's, a body's or a title), or after "in", "near" or "<people> from" with the
 * listed place first and only words no list knows after it ("in Batu Orrem"). Else null.
 */
function wholeNameOverPlace(doc: Doc, start: number, end: number, partStart: number, partEnd: number, allCaps: boolean): Mention | null {
  const tokens = doc.tokens;
  if (allCaps || end - start > maxPlaceLength(doc, start, end)) return null;
  const flags = phraseFlags(doc, start, end);
  if (flags & (TOWN_NEVER | FLAGS.person)) return null;
  for (let i = start; i < end; i++) if (tokenFlags(tokens[i]) & (TOWN_NEVER | FLAGS.person)) return null;
  // (a compass point before "of" measures as often as it places: "north of Velka Wola" is left to the rule above)
  const kindOf = isKindOfBefore(doc, start, end) && !COMPASS.has(tokens[start - 2].lower);
  if (kindOf || isSecondOfPlaceKinds(doc, start)) return mentionFromTokens(doc, 'place', start, end, 'place.kind-of', KIND_OF_STRENGTH);
  // (not a country, which modifies what follows: "in Norway Kelsbonds")
  if (partStart !== start || phraseFlags(doc, partStart, partEnd) & FLAGS.country) return null;
  for (let i = partEnd; i < end; i++) if (tokenFlags(tokens[i]) !== 0 || tokens[i].shape !== 'title') return null;
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start].sentence || before.shape !== 'lower') return null;
  if (PLACE_PREPOSITIONS.has(before.lower) || (before.lower === 'from' && isPeopleFrom(doc, start))) return mentionFromTokens(doc, 'place', start, end, 'place.known-first-word', 0.6);
  return null;
}

/** What a word after an unknown first word may be known as in a place's name: "in Varsu Kato" (a surname alone) */
const SURNAME_ONLY = FLAGS.surname | FLAGS.person | FLAGS.town | FLAGS.prefix;

/**
 * Tokens start..end-1: a first word no list knows, then words known as surnames only ("Varsu
 * Kato")? Not before a possessive: "the twist in Zoltar Kato's story" is a person's.
 */
function isUnknownWordThenSurname(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start < 2 || !isUnlisted(tokens[start]) || tokens[start].shape !== 'title' || tokens[end]?.lower === "'s") return false;
  for (let i = start + 1; i < end; i++) {
    const flags = tokenFlags(tokens[i]);
    if (flags & ~SURNAME_ONLY || tokens[i].shape !== 'title') return false;
  }
  return true;
}

/** Above a known first name's person guess (0.8): only where nothing in the story says person (below) */
const FIRST_NAME_PLACE_STRENGTH = 0.82;
/** What the words after the first name must not be known as */
const NOT_PLACE_AFTER_FIRST_NAME = FLAGS.surname | FLAGS.given | FLAGS.person | FLAGS.orgHead | FLAGS.organization;

/**
 * "Dorla Vesk", "Ivo Brannix City": a known first name, then title-case words no list knows as a
 * surname, a first name, a person or a body's, not before "'s" nor before an apposition (", a scholar")
 */
function isFirstNameThenUnknown(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start < 2 || tokens[start].shape !== 'title' || !(tokenFlags(tokens[start]) & FLAGS.given) || tokens[end]?.lower === "'s") return false;
  if (tokens[end]?.text === ',' && ARTICLES.has(tokens[end + 1]?.lower ?? '') && !isPlaceApposition(doc, end)) return false;
  for (let i = start + 1; i < end; i++) if (tokens[i].shape !== 'title' || tokenFlags(tokens[i]) & NOT_PLACE_AFTER_FIRST_NAME) return false;
  // (a last word the story writes alone elsewhere is a surname: "interest in Dana Okorafor ... Okorafor, 19, scored")
  return !standsAloneElsewhere(doc, start, end);
}

/** Nouns after which "in" takes a person as often as a place: "interest in", "confidence in", "a threat in" */
const PERSON_TAKING_NOUNS = new Set(['interest', 'confidence', 'trust', 'faith', 'belief', 'threat', 'talent', 'role', 'stake', 'hope', 'investment', 'rival', 'ally', 'partner']);

/** Does the last word of [start, end) stand in the story outside this span, not after the same first words (a surname's use)? */
export function standsAloneElsewhere(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const last = tokens[end - 1].text;
  for (let i = 0; i < tokens.length; i++) {
    if (i === end - 1 || tokens[i].text !== last) continue;
    if (i - (end - 1 - start) >= 0 && tokens[i - (end - 1 - start)].text === tokens[start].text) continue;
    return true;
  }
  return false;
}

/** "March-June", "North-South": a hyphenated word whose every part is a time or an ordinary word (a span or a relation, not a place) */
function isJoinedOrdinaryWords(lower: string): boolean {
  if (!lower.includes('-')) return false;
  return lower.split('-').every((part) => part !== '' && (lookup(part) & (FLAGS.time | FLAGS.common)) !== 0);
}

/** Does a body's head noun follow at token j, in title case, after the name before it ("Zagreb Newsroom", "Ohio Desk")? */
function opensBodyName(doc: Doc, j: number): boolean {
  const token = doc.tokens[j];
  return token !== undefined && token.shape === 'title' && token.sentence === doc.tokens[j - 1].sentence && (tokenFlags(token) & FLAGS.orgHead) !== 0;
}

/** "Tarnby-Orvik": one word of two listed places joined by a hyphen */
function joinsTwoPlaces(token: Token): boolean {
  const parts = token.text.split('-');
  return parts.length === 2 && parts.every((part) => part !== '' && (lookup(part.toLowerCase()) & PLACE_FLAGS) !== 0);
}

/** Prepositions that put someone at a venue */
const AT_VENUE = new Set(['at', 'in', 'inside', 'outside', 'into']);

/** Is the name at `start` after "at", "in", "outside" (and "the")? */
function atVenue(tokens: Doc['tokens'], start: number): boolean {
  let i = start - 1;
  if (tokens[i]?.lower === 'the') i--;
  return i >= 0 && AT_VENUE.has(tokens[i].lower);
}

/**
 * The plural kind of place after a list that the name ending at `end` opens or goes on ("Orvel and
 * Danwick valleys", "Tarsk, Velm and Oro provinces"): its token index, or -1 when the name is in
 * no such list (names of one sentence joined by commas and one "and").
 */
function coordinatedKindAt(doc: Doc, end: number, byStart: Map<number, { end: number }>): number {
  const tokens = doc.tokens;
  const sentence = tokens[end - 1].sentence;
  let at = end;
  for (let names = 0; names < 6; names++) {
    // (", and": the serial comma)
    if (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'and') at++;
    const joiner = tokens[at];
    if (!joiner || joiner.sentence !== sentence || (joiner.text !== ',' && joiner.lower !== 'and')) return -1;
    const next = byStart.get(at + 1);
    if (!next) return -1;
    at = next.end;
    if (joiner.lower === 'and') return COORDINATED_KINDS.has(tokens[at]?.lower ?? '') ? at : -1;
  }
  return -1;
}
