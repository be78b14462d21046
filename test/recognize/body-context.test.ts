import { brief, names } from './helpers';

describe('bodies known by the words around one mention', () => {
  test('issue 13: a religious community before "leader" is a people\'s word, no body led ("Druze leader Tarvo Kessin")', () => {
    expect(names('The Druze leader Orvan Kessila said on Monday that the talks had failed.').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Orvan Kessila', 'person', 17, 30, 'person.title'],
    ]);
  });

  test('an outlet someone told, closing the clause, in every mention; not a person of the story, nor a title', () => {
    expect(names('"We will win," Ivo Brenn told Tarvex by telephone. Tarvex said later that the talks had failed.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Ivo Brenn', 'person', 15, 'person.speech-verb'],
      ['Tarvex', 'organization', 30, 'organization.body-context'],
      ['Tarvex', 'organization', 51, 'organization.body-context'],
    ]);
    expect(brief('The strike will go on, union leader Dana Kerr told Velmorin.')).toEqual(['person:Dana Kerr', 'organization:Velmorin']);
    // a person of the story, a title before a name, a name that goes on
    expect(brief('Ivo Brenn met the minister. Later he told Brenn.')).toEqual(['person:Ivo Brenn', 'person:Brenn']);
    expect(brief('The clerk told Mr. Orvane to wait.')).toEqual(['person:Orvane']);
  });

  test('a body by its people after its name: sources, an official, an aide, a coach or a player', () => {
    expect(names('The talks failed on Monday, Velkor sources said.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velkor', 'organization', 28, 'organization.body-context'],
    ]);
    expect(brief('One Velkor official said the talks went well.')).toEqual(['organization:Velkor']);
    expect(brief('A former Morvane Tessik aide wrote the book.')).toEqual(['organization:Morvane Tessik']);
    expect(names('Tarnvik coach Ivo Brenn said the team was tired, and Tarnvik lost again.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Tarnvik', 'organization', 0, 'organization.body-context'],
      ['Ivo Brenn', 'person', 14, 'person.title'],
      ['Tarnvik', 'organization', 53, 'organization.body-context'],
    ]);
  });

  test('a club by its players ("Velkor starter Ivo Brenn") and after the plural noun of clubs ("league champions Tarnvik", "rivals Morvane")', () => {
    expect(brief('Ivo Brenn hit a homer off Velkor starter Dana Kerr.')).toEqual(['person:Ivo Brenn', 'organization:Velkor', 'person:Dana Kerr']);
    expect(names('The coach named six men from league champions Tarnvik, and Lisbon rivals Morvane lost.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Tarnvik', 'organization', 46, 'organization.body-context'],
      ['Lisbon', 'place', 59, 'place.gazetteer'],
      ['Morvane', 'organization', 73, 'organization.body-context'],
    ]);
  });

  test('a body before its officer\'s title and name: "Velkor Secretary General Ivo Brenn"; not a person\'s name, nor a known place', () => {
    expect(names('Security is tight as Velkor Secretary General Kofi Tarnam arrives.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velkor', 'organization', 21, 'organization.body-context'],
      ['Kofi Tarnam', 'person', 46, 'person.title'],
    ]);
    expect(brief('Skuke Speaker Tomas Vubahal spoke after the vote.')).toEqual(['organization:Skuke', 'person:Tomas Vubahal']);
    expect(brief('He met Ohio Commissioner Ivo Brenn.')).toEqual(['place:Ohio', 'person:Ivo Brenn']);
  });

  test('issue 13: a firm before its president\'s or director\'s title and name: "Velbrook President Ivo Harl", "Tarvik Director Ana Orvel"; not a people\'s adjective no list knows ("Tarvanian President")', () => {
    expect(brief('Velbrook President Ivo Harl and Tarvik Director Ana Orvel met.')).toEqual(['organization:Velbrook', 'person:Ivo Harl', 'organization:Tarvik', 'person:Ana Orvel']);
    expect(brief('Tarvanian President Ivo Brenn spoke.')).toEqual(['person:Ivo Brenn']);
  });

  test('issue 13: a body before its officer in lower case and the officer\'s name: "Orvesta Kalnik chief executive ...", "Jolanta Varnet managing director ..." (over a first name\'s guess, in every mention); not a people\'s adjective, nor a place and a party', () => {
    expect(names('Orvesta Kalnik chief executive Jolanta Mirell said the mill would stay open. Jolanta Varnet managing director Osric Brenn said sales fell, and Jolanta Varnet would cut prices.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Orvesta Kalnik', 'organization', 0, 'organization.body-context'],
      ['Jolanta Mirell', 'person', 31, 'person.title'],
      ['Jolanta Varnet', 'organization', 77, 'organization.body-context'],
      ['Osric Brenn', 'person', 110, 'person.title'],
      ['Jolanta Varnet', 'organization', 143, 'organization.body-context'],
    ]);
    expect(brief('Tarvanian leader Osric Harnick spoke, and Ohio Republican leader Osric Vesko said no.')).toEqual(['person:Osric Harnick', 'place:Ohio', 'person:Osric Vesko']);
  });

  test('a reporter\'s sign-off: the outlet between the reporter\'s name and a known town at the sentence\'s end', () => {
    expect(names('The talks went on. Rina Tolvane, KVX, Jerusalem.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Rina Tolvane', 'person', 19, 'person.given-name'],
      ['KVX', 'organization', 33, 'organization.body-context'],
      ['Jerusalem', 'place', 38, 'place.gazetteer'],
    ]);
    // no person before it: a town and its region
    expect(brief('They met in Tarvel, Ohio.')).toEqual(['place:Tarvel', 'place:Ohio']);
  });

  test('an outlet\'s noun between the name and its verb: "O Ropagir daily said", "Tarvelni newspaper reported"', () => {
    expect(names('The loan was approved, O Ropagir daily said on Friday.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['O Ropagir', 'organization', 23, 'organization.body-context'],
    ]);
    expect(brief('Later the Tarvelni weekly reported the same.')).toEqual(['organization:Tarvelni']);
  });

  test('issue 13: an outlet by "X has not verified"', () => {
    expect(names('Dispatches from the Velkan capital follow. Quorvex has not verified the claims.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Quorvex', 'organization', 43, 'organization.body-context'],
    ]);
  });

  test('issue 13: an outlet by "X quoted Y as saying"', () => {
    expect(names('Later Quorvex quoted Ivo Brenn as saying the talks failed.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Quorvex', 'organization', 6, 'organization.body-context'],
      ['Ivo Brenn', 'person', 21, 'person.unknown-name'],
    ]);
  });

  test('review 15: an outlet by "X reported." closing the clause; not a person of the story ("Brenn reported that"), nor a surname named once', () => {
    expect(names('The dam was shut on Monday, Quorvex reported.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Quorvex', 'organization', 28, 'organization.body-context'],
    ]);
    expect(brief('Ivo Brenn met the doctors. Brenn reported that the patient was stable.')).toEqual(['person:Ivo Brenn', 'person:Brenn']);
    expect(brief('Brenn reported that the patient was stable.')).toEqual([]);
  });

  test('issue 13: a movement or a party by its people ("X rebels", "his X party")', () => {
    expect(names('Tarmilo rebels attacked a post, and his Zendrak party lost seats.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Tarmilo', 'organization', 0, 'organization.body-context'],
      ['Zendrak', 'organization', 40, 'organization.body-context'],
    ]);
  });

  test('issue 13: no outlet or movement after a possessive, for a people\'s adjective or beside a known body', () => {
    expect(names('The Wire\'s Dunkor Vells reported the news, Tarvanian rebels fled and a Morvex Pentagon correspondent wrote.').map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Dunkor Vells', 'person', 11, 'person.unknown-name'],
      ['Pentagon', 'organization', 78, 'organization.gazetteer'],
    ]);
  });
});

describe('who polls is a body', () => {
  test('"a poll by X", "a survey by X" and "a X poll" make X a body in every mention', () => {
    const text = 'A poll by Pelmark Onderkamp put the party at 12 percent, its best result in a Dravona poll this year. Pelmark Onderkamp asked 1,200 voters.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Pelmark Onderkamp', 'organization', 10, 27, 'organization.body-context'],
      ['Dravona', 'organization', 78, 85, 'organization.body-context'],
      ['Pelmark Onderkamp', 'organization', 102, 119, 'organization.body-context'],
    ]);
  });

  test('not a people\'s survey or a place\'s poll', () => {
    expect(brief('Traders waited for the Japanese Dravona survey.').filter((b) => b.startsWith('organization'))).toEqual([]);
    expect(brief('She led in the latest Ohio poll.')).toEqual(['place:Ohio']);
  });
});
