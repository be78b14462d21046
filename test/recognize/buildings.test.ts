// Buildings by their kind (recognize/buildings.ts): "<Name> House" where someone is at it, and a
// house of worship named after its dedication, its kind first. Invented buildings and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('"<Name> House" after a preposition of being at it is a building, a place', () => {
  test('a first name ("Barnaby") or a party\'s word ("Labor") opening it is no person, no body', () => {
    expect(rows('The union met at Barnaby House on Friday. A rally outside Labor House drew thousands, and the hearing in Kessworth House ended.')).toEqual([
      ['Barnaby House', 'place', 17, 30, 'place.venue-house'],
      ['Labor House', 'place', 58, 69, 'place.venue-house'],
      ['Kessworth House', 'place', 105, 120, 'place.venue-house'],
    ]);
  });

  test('a body the lists know by a "<X> House" name stays the body: a publisher, a think tank, a registry', () => {
    expect(rows('She worked at Random House and at Chatham House, then filed papers at Companies House; the talks were held at Tarvel House.')).toEqual([
      ['Random House', 'organization', 14, 26, 'organization.gazetteer'],
      ['Chatham House', 'organization', 34, 47, 'organization.gazetteer'],
      ['Companies House', 'organization', 70, 85, 'organization.gazetteer'],
      ['Tarvel House', 'place', 110, 122, 'place.venue-house'],
    ]);
  });

  test('not a chamber, nor a name going on after "of", nor one with "the"', () => {
    const text = 'The bill died in Upper House committee. He sat in Tarnholm House of Lords. They dined at the Velbrick House. They met in Ostermoor House.';
    expect(rows(text).filter((r) => r[4] === 'place.venue-house')).toEqual([['Ostermoor House', 'place', 121, 136, 'place.venue-house']]);
  });

  test('not a month or a weekday before the chamber ("in January House Republicans voted")', () => {
    const text = 'Earlier in January House Republicans passed a bill. Late in May House leaders met. The vote came in Tuesday House session at Ostermoor House.';
    expect(rows(text).filter((r) => r[4] === 'place.venue-house')).toEqual([['Ostermoor House', 'place', 125, 140, 'place.venue-house']]);
  });
});

describe('a cathedral, a monastery or a temple named after its dedication, its kind first, is a place', () => {
  test('"the Cathedral of the Holy Orvenna", "the Monastery of Saint Dravoste"', () => {
    expect(rows('The mass in the Cathedral of the Holy Orvenna was led by a bishop who had been a monk at the Monastery of Saint Dravoste since 1961.')).toEqual([
      ['Cathedral of the Holy Orvenna', 'place', 16, 45, 'place.worship-of'],
      ['Monastery of Saint Dravoste', 'place', 93, 120, 'place.worship-of'],
    ]);
  });

  test('a church stays a body: "the Church of Quillane"', () => {
    expect(rows('The Church of Quillane said it would appeal. Pilgrims filled the Temple of Orvenna.').filter((r) => r[4] === 'place.worship-of')).toEqual([
      ['Temple of Orvenna', 'place', 65, 82, 'place.worship-of'],
    ]);
  });
});
