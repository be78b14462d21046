import { recognizePersonsByContext } from '../../src/pipeline/recognize/person-context';
import { brief, names, run } from './helpers';

describe('persons known by what the story says of them', () => {
  test('a first name that a town has too, right after a kin noun, is the relative, above the list, and taught to the story; the town with its state stays the town', () => {
    const text = "Ms. Varga and her daughter, Florence, a lawyer, run the shop. Florence's husband agreed. Buses to Florence, Ala., were late.";
    expect(names(text).map((r) => [r.type, r.text, r.start, r.rule])).toEqual([
      ['person', 'Varga', 4, 'person.title'],
      ['person', 'Florence', 28, 'person.relative'],
      ['person', 'Florence', 62, 'person.one-sense'],
      ['place', 'Florence', 98, 'place.gazetteer'],
      ['place', 'Ala.', 108, 'place.state-abbreviation'],
    ]);
  });

  test('a family by its surname in the plural, the surname known from the story', () => {
    expect(names('Ann Kellman arrived. The Kellmans live in Ohio, near the Orioles fans.').map((r) => [r.type, r.text, r.start, r.rule])).toEqual([
      ['person', 'Ann Kellman', 0, 'person.given-name'],
      ['person', 'Kellmans', 25, 'person.family'],
      ['place', 'Ohio', 42, 'place.gazetteer'],
    ]);
  });

  test('"the Joneses" after "Ann Jones"; a nationality in the plural is no family', () => {
    expect(names('Ann Jones arrived. The Joneses met the Swiss envoy.').map((r) => [r.type, r.text, r.start, r.rule])).toEqual([
      ['person', 'Ann Jones', 0, 'person.given-name'],
      ['person', 'Joneses', 23, 'person.family'],
    ]);
  });

  test('"X, who" types every mention of the one-word name', () => {
    const text = 'Oskarsen arrived on Monday. Talks with Oskarsen, who leads the delegation, went on late.';
    expect(run(recognizePersonsByContext, text)).toEqual([
      { text: 'Oskarsen', type: 'person', start: 0, end: 8, rule: 'person.person-context' },
      { text: 'Oskarsen', type: 'person', start: 39, end: 47, rule: 'person.person-context' },
    ]);
  });

  test('"X himself" and "X\'s wife"', () => {
    const text = "Brandauer himself declined. Quillon's wife spoke.";
    expect(run(recognizePersonsByContext, text).map((r) => r.text)).toEqual(['Brandauer', 'Quillon']);
  });

  test('a verb of saying with a person\'s pronoun after it: "X said on Monday that he would resign", every mention', () => {
    expect(names('Meanwhile, Pogrell said on Monday that he would resign. Voters had backed Pogrell.').map((r) => [r.type, r.text, r.start, r.rule])).toEqual([
      ['person', 'Pogrell', 11, 'person.person-context'],
      ['person', 'Pogrell', 74, 'person.person-context'],
    ]);
    expect(run(recognizePersonsByContext, 'Veskin told reporters her plan was ready.').map((r) => r.text)).toEqual(['Veskin']);
    // a body's pronoun comes first: "it", "they"
    expect(run(recognizePersonsByContext, 'Halvard said it would appeal, and his lawyer agreed.')).toEqual([]);
    expect(run(recognizePersonsByContext, 'Halvard said they would meet him.')).toEqual([]);
  });

  test('a verb of saying is no evidence, nor "X, who" for a firm the story names, nor in sports', () => {
    expect(run(recognizePersonsByContext, 'Halvard said so. Halvard said more.')).toEqual([]);
    expect(names('Faulding Ltd. sued. Faulding, who denies it, appealed.').map((r) => `${r.type}:${r.text}`)).toEqual([
      'organization:Faulding Ltd.',
      'organization:Faulding',
    ]);
    const sport = 'SOCCER - CUP.\nThe striker scored twice in the league match. Kvarstad, who finished third, lost.';
    expect(run(recognizePersonsByContext, sport)).toEqual([]);
  });

  test('a name right after a kin noun of someone\'s is that relative; a one-word name is so all through the story', () => {
    const text = "The envoy and his wife, Orsolya, landed. Dravek's son Tamasz Dravek spoke. Her late brother Vilmos Oder died. Later Orsolya left.";
    expect(run(recognizePersonsByContext, text)).toEqual([
      { text: 'Tamasz Dravek', type: 'person', start: 54, end: 67, rule: 'person.relative' },
      { text: 'Vilmos Oder', type: 'person', start: 92, end: 103, rule: 'person.relative' },
      { text: 'Orsolya', type: 'person', start: 24, end: 31, rule: 'person.person-context' },
      { text: 'Dravek', type: 'person', start: 41, end: 47, rule: 'person.person-context' },
      { text: 'Orsolya', type: 'person', start: 116, end: 123, rule: 'person.person-context' },
    ]);
  });

  test('an obituary\'s survivors: "survived by a son, Ryo, and a daughter, Ilse Marten"', () => {
    expect(run(recognizePersonsByContext, 'She is survived by a son, Ryo, and a daughter, Ilse Marten. Ryo lives in Osaka.')).toEqual([
      { text: 'Ilse Marten', type: 'person', start: 47, end: 58, rule: 'person.relative' },
      { text: 'Ryo', type: 'person', start: 26, end: 29, rule: 'person.person-context' },
      { text: 'Ryo', type: 'person', start: 60, end: 63, rule: 'person.person-context' },
    ]);
  });

  test('a first name that is also a word is the relative where it stands, and only there', () => {
    const text = 'With her husband Frank beside her, she spoke. Frank talks followed.';
    expect(run(recognizePersonsByContext, text)).toEqual([{ text: 'Frank', type: 'person', start: 17, end: 22, rule: 'person.relative' }]);
  });

  test('issue 13: in a sports story a name after a kin noun is still the relative (no club is anyone\'s grandson), though "X, who" says nothing there', () => {
    const text = 'Tarnby beat Orlick 3-1 in the league on Saturday. The striker scored twice and the goalkeeper made a penalty save before the break. Coach Velko Brann said his grandson Tobin plays in the youth side. Tobin watched from the stand.';
    expect(run(recognizePersonsByContext, text)).toEqual([
      { text: 'Tobin', type: 'person', start: 168, end: 173, rule: 'person.person-context' },
      { text: 'Tobin', type: 'person', start: 199, end: 204, rule: 'person.person-context' },
    ]);
  });

  test('issue 13: relatives listed after a kin noun in the plural, each with or without a home ("sons Tobin of Leeds and Kellan"); the homes stay out', () => {
    const text = 'Mr Varsk is survived by his wife, Marla; sons Tobin of Leeds and Kellan of York; and daughters Hedda, Kessa and Dorota. His brothers, Arvo and Lenn, died before him.';
    expect(run(recognizePersonsByContext, text).filter((r) => r.rule === 'person.person-context').map((r) => [r.text, r.start])).toEqual([
      ['Marla', 34],
      ['Tobin', 46],
      ['Kellan', 65],
      ['Hedda', 95],
      ['Kessa', 102],
      ['Dorota', 112],
      ['Arvo', 134],
      ['Lenn', 143],
    ]);
  });

  test('issue 13: an obituary\'s relatives after a kin noun and "of", "the late" ones too, listed with "," and "and"; a rarer word after a kin noun is a name; a word describing the noun after it is not', () => {
    const text = 'Mrs Tarvell is survived by her daughters Saffron and Ngahuia. Wife of the late Henare. Mother of Korrin and Feleti, Oskia and the late Padmini. The wife of Mafia boss Orvo Kessin was freed.';
    expect(run(recognizePersonsByContext, text).map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Saffron', 41, 48, 'person.relative'],
      ['Ngahuia', 53, 60, 'person.person-context'],
      ['Henare', 79, 85, 'person.person-context'],
      ['Korrin', 97, 103, 'person.person-context'],
      ['Feleti', 108, 114, 'person.person-context'],
      ['Oskia', 116, 121, 'person.person-context'],
      ['Padmini', 135, 142, 'person.person-context'],
    ]);
  });

  test('no relative without someone\'s kin noun, nor a place or an ordinary word after it', () => {
    expect(run(recognizePersonsByContext, 'The son Orsolya met was tall. Brother Orsolya preached. His daughter Vienna and her son Winter came.')).toEqual([]);
  });

  test('issue 13: someone quoted in words of his own ("quoted Velevor as saying") and a name after an age ("the 17-year-old Mirvash") are persons, in every mention', () => {
    const text = 'The agency quoted Velevor as saying the talks would resume. The 17-year-old Mirvash and nine-year-old Tobrek were trained. Velevor later left.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velevor', 'person', 18, 'person.person-context'],
      ['Mirvash', 'person', 76, 'person.person-context'],
      ['Tobrek', 'person', 102, 'person.person-context'],
      ['Velevor', 'person', 123, 'person.person-context'],
    ]);
  });

  test('review 15: no person for an outlet quoted ("quoted Korvapress as saying", "Tarmelix reported."), nor after an age of a hundred years or more or where the sentence calls the name "it"', () => {
    expect(run(recognizePersonsByContext, 'Radio Dalvo quoted Korvapress as saying the bridge was shut.')).toEqual([]);
    expect(run(recognizePersonsByContext, 'Tarmelix reported. Later the station quoted Tarmelix as telling staff to stay home.')).toEqual([]);
    expect(run(recognizePersonsByContext, 'The 140-year-old Orvandine shut last week. The hundred-year-old Kelvarro was sold.')).toEqual([]);
    expect(run(recognizePersonsByContext, 'The 60-year-old Sumbrel has shut its gates for good.')).toEqual([]);
    // a person quoted, and a person's age, stay persons
    expect(run(recognizePersonsByContext, 'The 64-year-old Sumbrel had left before dawn.')).toEqual([{ text: 'Sumbrel', type: 'person', start: 16, end: 23, rule: 'person.person-context' }]);
  });
});

