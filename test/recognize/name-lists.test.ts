import { brief, names } from './helpers';

const listed = (text: string) => names(text).filter((r) => r.rule === 'person.name-list').map((r) => [r.text, r.start, r.end]);

describe('lists of names: the unknown one-word items of a list of persons are persons', () => {
  test('a pair joined by "and": an untyped one-word item beside a person is a person ("Dana Kresk and Orlov"); not a pair that modifies a noun', () => {
    const text = 'Police questioned Dana Kresk and Orlov on Monday. They later freed Varnek and Dana Voss.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Dana Kresk', 'person', 18, 28, 'person.given-name'],
      ['Orlov', 'person', 33, 38, 'person.name-pair'],
      ['Varnek', 'person', 67, 73, 'person.name-pair'],
      ['Dana Voss', 'person', 78, 87, 'person.given-name'],
    ]);
    expect(names('The Dana Orlov and Kessel foundations paid.').map((r) => [r.text, r.type, r.start, r.end])).toEqual([['Dana Orlov', 'person', 4, 14]]);
  });

  test('a team sheet: the one-word items no rule typed (a hyphenated name is one word)', () => {
    const text = 'The squad: Tomas Brandt, Ingrid Vasquelt, Okorafor, Maria Lund, Alder-Vane and Kessmark.';
    expect(listed(text)).toEqual([
      ['Okorafor', 42, 50],
      ['Alder-Vane', 64, 74],
      ['Kessmark', 79, 87],
    ]);
    // a name joined by a particle ("-ud-") is a person by its own shape, before the list is read
    const particle = names('The squad: Tomas Brandt, Ingrid Vasquelt, Okorafor, Maria Lund, Alder-ud-Vane and Kessmark.');
    expect(particle.filter((r) => r.text === 'Alder-ud-Vane').map((r) => [r.type, r.start, r.end, r.rule])).toEqual([['person', 64, 77, 'person.particle-name']]);
  });

  test('guesses from a name\'s shape count toward the share, but two items need good evidence', () => {
    // two first-name persons and three shape-only guesses: 5 of 8 items
    const text = 'Signed: Tomas Brandt, Ingrid Vasquelt, Ardo Quellin, Besso Tarmik, Cael Varnoth, Okorafor, Tessin and Kessmark.';
    expect(listed(text).map(([name]) => name)).toEqual(['Okorafor', 'Tessin', 'Kessmark']);
    // one well-typed person is not enough
    expect(listed('Signed: Tomas Brandt, Ardo Quellin, Besso Tarmik, Okorafor and Kessmark.')).toEqual([]);
  });
});

