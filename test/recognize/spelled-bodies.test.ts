import { names } from './helpers';

describe('a body no list knows, spelled by its initials in brackets (issue 13)', () => {
  test('the capitalized and small words right before "(ABC)" that spell it are the body, and the initials too', () => {
    const text = 'Officers from the Ethics and Anti-Fraud Commission (EAFC) raided the offices on Monday, and the Zorveth Peace Monitors (ZPM) said its observers had left.';
    expect(names(text)).toEqual([
      { text: 'Ethics and Anti-Fraud Commission', type: 'organization', start: 18, end: 50, rule: 'organization.spelled-initials' },
      { text: 'EAFC', type: 'organization', start: 52, end: 56, rule: 'organization.bracketed-acronym' },
      { text: 'Zorveth Peace Monitors', type: 'organization', start: 96, end: 118, rule: 'organization.spelled-initials' },
      { text: 'ZPM', type: 'organization', start: 120, end: 123, rule: 'organization.bracketed-acronym' },
    ]);
  });

  test('the spelled name takes the place of a first name\'s reading and of the head noun\'s last words inside it', () => {
    const text = 'Permits are issued by the Petronella Development and Tourism Authority (PDTA) in Kallindra.';
    expect(names(text)).toEqual([
      { text: 'Petronella Development and Tourism Authority', type: 'organization', start: 26, end: 70, rule: 'organization.spelled-initials' },
      { text: 'PDTA', type: 'organization', start: 72, end: 76, rule: 'organization.bracketed-acronym' },
      { text: 'Kallindra', type: 'place', start: 81, end: 90, rule: 'place.preposition' },
    ]);
  });

  test('not a treaty\'s name nor a place\'s ("Ostravel City"): those initials keep what the rules made of them', () => {
    const text = 'Envoys of the Brannoch Trade Monitors (BTM) discussed the Brannoch Test Ban Treaty (BTBT) on a visit to Ostravel City (OC).';
    expect(names(text)).toEqual([
      { text: 'Brannoch Trade Monitors', type: 'organization', start: 14, end: 37, rule: 'organization.spelled-initials' },
      { text: 'BTM', type: 'organization', start: 39, end: 42, rule: 'organization.bracketed-acronym' },
      { text: 'BTBT', type: 'organization', start: 84, end: 88, rule: 'organization.acronym' },
      { text: 'OC', type: 'organization', start: 119, end: 121, rule: 'organization.acronym' },
    ]);
  });

  test('two names before two letters stay a person\'s where the story calls him by the last alone; a two-word body with no such cue is spelled', () => {
    const text = 'Drommel Kessun (DK) opened the hearing on Monday. Kessun said the ward would close. Calvaro Marvessa (CM) won 12 seats.';
    expect(names(text)).toEqual([
      { text: 'Drommel Kessun', type: 'person', start: 0, end: 14, rule: 'person.unknown-name' },
      { text: 'DK', type: 'organization', start: 16, end: 18, rule: 'organization.acronym' },
      { text: 'Kessun', type: 'person', start: 50, end: 56, rule: 'person.surname-in-document' },
      { text: 'Calvaro Marvessa', type: 'organization', start: 84, end: 100, rule: 'organization.spelled-initials' },
      { text: 'CM', type: 'organization', start: 102, end: 104, rule: 'organization.bracketed-acronym' },
    ]);
  });

  test('not a treaty opening "Treaty on ..." nor rules a body issues: those initials keep what the rules made of them', () => {
    const text = 'Ministers signed the Treaty on Open Skies (TOS) in Dravosk, and the Dravosk Clean Air Rules (DCAR) took effect.';
    expect(names(text)).toEqual([
      { text: 'TOS', type: 'organization', start: 43, end: 46, rule: 'organization.acronym' },
      { text: 'Dravosk', type: 'place', start: 51, end: 58, rule: 'place.preposition' },
      { text: 'DCAR', type: 'organization', start: 93, end: 97, rule: 'organization.acronym' },
    ]);
  });
});
