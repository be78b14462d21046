import { names } from './helpers';

describe('a body no list knows, spelled by its initials in brackets (issue 13)', () => {
  test('the capitalized and small words right before "(ABC)" that spell it are the body, and the initials too', () => {
    const text = 'Officers from the Ethics and Anti-Fraud Commission (EAFC) raided the offices on Monday, and the Zorveth Monitoring Team (ZMT) said its observers had left.';
    expect(names(text)).toEqual([
      { text: 'Ethics and Anti-Fraud Commission', type: 'organization', start: 18, end: 50, rule: 'organization.spelled-initials' },
      { text: 'EAFC', type: 'organization', start: 52, end: 56, rule: 'organization.bracketed-acronym' },
      { text: 'Zorveth Monitoring Team', type: 'organization', start: 96, end: 119, rule: 'organization.spelled-initials' },
      { text: 'ZMT', type: 'organization', start: 121, end: 124, rule: 'organization.bracketed-acronym' },
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
    const text = 'Envoys of the Brannoch Trade Team (BTT) discussed the Brannoch Test Ban Treaty (BTBT) on a visit to Ostravel City (OC).';
    expect(names(text)).toEqual([
      { text: 'Brannoch Trade Team', type: 'organization', start: 14, end: 33, rule: 'organization.spelled-initials' },
      { text: 'BTT', type: 'organization', start: 35, end: 38, rule: 'organization.bracketed-acronym' },
      { text: 'BTBT', type: 'organization', start: 80, end: 84, rule: 'organization.acronym' },
      { text: 'OC', type: 'organization', start: 115, end: 117, rule: 'organization.acronym' },
    ]);
  });
});