describe('a firm in a list makes its one-word neighbours firms', () => {
  test('"X and Y" or "X, Y and Z" with a listed company or a legal form: an untyped word is a firm too', () => {
    expect(brief('Regulators looked at links between Anthropic and Zentrix. Rivals such as Velmar Holdings Ltd, Kestrix and Quorra grew.').filter((r) => r.startsWith('organization'))).toEqual([
      'organization:Anthropic',
      'organization:Zentrix',
      'organization:Velmar Holdings Ltd',
      'organization:Kestrix',
      'organization:Quorra',
    ]);
  });

  test('beside two firms, a name the lists know only as a region or a first name is a firm ("Amazon, Temu and IKEA"); not beside one, nor a country', () => {
    expect(brief('Shoppers turned to Amazon, Temu and IKEA.')).toEqual(['organization:Amazon', 'organization:Temu', 'organization:IKEA']);
    expect(brief('Rain fell on Amazon, Patagonia and Siberia.')).toEqual(['place:Amazon', 'place:Patagonia', 'place:Siberia']);
    // and a word the lists know only as a first name
    expect(brief('Nvidia, Meta and Velmar Ltd grew.')).toEqual(['organization:Nvidia', 'organization:Meta', 'organization:Velmar Ltd']);
    expect(brief('Nvidia and Meta grew.')).toEqual(['organization:Nvidia']);
    // a state or province alone stays the place
    expect(brief('BMW, Daimler and Bavaria signed the deal.')).toEqual(['organization:BMW', 'organization:Daimler', 'place:Bavaria']);
    expect(brief('Amazon and Velmar Ltd grew. France, Temu and IKEA grew.')).toEqual([
      'place:Amazon',
      'organization:Velmar Ltd',
      'place:France',
      'organization:Temu',
      'organization:IKEA',
    ]);
  });

  test('a firm\'s full name is one item ("Dressel & Brenn Inc."); a body by its head noun counts in a list of three; an untyped name of two words is a firm too', () => {
    const text = 'Underwriters sold bonds for Dressel & Brenn Inc., Orsund Air, Korvane Casualty and Quellix. Lenders included Varnel Savings Bank, Drusk and Tamberlin Industries.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Dressel & Brenn Inc.', 'organization', 28, 48, 'organization.ampersand'],
      ['Orsund Air', 'organization', 50, 60, 'organization.head-noun'],
      ['Korvane Casualty', 'organization', 62, 78, 'organization.listed-with-firm'],
      ['Quellix', 'organization', 83, 90, 'organization.listed-with-firm'],
      ['Varnel Savings Bank', 'organization', 109, 128, 'organization.head-noun'],
      ['Drusk', 'organization', 130, 135, 'organization.listed-with-firm'],
      ['Tamberlin Industries', 'organization', 140, 160, 'organization.head-noun'],
    ]);
    // not a pair with a body by its head noun (two clauses), nor words sharing the last item's head
    // noun or a body's "of" part, nor an ordinary word beside a firm with its legal form
    const rows = (t: string) => names(t).map((r) => [r.text, r.type, r.start, r.end]);
    expect(rows('Ivo Marsh worked for the Velmar Navy and Tessik is a former diver.')).toEqual([
      ['Ivo Marsh', 'person', 0, 9],
      ['Velmar Navy', 'organization', 25, 36],
    ]);
    expect(rows('The Tides, Currents and Coastal Agency said so. He joined the Office of Harbours, Coastal Pilotage and Docks.')).toEqual([
      ['Tides, Currents and Coastal Agency', 'organization', 4, 38],
      ['Office of Harbours', 'organization', 62, 80],
    ]);
    expect(rows('Shoppers compared Dressel Corp., Lattice and Quellix.')).toEqual([
      ['Dressel Corp.', 'organization', 18, 31],
      ['Quellix', 'organization', 45, 52],
    ]);
  });

  test('between two firms or more, a name only its shape makes a person\'s is a firm named after its founder; not where the story writes its surname alone', () => {
    const text = 'Lenders such as Kestrix Holdings Ltd, Varnel Savings Bank and Dana Orrick raised their forecasts on Monday.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Kestrix Holdings Ltd', 'organization', 16, 36, 'organization.legal-suffix'],
      ['Varnel Savings Bank', 'organization', 38, 57, 'organization.head-noun'],
      ['Dana Orrick', 'organization', 62, 73, 'organization.listed-with-firm'],
    ]);
    expect(names(`${text} Orrick said he was cautious.`).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Kestrix Holdings Ltd', 'organization', 16, 36],
      ['Varnel Savings Bank', 'organization', 38, 57],
      ['Dana Orrick', 'person', 62, 73],
      ['Orrick', 'person', 108, 114],
    ]);
  });

  test('not a place, a word of the story\'s persons, without "and" or before a noun', () => {
    expect(brief('Velmar Ltd and Catalonia signed.').filter((r) => r.startsWith('organization'))).toEqual(['organization:Velmar Ltd']);
    expect(brief('Dana Kresk was jailed. Velmar Ltd and Kresk traded claims.').filter((r) => r.startsWith('organization'))).toEqual(['organization:Velmar Ltd']);
    expect(brief('According to Velmar Ltd, Kestrix grew. Velmar Ltd and Orvana shipping grew.').filter((r) => r.startsWith('organization'))).toEqual([
      'organization:Velmar Ltd',
      'organization:Velmar Ltd',
    ]);
  });
});

