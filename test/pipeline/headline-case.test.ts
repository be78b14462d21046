// A title-case headline is read like an all-caps one (pipeline/headline-case.ts). Invented text.
import { markTitleCaseHeadlines } from '../../src/pipeline/headline-case';
import { brief, docOf } from '../recognize/helpers';

function marked(text: string): boolean[] {
  const doc = docOf(text);
  markTitleCaseHeadlines(doc);
  return doc.sentences.map((s) => s.titleCase);
}

const HEADLINE = 'Dock Strike Leader Rejects Pay Offer In Tarnley';

describe('title-case headlines', () => {
  test('a headline that capitalizes its ordinary words is marked; the prose under it is not', () => {
    expect(marked(`${HEADLINE}\nTomas Kerr said on Monday that he would fight on.`)).toEqual([true, false]);
  });

  test('each mark of prose or of a list keeps a line from being a headline', () => {
    expect(marked(`${HEADLINE}.`)).toEqual([false]); // a full stop at the end
    expect(marked(`Tomas Kerr spoke.\n${HEADLINE} 2026`)).toEqual([false, false]); // a number, below the story's first line
    expect(marked(`${HEADLINE} (Tarnley)`)).toEqual([false]); // brackets
    expect(marked('Dock Strike Leader rejects Pay Offer In Tarnley')).toEqual([false]); // a lower-case word not small
    expect(marked('Dock Strike, Leader, Rejects Pay Offer In Tarnley')).toEqual([false]); // two commas
    expect(marked('Zorvan Kellig And Ivo Brandt Of Tarnley')).toEqual([false]); // names: "And", "Of" are no ordinary words
    expect(marked('Strike Pay Offer')).toEqual([false]); // fewer than four capitalized words
    expect(marked('Tarnley Strike Ivo Kerr')).toEqual([false]); // one ordinary word after the first
    expect(marked('Strike Pay Tarnley Kerr')).toEqual([false]); // the first word does not count
  });

  test('the story\'s first line may hold a number: "Singer Ivo Brandt Dies at 71" ends the name before the verb', () => {
    expect(marked(`${HEADLINE} 2026\nTomas Kerr said on Monday that he would fight on.`)).toEqual([true, false]);
    expect(brief('Folk Singer Ivo Brandt Dies at 71\nIvo Brandt, who sang for sixty years, died on Monday in Tarnley.')).toEqual(['person:Ivo Brandt', 'person:Ivo Brandt', 'place:Tarnley']);
  });

  test('in a headline a title before ordinary words makes no person, and the names the story knows stay', () => {
    const text = `${HEADLINE}\nTomas Kerr, who leads the strike, said on Monday that he would fight on in Berlin.`;
    expect(brief(text)).toEqual(['person:Tomas Kerr', 'place:Berlin']);
  });

  test('in a headline a place or a people\'s word and a common noun ("court", "police", "central bank") are a place and a noun; in prose the name is a body', () => {
    expect(brief('BERLIN COURT JAILS FORMER DOCK CHIEF')).toEqual(['place:BERLIN']);
    expect(brief('NORWEGIAN POLICE ARREST TWO IN BERGEN')).toEqual(['place:BERGEN']);
    expect(brief('Norway Central Bank Raises Rate Again\nThe Oslo Council met on Monday.')).toEqual(['place:Norway', 'organization:Oslo Council']);
  });

  test('a place of two words and a common noun in a headline are a place and a noun ("SOUTH AFRICA POLICE") (review 18)', () => {
    expect(brief('SOUTH AFRICA POLICE ARREST TWO IN DURBAN')).toEqual(['place:SOUTH AFRICA', 'place:DURBAN']);
  });

  test('in a headline a place and "university", "museum", "club", "office", or "city council", "opposition party", are a place and a noun', () => {
    expect(brief('VARNA CITY COUNCIL RESULTS BY PARTY')).toEqual(['place:VARNA']);
    expect(brief('OLOMOUC MUSEUM LOSES TWO PAINTINGS IN RAID')).toEqual(['place:OLOMOUC']);
    expect(brief('NORWAY OPPOSITION PARTY CHIEF QUITS')).toEqual(['place:NORWAY']);
    // (a name of the pattern "X State University" keeps its place: "state" is no headline's common word)
    expect(brief('Ines Varga Assistant Professor Ohio State University')).toEqual(['person:Ines Varga', 'organization:Ohio State University']);
  });

  test('a word in capitals in a title-case headline is still an acronym, and a listed one still a name', () => {
    expect(brief('WHO Warns Of Flu Outbreak In Berlin')).toEqual(['organization:WHO', 'place:Berlin']);
  });

  test('a head noun in a headline takes the words before it, but not across a verb', () => {
    // (a name of a word no list knows: a body of ordinary words only, "Harbour Pilots Union", stands
    // in a title-case headline only where the story names it too, headline-names.ts)
    const text = 'Velmar Port Authority Suspends Kelmouth Pilots Union Deal\nThe Velmar Port Authority said on Friday that it had suspended the deal.';
    expect(brief(text)).toEqual(['organization:Velmar Port Authority', 'organization:Kelmouth Pilots Union', 'organization:Velmar Port Authority']);
  });
});
