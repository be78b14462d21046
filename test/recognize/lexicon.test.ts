import * as fs from 'fs';
import { FLAGS, PLACE_FLAGS, longerKeyFlags, lookup, nextNode, nodeFlags, phraseEndFlags, wordId } from '../../src/lexicon';
import { cacheTokenFlags, longestPhraseAt, phraseFlags, tokenFlags } from '../../src/pipeline/recognize/gazetteer';
import { brief, docOf } from './helpers';

describe('the compiled lexicon', () => {
  test('a nationality adjective is never a place', () => {
    expect(lookup('kazakh') & FLAGS.demonym).toBeTruthy();
    expect(lookup('kazakh') & PLACE_FLAGS).toBe(0);
    expect(lookup('russians') & FLAGS.demonym).toBeTruthy();
    // a city's people too: "the Parisians", "New Yorkers", "Alaskan waters"
    for (const word of ['parisians', 'new yorkers', 'alaskan', 'muscovites']) expect([word, lookup(word) & (FLAGS.demonym | PLACE_FLAGS)]).toEqual([word, FLAGS.demonym]);
  });

  test('articles of other languages are no first names, though the name lists hold "La" and "Der": "the weekly La Brisa" is a paper', () => {
    for (const word of ['la', 'der']) expect([word, lookup(word) & FLAGS.given]).toEqual([word, 0]);
    expect(brief('The weekly La Brisa ran the story first. La Brisa stood by it.')).toEqual(['organization:La Brisa', 'organization:La Brisa']);
  });

  test('a faith written with a first name ("Roman Catholic") is a group adjective, not a person; the first name alone still is one', () => {
    expect(brief('The Roman Catholic choir sang for Roman Catholics and Roman Vell.')).toEqual(['person:Roman Vell']);
  });

  test('multi-word entries are keyed by our tokens, and their first words are prefixes', () => {
    expect(lookup('new york') & PLACE_FLAGS).toBeTruthy();
    expect(lookup('new') & FLAGS.prefix).toBeTruthy();
    expect(lookup('prosecutor general') & FLAGS.title).toBeTruthy();
    expect(lookup('u.s.') & FLAGS.country).toBeTruthy();
  });

  test('phrases are walked word by word through the trie: the same flags as the whole key', () => {
    const york = nextNode(wordId('new'), wordId('york'));
    expect(york).toBeGreaterThanOrEqual(0);
    expect(nodeFlags(york)).toBe(lookup('new york'));
    expect(nodeFlags(nextNode(york, wordId('city')))).toBe(lookup('new york city'));
    // an unknown word, or a word no entry has after this prefix, ends the walk with no flags
    expect(wordId('zzxqv')).toBe(-1);
    expect(nextNode(york, wordId('zzxqv'))).toBe(-1);
    expect(nextNode(-1, wordId('york'))).toBe(-1);
    expect(nodeFlags(-1)).toBe(0);
    expect(lookup('york new')).toBe(0);
    expect(lookup('new  york')).toBe(0);
    expect(lookup('')).toBe(0);
  });

  test('a word tells what the longer keys that end with it, or go on from it, can be: walks that cannot find a wanted kind are skipped', () => {
    // titles end with "minister" ("prime minister") and "general" ("prosecutor general"), none with "said"
    expect(phraseEndFlags(wordId('minister')) & FLAGS.title).toBeTruthy();
    expect(phraseEndFlags(wordId('general')) & FLAGS.title).toBeTruthy();
    expect(phraseEndFlags(wordId('said')) & FLAGS.title).toBe(0);
    expect(phraseEndFlags(wordId('york')) & PLACE_FLAGS).toBeTruthy();
    // "new" goes on to places ("new york"), to no title; "prime" to a title
    expect(longerKeyFlags(wordId('new')) & PLACE_FLAGS).toBeTruthy();
    expect(longerKeyFlags(wordId('new')) & FLAGS.title).toBe(0);
    expect(longerKeyFlags(wordId('prime')) & FLAGS.title).toBeTruthy();
    // a phrase's node: "new york" goes on to "new york city", which goes on to nothing
    const york = nextNode(wordId('new'), wordId('york'));
    expect(longerKeyFlags(york) & PLACE_FLAGS).toBeTruthy();
    expect(longerKeyFlags(nextNode(york, wordId('city')))).toBe(0);
    expect(phraseEndFlags(-1)).toBe(0);
    expect(longerKeyFlags(-1)).toBe(0);
  });

  test("a phrase's token range gets the whole key's flags; the longest-phrase search goes on only through prefixes", () => {
    const doc = docOf("The People's Daily said so, and The People's Daily again.");
    cacheTokenFlags(doc);
    const start = doc.tokens.findIndex((t) => t.text === 'People');
    expect(doc.tokens.slice(start, start + 4).map((t) => t.lower)).toEqual(['people', "'s", 'daily', 'said']);
    expect(phraseFlags(doc, start, start + 3) & FLAGS.media).toBe(FLAGS.media);
    // the prefix of a phrase with "'s" is kept as tokenized ("people 's", not "people ' s"), so the
    // longest-phrase search goes on through it to the whole name
    expect(lookup("people 's") & FLAGS.prefix).toBe(FLAGS.prefix);
    expect(longestPhraseAt(doc, start, FLAGS.media)).toEqual({ end: start + 3, flags: lookup("people 's daily") });
    // the same answers from the per-document cache the second time, and for another document's tokens
    expect(phraseFlags(doc, start, start + 3)).toBe(lookup("people 's daily"));
    const other = docOf("People's Daily");
    expect(phraseFlags(other, 0, 3)).toBe(lookup("people 's daily"));
    expect(phraseFlags(other, 0, 2)).toBe(lookup("people 's"));
  });

  test('the per-document cache of flags is reused from document to document: no value of the document before is read', () => {
    const long = docOf('Paris, London, Berlin, Jane, Moscow, Tokyo, Rome, Cairo and Lima.');
    const short = docOf('The cat sat on a mat by the door and slept.');
    const flagsOf = (doc: ReturnType<typeof docOf>) => doc.tokens.map((t) => tokenFlags(t));
    // the same text tokenized again: tokens of no cached document, so their flags are computed
    const computed = (doc: ReturnType<typeof docOf>) => flagsOf(docOf(doc.text));
    for (const doc of [long, short, long, short]) {
      cacheTokenFlags(doc);
      expect(flagsOf(doc)).toEqual(computed(doc));
      // and asked a second time, from the cache
      expect(flagsOf(doc)).toEqual(computed(doc));
    }
    // the two documents differ at the same token indexes, so a stale value would show
    expect(flagsOf(short).some((flags, i) => flags !== flagsOf(long)[i])).toBe(true);
  });

  test('capitals-only entries: "US" is a country, "us" is not', () => {
    const doc = docOf('US officials told us.');
    expect(tokenFlags(doc.tokens[0]) & FLAGS.country).toBeTruthy();
    expect(tokenFlags(doc.tokens[3]) & FLAGS.country).toBe(0);
  });

  test('first names from the packages, ordinary words flagged, unknown words empty', () => {
    expect(lookup('jane') & FLAGS.given).toBe(FLAGS.given);
    expect(lookup('said') & FLAGS.common).toBe(FLAGS.common);
    expect(lookup('zzxqv')).toBe(0);
    // names of object properties are keys like any other: an ordinary word, or no entry
    expect(lookup('constructor')).toBe(FLAGS.common);
    expect(lookup('__proto__')).toBe(0);
    expect(lookup('hasownproperty')).toBe(0);
  });

  test('parties are organizations; a caps-only party is not the ordinary word', () => {
    expect(lookup('likud') & FLAGS.organization).toBe(FLAGS.organization);
    expect(lookup('lib dems') & FLAGS.organization).toBe(FLAGS.organization);
    const doc = docOf('PAN leaders washed the pan.');
    expect(tokenFlags(doc.tokens[0]) & FLAGS.organization).toBe(FLAGS.organization);
    expect(tokenFlags(doc.tokens[4]) & FLAGS.organization).toBe(0);
    expect(lookup('socialists') & FLAGS.organization).toBe(0);
  });

  test('newspapers of many countries are news organizations', () => {
    expect(lookup('haaretz') & (FLAGS.organization | FLAGS.media)).toBe(FLAGS.organization | FLAGS.media);
    expect(lookup("people 's daily") & FLAGS.media).toBe(FLAGS.media);
    expect(lookup('liberation') & FLAGS.organization).toBe(0);
  });

  test("a town that shares a famous person's name is a place only from 100,000 people", () => {
    expect(lookup('clinton') & FLAGS.person).toBe(FLAGS.person);
    expect(lookup('clinton') & PLACE_FLAGS).toBe(0);
    expect(lookup('houston') & FLAGS.city).toBe(FLAGS.city);
  });

  test('a city written without its accents ("Malaga", "Lodz") or by its English name ("Basra"), unless that spelling is a name ("Leon")', () => {
    expect(lookup('malaga') & PLACE_FLAGS).toBe(FLAGS.city);
    expect(lookup('lodz') & PLACE_FLAGS).toBe(FLAGS.city);
    expect(lookup('basra') & PLACE_FLAGS).toBe(FLAGS.city);
    expect(lookup('leon') & PLACE_FLAGS).toBe(0);
    expect(lookup('leon') & FLAGS.given).toBe(FLAGS.given);
    // a first name from another language's list stays a first name ("Jawad"), and a short English
    // city name that is more often a firm's or a surname is left out ("Bose")
    expect(lookup('jawad') & (FLAGS.given | PLACE_FLAGS)).toBe(FLAGS.given);
    expect(lookup('bose') & PLACE_FLAGS).toBe(0);
  });

  test('initialisms of common nouns are never names in capitals; in other cases the word is looked up as usual', () => {
    const doc = docOf('LBO and MIA talks with Mia Roe and Led Bay.');
    const flagsOf = (i: number) => tokenFlags(doc.tokens[i]) & (FLAGS.notName | FLAGS.given | FLAGS.initialism);
    expect(doc.tokens.map((t) => t.text).slice(0, 6)).toEqual(['LBO', 'and', 'MIA', 'talks', 'with', 'Mia']);
    expect(flagsOf(0)).toBe(FLAGS.notName | FLAGS.initialism);
    expect(flagsOf(2)).toBe(FLAGS.notName | FLAGS.given | FLAGS.initialism);
    expect(flagsOf(5)).toBe(FLAGS.given);
    expect(tokenFlags(doc.tokens[8]) & FLAGS.notName).toBe(0); // "Led"
  });

  test('an initialism with an ampersand ("S&L", a savings and loan) and a degree ("MBA") name nothing', () => {
    expect(brief('The S&L crisis cost billions, and two MBA students at Velmar Savings Bank wrote about it.')).toEqual(['organization:Velmar Savings Bank']);
  });

  test('terms of modern news in capitals or with a capital inside ("NGO", "MERS", "PhD") name nothing; a brand so written still does', () => {
    expect(brief('A PhD student at an NGO studied MERS and the MLA met a KC and an MVP, said Velmar Bank and TelVerde.')).toEqual(['organization:Velmar Bank', 'organization:TelVerde']);
  });

  test('a name written with accents is looked up by its plain spelling where the lists know only that; it is then no English word', () => {
    expect(brief("José Luis Rodríguez Zapatero met Thomas Müller in Curaçao and Côte d'Ivoire.")).toEqual([
      'person:José Luis Rodríguez Zapatero',
      'person:Thomas Müller',
      'place:Curaçao',
      "place:Côte d'Ivoire",
    ]);
    const doc = docOf('Müller and muller');
    expect(tokenFlags(doc.tokens[0]) & FLAGS.common).toBe(0);
    expect(tokenFlags(doc.tokens[2]) & FLAGS.common).toBe(FLAGS.common);
  });

  test('currency codes in capitals name nothing ("(CZK)" in a table); one that is also a name stays one', () => {
    expect(brief('Turnover (CZK) rose and the budget deficit (HUF) fell, Velmar Bank said.')).toEqual(['organization:Velmar Bank']);
    expect(lookup('ron') & FLAGS.initialism).toBe(0);
  });

  test('US federal bodies news names alone; a caps-only entry leaves the surname of the same letters alone', () => {
    expect(brief('The GAO said Social Security would run short, and Mr. Gao agreed. The chairman of the Joint Chiefs of Staff visited HUD.')).toEqual([
      'organization:GAO',
      'organization:Social Security',
      'person:Gao',
      'organization:Joint Chiefs of Staff',
      'organization:HUD',
    ]);
  });

  test('sports clubs: a club everywhere, or (marked "sport") only a club in sports stories', () => {
    expect(lookup('juventus') & (FLAGS.club | FLAGS.organization)).toBe(FLAGS.club | FLAGS.organization);
    expect(lookup('orioles') & (FLAGS.club | FLAGS.organization)).toBe(FLAGS.club);
    // a team compromise's lexicon already knows stays an organization everywhere
    expect(lookup('yankees') & (FLAGS.club | FLAGS.organization)).toBe(FLAGS.club | FLAGS.organization);
  });

  test('companies news names without a legal form; not those that are also ordinary words', () => {
    expect(lookup('lufthansa') & FLAGS.organization).toBe(FLAGS.organization);
    expect(lookup("lloyd 's of london") & FLAGS.organization).toBe(FLAGS.organization);
    expect(brief('Lufthansa and Huawei signed a deal, and Coca-Cola rose.')).toEqual(['organization:Lufthansa', 'organization:Huawei', 'organization:Coca-Cola']);
    expect(lookup('amazon') & FLAGS.organization).toBe(0);
  });

  test('regulators news names by a short name; one in capitals only where its letters are no word', () => {
    expect(brief('Ofcom fined the broadcaster. The FCA and the CMA opened inquiries, while BaFin watched.')).toEqual([
      'organization:Ofcom',
      'organization:FCA',
      'organization:CMA',
      'organization:BaFin',
    ]);
    expect(lookup('cma') & FLAGS.capsOnly).toBe(FLAGS.capsOnly);
  });

  test('protest groups of recent years by their own names; an endowment is a body, also one named after someone', () => {
    expect(brief('Protesters from Extinction Rebellion and Just Stop Oil met analysts of the Harwood Endowment.')).toEqual([
      'organization:Extinction Rebellion',
      'organization:Just Stop Oil',
      'organization:Harwood Endowment',
    ]);
  });

  test('fashion houses and carmakers named after two founders or two brands are firms', () => {
    expect(brief('Dolce & Gabbana shares fell; Marks and Spencer and Jaguar Land Rover rose.')).toEqual([
      'organization:Dolce & Gabbana',
      'organization:Marks and Spencer',
      'organization:Jaguar Land Rover',
    ]);
  });

  test('universities news calls by a short name; a telescope named after someone is no person', () => {
    expect(brief('Researchers at ETH Zurich and KAIST used the Ana Vell Space Telescope.')).toEqual([
      'organization:ETH Zurich',
      'organization:KAIST',
    ]);
  });

  test('bodies whose names hold a possessive, listed whole ("People\'s Bank of China", not "Bank of China")', () => {
    expect(brief("The People's Bank of China cut rates. Researchers at King's College London agreed.")).toEqual([
      "organization:People's Bank of China",
      "organization:King's College London",
    ]);
  });

  test('the US courts of appeals by their circuit; a racing circuit is no court', () => {
    expect(brief('He would appeal to the Second Circuit. The Ninth Circuit ruled. The Velmar Street Circuit hosted the race.')).toEqual([
      'organization:Second Circuit',
      'organization:Ninth Circuit',
    ]);
  });

  test('investment firms and state funds news names alone', () => {
    expect(brief('Andreessen Horowitz and General Atlantic invested, as did KKR; Temasek declined.')).toEqual([
      'organization:Andreessen Horowitz',
      'organization:General Atlantic',
      'organization:KKR',
      'organization:Temasek',
    ]);
  });

  test('places the packages miss or filter out: a Mexican state, a city that is also a first name', () => {
    expect(lookup('guerrero') & (FLAGS.region | FLAGS.city | FLAGS.country)).toBe(FLAGS.region);
    expect(lookup('florence') & (FLAGS.region | FLAGS.city | FLAGS.country)).toBe(FLAGS.region);
    expect(brief('The envoy flew from Guerrero to Florence.')).toEqual(['place:Guerrero', 'place:Florence']);
  });

  test('every list we write has a line in the README', () => {
    const dir = `${__dirname}/../../src/lexicon`;
    const readme = fs.readFileSync(`${dir}/README.md`, 'utf8');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) expect(readme).toContain(`\`${file}\``);
  });

  test('issue 13: a first-level region named by a compass word after a known name is the region whole ("Mashonaland West", "Kalimantan Timur"); a region named by compass words only is not listed', () => {
    const doc = docOf('Roads were cut in Mashonaland West, Kalimantan Timur and Sulawesi Utara, and in the North West.');
    expect(brief('Roads were cut in Mashonaland West, Kalimantan Timur and Sulawesi Utara.')).toEqual(['place:Mashonaland West', 'place:Kalimantan Timur', 'place:Sulawesi Utara']);
    expect(phraseFlags(doc, 4, 6) & FLAGS.region).toBe(FLAGS.region);
    expect(lookup('north west') & FLAGS.region).toBe(0);
  });
});

describe('issue 13: rail operators, tour operators and airlines of many countries are listed firms', () => {
  test('"Trenitalia", "Renfe", "Thomas Cook"', () => {
    expect(brief('Trenitalia and Renfe cancelled trains, Thomas Cook collapsed, and Kalvor Air will join an alliance.')).toEqual([
      'organization:Trenitalia',
      'organization:Renfe',
      'organization:Thomas Cook',
      'organization:Kalvor Air',
    ]);
  });
});