describe('a list of places that a preposition opens makes its untyped items places', () => {
  test('"in Paris, Osk, Brevik and Vellmar": sure places; not before the subjects of a verb, nor after "from" or "to", nor a first name or a name ending in a surname', () => {
    const listed = (text: string) => names(text).filter((r) => r.rule === 'place.listed-with-places').map((r) => [r.text, r.start, r.end]);
    expect(listed('The firm opened shops in Paris, Osk, Brevik and Vellmar last year.')).toEqual([
      ['Osk', 32, 35],
      ['Brevik', 37, 43],
    ]);
    expect(listed('The talks were held in Geneva, Tarvo Sinn and Ed Velk rejected it.')).toEqual([]);
    expect(listed('He was in Oslo, Norway and Marta helped him.')).toEqual([]);
    // review 14: "from" and "to" take firms and people too
    expect(listed('Support came from Germany, Velkor and Tarvex, the bank said. Envoys from Spain, Italy and Ivo Brandt attended.')).toEqual([]);
    expect(listed('It has offices in Paris, Lyon, Ivo Brandt and Osk.')).toEqual([['Lyon', 25, 29], ['Osk', 46, 49]]);
    // a name of two words no list knows is a town of the list, unless a surname ends it ("Ivo Brandt" above)
    expect(listed('Shops will close in Leeds, Varrow and Dorran Vell on Monday.')).toEqual([['Varrow', 27, 33], ['Dorran Vell', 38, 49]]);
    // where most items are sure places, a verb after the list is the sentence's own
    expect(listed('Shops in Paris, Madrid, Rome and Brevik will close.')).toEqual([['Brevik', 33, 39]]);
  });

  test('"the districts of Thanvar, Tiruvel and Nagapur": a kind of place in the plural names its list places, known or not, one word or more', () => {
    const text = 'Colleges in the districts of Thanvar, Tiruvel and Nagapur closed. The villages of Mnazi Ndogo, Wenje Ndogo and Kalal were cut off.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Thanvar', 'place', 29, 36],
      ['Tiruvel', 'place', 38, 45],
      ['Nagapur', 'place', 50, 57],
      ['Mnazi Ndogo', 'place', 82, 93],
      ['Wenje Ndogo', 'place', 95, 106],
      ['Kalal', 'place', 111, 116],
    ]);
    // review 15: ordinary words are no places of the kind ("the departments of Agriculture, Labor and Commerce")
    expect(names('Officials from the departments of Agriculture, Labor and Commerce met.').map((r) => r.type)).toEqual(['organization', 'organization', 'organization']);
  });

  test('"the Orvel and Tarn Kessu counties": a plural kind of place after a list names its items places; a sentence\'s opening "The" stays out; not "states" (peoples\' and groups\' names come before it)', () => {
    const text = 'Ballots from the Orvel and Tarn Kessu counties were counted. The Velmo and Dask districts voted. The Arab and Gulf states met.';
    expect(names(text).filter((r) => r.rule === 'place.listed-with-places').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Orvel', 17, 22],
      ['Tarn Kessu', 27, 37],
      ['Velmo', 65, 70],
      ['Dask', 75, 79],
    ]);
  });

  test('such a list\'s one-word item is a place though a list knows it as a leader\'s surname or a rare word that is also a town\'s name ("Grays"); not a frequent word ("the Central and Western regions")', () => {
    const text = 'Floods closed schools in the Velmo, Grays and Attlee districts on Monday. Aid went to the Central and Western regions.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Velmo', 'place', 29, 34, 'place.listed-with-places'],
      ['Grays', 'place', 36, 41, 'place.listed-with-places'],
      ['Attlee', 'place', 46, 52, 'place.listed-with-places'],
    ]);
  });

  test('a list of three or more names no list knows after "in" in mid-sentence lists places ("clinics in Orsu, Tavrek, Dulmo and Kessany"); not a list with a firm', () => {
    const text = 'Cases were recorded at clinics in Orsu, Tavrek, Dulmo and Kessany last week. He invested in Tarvex, Orbis and Kelmaron Ltd.';
    expect(names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Orsu', 34, 38, 'place.preposition'],
      ['Tavrek', 40, 46, 'place.listed-unknown'],
      ['Dulmo', 48, 53, 'place.listed-unknown'],
      ['Kessany', 58, 65, 'place.listed-unknown'],
      ['Tarvex', 92, 98, 'place.preposition'],
    ]);
  });

  test('not a list of unknown names after "in" that a word of firms, works or languages opens ("invested in", "printed in"): the first item stays the preposition\'s guess', () => {
    const text = 'Leaflets were printed in Orvanic, Tessavi and Kulmese. He invested in Dastrane, Quorvix and Velmora last year.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Orvanic', 'place', 25, 32, 'place.preposition'],
      ['Dastrane', 'place', 70, 78, 'place.preposition'],
    ]);
  });

  test('an item of a list may hold a place name\'s particle: "the towns of Porto de Varsko, Tessu and Orvel Dask"', () => {
    const text = 'Floods hit the towns of Porto de Varsko, Tessu and Orvel Dask on Monday.';
    expect(names(text).filter((r) => r.type === 'place').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Porto de Varsko', 24, 39, 'place.kind-of'],
      ['Tessu', 41, 46, 'place.listed-with-places'],
      ['Orvel Dask', 51, 61, 'place.listed-with-places'],
    ]);
  });

  test('a pair a preposition of place opens, one a sure place, makes the other word no list knows a place: "between Lagos and Mushvo"; not the subjects of a verb, nor a country\'s other side in talks', () => {
    const text = 'The market sits between Lagos and Mushvo. He was in Oslo and Kessel said so. Talks between Maskov and Russia went on.';
    expect(names(text).filter((r) => r.rule === 'place.listed-with-places').map((r) => [r.text, r.start, r.end])).toEqual([['Mushvo', 34, 40]]);
  });
});

