import { recognizeOutletDescriptors } from '../../src/pipeline/recognize/outlet-descriptors';
import { names, run } from './helpers';

const texts = (rows: { text: string }[]) => rows.map((r) => r.text);

describe('outlet descriptors: the capitalized name after an outlet\'s lower-case noun', () => {
  test('after "the daily", "the rival monthly", "the news agency", "the Tarnby daily", whatever the name\'s words look like', () => {
    const text = 'Velkara publishes the Tarnby daily Velkor Bode and the rival monthly Ostrel Varnel. ' +
      'She told the news agency Breckan Tarvik Haberi that she would join the daily Aurelia Morning Star.';
    expect(texts(run(recognizeOutletDescriptors, text))).toEqual(['Velkor Bode', 'Ostrel Varnel', 'Breckan Tarvik Haberi', 'Aurelia Morning Star']);
    // the whole pipeline keeps them against a first name's person and a town's place
    expect(names(text).filter((r) => r.type === 'organization').map((r) => r.text)).toEqual(
      expect.arrayContaining(['Velkor Bode', 'Ostrel Varnel', 'Breckan Tarvik Haberi', 'Aurelia Morning Star']),
    );
  });

  test('the outlets a plural outlet\'s noun lists: one after "including" or "such as", two or more joined by "and" after the noun alone', () => {
    const text = 'Suits against online news sites, including Orvane Terkini and Kessby, are pending. It was carried by Arab satellite channels, including Qanat al-Tarvel. ' +
      'Velkara owns the cable networks Tarnvik One and Ostrel Varnel. Velkara owns magazines such as Velmar Homes and Orlaks Gardens.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => r.text)).toEqual(
      expect.arrayContaining(['Orvane Terkini', 'Kessby', 'Qanat al-Tarvel', 'Tarnvik One', 'Ostrel Varnel', 'Velmar Homes', 'Orlaks Gardens']),
    );
  });

  test('no list after a plural outlet\'s noun and a bare comma, nor one item alone without "including", nor a common plural closing a name', () => {
    const text = 'In newspapers, Tavrel Kessin said no. Velkara owns newspapers Velmar Post reads. Velkara owns magazines such as Velmar Homes and Gardens, and magazines like Tarnvik One.';
    expect(texts(run(recognizeOutletDescriptors, text))).toEqual(['Tarnvik One']);
  });

  test('a masthead\'s "The" and a weekday opening the name are the outlet\'s; a paper\'s language is not', () => {
    const text = 'He wrote to the regional weekly The Harnow Velby and to the weekly Sunday Morvel. The English-language Tarnby Gazette reported it.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => r.text)).toEqual(['The Harnow Velby', 'Sunday Morvel', 'Tarnby Gazette']);
  });

  test('not an adverb, a weekday or a title alone, a broadcaster who is a person, a clause\'s subject, nor a modifier of what follows', () => {
    const text = 'It is published weekly Velkara said. The paper Monday said so. The station Manager Dorvan Kessmoor left. The broadcaster Aurelia Tarvik spoke. ' +
      'The paper Aurelia Morvel edited closed. Velkara runs a second daily Tarnby-Ostrel flight, and the monthly Part B premium rose.';
    expect(run(recognizeOutletDescriptors, text)).toEqual([]);
  });

  test('issue 13ah: a plural of bodies no person is called by lists bodies as the outlets\' plurals do ("carriers X and Y", "the transport unions X, Y and Z"); after its comma only an opener starts the list', () => {
    const text = 'Low-cost carriers Kessair and Tarnjet said fares would fall. The chairmen of the two firms, Ivo Brandt and Dana Vell, signed. ' +
      'The strike was called by the transport unions Velkor-CGT, Orsk-UTA and Brellin.';
    expect(run(recognizeOutletDescriptors, text).map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Kessair', 18, 25, 'organization.outlet-list'],
      ['Tarnjet', 30, 37, 'organization.outlet-list'],
      ['Velkor-CGT', 172, 182, 'organization.outlet-list'],
      ['Orsk-UTA', 184, 192, 'organization.outlet-list'],
      ['Brellin', 197, 204, 'organization.outlet-list'],
    ]);
  });
});
