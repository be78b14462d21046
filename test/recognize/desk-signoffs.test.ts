import { recognizeDeskSignOffs } from '../../src/pipeline/recognize/desk-signoffs';
import { run } from './helpers';

describe('wire desks signing off a story before their telephone number', () => {
  test('issue 13: the desk after the reporter\'s name, or alone, before its number is a body, even in ordinary words', () => {
    expect(run(recognizeDeskSignOffs, 'Prices fell. -- Dana Kell, Tarnby Commodities +44 20 7946 0123').map((r) => [r.text, r.type, r.rule])).toEqual([
      ['Tarnby Commodities', 'organization', 'organization.desk-signoff'],
    ]);
    expect(run(recognizeDeskSignOffs, 'Bonds rose. -- Orvik Editorial, (612) 555 0142').map((r) => r.text)).toEqual(['Orvik Editorial']);
    expect(run(recognizeDeskSignOffs, 'Bonds rose. -- Velkan News Room (852) 5550 0168').map((r) => r.text)).toEqual(['Velkan News Room']);
    // a contact label before the number is no word of the desk
    expect(run(recognizeDeskSignOffs, 'Ports met the standards. -- Velkan Cargo Editorial Tel+44 20 7946 0706').map((r) => r.text)).toEqual(['Velkan Cargo Editorial']);
    // a desk named by a body's head noun is the head-noun rule's
    expect(run(recognizeDeskSignOffs, 'Prices fell. -- Velkan Newsroom +44 20 7946 0123')).toEqual([]);
  });

  test('a reporter\'s name alone before the number is no desk, nor a city\'s newsroom in lower case', () => {
    expect(run(recognizeDeskSignOffs, 'Prices fell. -- Dana Kell 312-555-0101')).toEqual([]);
    expect(run(recognizeDeskSignOffs, 'Prices fell. -- Dana Frost 816-555-0199')).toEqual([]);
    expect(run(recognizeDeskSignOffs, 'Prices fell. -- Tarnby newsroom +44 20 7946 0123')).toEqual([]);
  });
});