describe('issue 13: the speaker named after a quotation', () => {
  test('\'...," Batterow said.\' types the one-word name as a person in every mention, in a sports story too; not an outlet\'s name ("Korvapress")', () => {
    expect(brief('"We hope relations will be excellent," Batterow said. The talks went on, and Batterow left.')).toEqual(['person:Batterow', 'person:Batterow']);
    expect(brief('The cricket match went on. "The wickets were slow, the innings long and the bowlers tired," Batterow said. Batterow left the innings early.')).toEqual(['person:Batterow', 'person:Batterow']);
    expect(brief('"We do not know," Korvapress said.')).toEqual([]);
  });

  test('issue 13ah: a plural surname after a capitalized "The" inside the sentence is a band, "The" included; after the writer\'s "the" it stays the family', () => {
    const text = 'The pop band The Ostreviks won four prizes. Group: The Ostreviks. Ann Ostrevik said the Ostreviks were tired.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['The Ostreviks', 'organization', 13, 26, 'organization.plural-name-band'],
      ['The Ostreviks', 'organization', 51, 64, 'organization.plural-name-band'],
      ['Ann Ostrevik', 'person', 66, 78, 'person.given-name'],
      ['Ostreviks', 'person', 88, 97, 'person.family'],
    ]);
  });
});