describe('a pair of a sure place and a word no list knows, after any lower-case word (issue 13)', () => {
  test('the word beside the place is a place: "keep Palermo and Tessvik open", "diverted to Kessu and Palermo", with exact offsets', () => {
    const text = 'The ministry will keep Palermo and Tessvik open. Flights were diverted to Kessu and Palermo.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Palermo', 'place', 23, 30, 'place.gazetteer'],
      ['Tessvik', 'place', 35, 42, 'place.paired-with-place'],
      ['Kessu', 'place', 74, 79, 'place.paired-with-place'],
      ['Palermo', 'place', 84, 91, 'place.gazetteer'],
    ]);
    expect(text.slice(35, 42) + text.slice(74, 79)).toBe('TessvikKessu');
  });

  test('not a surname of the story\'s person, not before a verb, not after a comma, nor in a sports story', () => {
    const paired = (text: string) => names(text).filter((r) => r.rule === 'place.paired-with-place').map((r) => [r.text, r.start, r.end]);
    expect(paired('Ivo Tessvik spoke. The ministry thanked Palermo and Tessvik.')).toEqual([]);
    expect(paired('The ministry thanked Palermo and Tessvik said so.')).toEqual([]);
    expect(paired('Spain\'s runner, Palermo and Tessvik were first.')).toEqual([]);
    expect(paired('The striker scored twice as the champions beat Palermo and Tessvik in the league cup. The coach said the goal came in the 89th minute of the match.')).toEqual([]);
  });
});

