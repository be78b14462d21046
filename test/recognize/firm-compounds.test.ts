// Firms and unions named in German, Swedish or Turkish by a trade word closing the name
// (recognize/firm-compounds.ts), and Spanish firms by their trade word first
// (recognize/foreign-organizations.ts). Invented firms and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a German, Swedish or Turkish trade word closing a name makes it a firm or a union, no person', () => {
  test('"Kesselring Fahrzeugbau", "Orvighaus Antriebstechnik", "Tarvstrom Verkstäder"', () => {
    expect(rows('Plants hit included:\nKesselring Fahrzeugbau, Velcona\nOrvighaus Antriebstechnik, Dravik\nAt Tarvstrom Verkstäder, the club chairman spoke.').filter((r) => r[1] !== 'place')).toEqual([
      ['Kesselring Fahrzeugbau', 'organization', 21, 43, 'organization.trade-compound'],
      ['Orvighaus Antriebstechnik', 'organization', 53, 78, 'organization.trade-compound'],
      ['Tarvstrom Verkstäder', 'organization', 90, 110, 'organization.trade-compound'],
    ]);
  });

  test('a Turkish firm by its trade word ("Kaymakoglu Kablo Sistemleri") and a union by "-İş" ("Tekstil-İş")', () => {
    expect(rows('Workers at Kaymakoglu Kablo Sistemleri joined the smaller Orvel Tekstil-İş last week.')).toEqual([
      ['Kaymakoglu Kablo Sistemleri', 'organization', 11, 38, 'organization.trade-compound'],
      ['Orvel Tekstil-İş', 'organization', 58, 74, 'organization.trade-compound'],
    ]);
  });
});

describe('a Spanish trade word opens a firm\'s name', () => {
  test('"Metalúrgica Velcona", "Panificadora Orvel", "Gráfica del Tarso"', () => {
    expect(rows('Occupied firms: Metalúrgica Velcona, 41 workers; Panificadora Orvel, 19 workers; Gráfica del Tarso, 28 workers.')).toEqual([
      ['Metalúrgica Velcona', 'organization', 16, 35, 'organization.foreign-head'],
      ['Panificadora Orvel', 'organization', 49, 67, 'organization.foreign-head'],
      ['Gráfica del Tarso', 'organization', 81, 98, 'organization.foreign-head'],
    ]);
  });
});

describe('Danish and Norwegian dairies, breweries and savings banks, and a German power firm, by their trade compound', () => {
  test('a dairy\'s word opening the name, a savings bank\'s and a power firm\'s closing it; not the surname "Kraft"', () => {
    const text = 'Their milk goes to Orvamejeriet Kessvang, with a loan from Tarnbyegnens Sparekasse. Velmar Windkraft built it. Anna Kraft said so.';
    expect(names(text).map((r) => [r.text, r.type, r.rule])).toEqual([
      ['Orvamejeriet Kessvang', 'organization', 'organization.trade-compound'],
      ['Tarnbyegnens Sparekasse', 'organization', 'organization.trade-compound'],
      ['Velmar Windkraft', 'organization', 'organization.trade-compound'],
      ['Anna Kraft', 'person', 'person.given-name'],
    ]);
  });
});
