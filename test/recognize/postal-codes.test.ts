import { recognizePostalCodes } from '../../src/pipeline/recognize/postal-codes';
import { run } from './helpers';

describe('US states by their postal codes in wire tables (recognize/postal-codes.ts)', () => {
  test('issue 13: after a "State:" label, after a town and its comma, and between a town and its row\'s figures', () => {
    const codes = (text: string) => run(recognizePostalCodes, text).map((r) => [r.text, r.type, r.rule]);
    expect(codes('Issuer: Velmar State: OH Rating: A Sale Amount: 6,310,000')).toEqual([['OH', 'place', 'place.postal-code']]);
    expect(codes('Gluten meal 320.00 up 5 HAVLEN, IL / ORVALIA, IA\nGluten feed 117.00')).toEqual([
      ['IL', 'place', 'place.postal-code'],
      ['IA', 'place', 'place.postal-code'],
    ]);
    expect(codes('White wheat: Havlen WA 5.13 up .02')).toEqual([['WA', 'place', 'place.postal-code']]);
  });

  test("a town's comma counts only on the code's line: a comma that opens a line follows no town", () => {
    expect(run(recognizePostalCodes, 'Gluten feed 117.00 HAVLEN, IL 12.00').map((r) => r.text)).toEqual(['IL']);
    expect(run(recognizePostalCodes, 'Gluten feed 117.00 HAVLEN\n, IL 12.00')).toEqual([]);
  });

  test('a code that is a word in a headline\'s capitals, or before a sentence\'s words, is no state', () => {
    expect(run(recognizePostalCodes, 'ATHLETICS - VELMAR BREAKS SECOND RECORD IN 10 DAYS.')).toEqual([]);
    // (a word in capitals after a comma in a headline: "SENATORS, IN SHIFT, ...")
    expect(run(recognizePostalCodes, 'VELMAR SENATORS, IN SHIFT, BACK FARM BILL')).toEqual([]);
    expect(run(recognizePostalCodes, 'Havlen, OR Velmar, will decide.')).toEqual([]);
    expect(run(recognizePostalCodes, 'We asked him, OK then.')).toEqual([]);
    // the district's letters belong with the city's name
    expect(run(recognizePostalCodes, 'Velmar News Agency, Washington, DC, December 21')).toEqual([]);
  });
});