describe('a list of places after "from", "of" or a sentence\'s opening "In" (issue 13)', () => {
  const listed = (text: string) => names(text).filter((r) => r.rule === 'place.listed-with-places').map((r) => [r.text, r.start, r.end]);

  test('after "from", "of", "to": only where most items are sure places ("from Madurai, Chennai and Tarvelur"); not "from France, Velkasi and Orsuna"', () => {
    expect(listed('Pilgrims come each year from Madurai, Chennai and Tarvelur.')).toEqual([['Tarvelur', 50, 58]]);
    expect(listed('Aid came from France, Velkasi and Orsuna, the bank said.')).toEqual([]);
  });

  test('after any other lower-case word, outside sports stories, where most items are sure places: "thanked Madurai, Chennai and Tarvelur"', () => {
    const text = 'The minister thanked Madurai, Chennai and Tarvelur.';
    expect(listed(text)).toEqual([['Tarvelur', 42, 50]]);
    expect(text.slice(42, 50)).toBe('Tarvelur');
    expect(listed('The minister thanked France, Velkasi and Orsuna.')).toEqual([]);
  });

  test('a pair or a list the sentence opens with "In", closed by a comma or a preposition: "In Latakia and Tarnuk, ..."; not "In Geneva, Brandt and Mero met"', () => {
    expect(listed('In Latakia and Tarnuk on the coast, families fled.')).toEqual([['Tarnuk', 15, 21]]);
    expect(listed('In Latakia and Tarnuk, families fled.')).toEqual([['Tarnuk', 15, 21]]);
    expect(listed('In Geneva, Brandt and Mero met.')).toEqual([]);
  });
});

describe('the ends of a route from a place (issue 13)', () => {
  test('are places, one or a list closed by "and", with exact offsets', () => {
    expect(names('The ferry sailed from Aberdeen to Korvai and Lemuta. A letter from Aberdeen to Brenholm said so.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Aberdeen', 'place', 22, 30, 'place.gazetteer'],
      ['Korvai', 'place', 34, 40, 'place.route-end'],
      ['Lemuta', 'place', 45, 51, 'place.route-end'],
      ['Aberdeen', 'place', 67, 75, 'place.gazetteer'],
      ['Brenholm', 'place', 79, 87, 'place.route-end'],
    ]);
  });

  test('not where the route starts at no sure place', () => {
    expect(names('The memo went from Korvai to Lemuta.').filter((r) => r.rule === 'place.route-end')).toEqual([]);
  });

  test('not where nothing travels: "control passed from Aberdeen to X and Y" hands it to people (review-23)', () => {
    expect(names('Control passed from Aberdeen to Orvalle and Tesquine.').filter((r) => r.rule === 'place.route-end')).toEqual([]);
  });

  test('a road\'s, a crossing\'s or a flight\'s two ends that no list knows are both places, in a story with a sure place', () => {
    expect(names('The ferry made its last crossing from Solvaar to Eikvelde on Friday, officials in Norway said.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Solvaar', 'place', 38, 45, 'place.route-end'],
      ['Eikvelde', 'place', 49, 57, 'place.route-end'],
      ['Norway', 'place', 82, 88, 'place.gazetteer'],
    ]);
    // (not after a word that jobs and firms take too: "moved")
    expect(names('She moved from Velcor to Tarnix, officials in Paris said.').filter((r) => r.rule === 'place.route-end')).toEqual([]);
  });

  test('a road "between" two names no list knows: both are places', () => {
    expect(names('The highway was closed between Katvelle and Orvannen on Sunday, police in Cairo said.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Katvelle', 'place', 31, 39, 'place.route-end'],
      ['Orvannen', 'place', 44, 52, 'place.route-end'],
      ['Cairo', 'place', 74, 79, 'place.gazetteer'],
    ]);
    // (not without a road's word: "talks between Katvelle and Orvannen")
    expect(names('Talks between Katvelle and Orvannen ended, officials in Cairo said.').filter((r) => r.rule === 'place.route-end')).toEqual([]);
  });

  test('a deal of a route\'s trade "between" two names is no road between them ("a pipeline deal between Velco and Tarnix")', () => {
    expect(names('A pipeline deal between Velco and Tarnix collapsed, officials in Cairo said.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Cairo', 'place', 65, 70, 'place.gazetteer'],
    ]);
  });
});
