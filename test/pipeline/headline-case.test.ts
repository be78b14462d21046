// A title-case headline is read like an all-caps one (pipeline/headline-case.ts). Invented text.
import { markTitleCaseHeadlines } from '../../src/pipeline/headline-case';
import { brief, docOf } from '../recognize/helpers';

function marked(text: string): boolean[] {
  const doc = docOf(text);
  markTitleCaseHeadlines(doc);
  return doc.sentences.map((s) => s.allCaps);
}

describe('title-case headlines', () => {
  test('a headline that capitalizes its ordinary words is marked; the prose under it is not', () => {
    expect(marked('Harbour Union Leader Rejects Pay Offer In Tarnley\nTomas Kerr said on Monday that he would fight on.')).toEqual([true, false]);
  });

  test('prose, a list of names, a results line and a dateline are not headlines', () => {
    expect(marked('For The Evening Report, I am Dana Kerr in Tarnley.')).toEqual([false]);
    expect(marked('Ana Vell, Tomas Kerr, Ivo Brandt and Marta Sol')).toEqual([false]);
    expect(marked('Tomas Kerr (Tarnley) Beat Ivo Brandt 6-3 6-4')).toEqual([false]);
    expect(marked('Velmora News Agency, Hallsk, October 9')).toEqual([false]);
    expect(marked('Harbour Union Leader rejects the pay offer')).toEqual([false]);
  });

  test('in a headline a title before ordinary words makes no person, and the names the story knows stay', () => {
    const text = 'Dock Strike Leader Rejects Pay Offer In Tarnley\nTomas Kerr, who leads the strike, said on Monday that he would fight on in Berlin.';
    expect(brief(text)).toEqual(['person:Tomas Kerr', 'place:Berlin']);
  });

  test('a head noun in a headline takes the words before it, but not across a verb', () => {
    const text = 'Velmar Port Authority Suspends Harbour Pilots Union Deal\nThe Velmar Port Authority said on Friday that it had suspended the deal.';
    expect(brief(text)).toEqual(['organization:Velmar Port Authority', 'organization:Harbour Pilots Union', 'organization:Velmar Port Authority']);
  });
});
