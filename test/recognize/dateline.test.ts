import { recognizeCredits } from '../../src/pipeline/recognize/credits';
import { recognizeDateline } from '../../src/pipeline/recognize/dateline';
import { names, run } from './helpers';

describe('datelines: the place a story opens with', () => {
  test('city and date on their own line, after a headline', () => {
    expect(run(recognizeDateline, 'RAIL STRIKE ENDS.\nTOKMOK 1996-08-30\nTrains ran again on Friday.')).toEqual([
      { text: 'TOKMOK', type: 'place', start: 18, end: 24, rule: 'place.dateline' },
    ]);
  });

  test('a headline in capitals alone on its line, the date on the next line, is no dateline ("FARM BRIEFS"); a listed place there is (issue 13)', () => {
    expect(run(recognizeDateline, 'FARM BRIEFS\nMonday, August 4, 2008\nKORVASH, Aug 4 (Velmora) - Rain fell.').map((r) => r.text)).toEqual(['KORVASH']);
    expect(run(recognizeDateline, 'CAIRO\nMonday, August 4, 2008\nRain fell.').map((r) => r.text)).toEqual(['CAIRO']);
  });

  test('a number that is no date after words in capitals makes no dateline ("TARNIA OPPOSITION CALLS 48-HOUR STRIKE")', () => {
    expect(run(recognizeDateline, 'TARNIA OPPOSITION CALLS 48-HOUR STRIKE.\nVELSK 1996-10-14\nThe opposition called a strike.')).toEqual([
      { text: 'VELSK', type: 'place', start: 40, end: 45, rule: 'place.dateline' },
    ]);
  });

  test('a news agency\'s dateline names the city after the agency ("Velmora News Agency, Hallsk, October 9"), not a body there', () => {
    expect(run(recognizeDateline, 'Velmora News Agency, Hallsk, October 9 (Velmora) -- Talks opened. Velmora News Agency, United Nations, May 3 (Velmora) -- Talks ended.').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Hallsk', 21, 27],
    ]);
  });

  test('issue 13: a body the lists know and no place, writing from its seat ("UNITED NATIONS 1996-08-28"), stays the body', () => {
    expect(run(recognizeDateline, 'TALKS STALL ON AID PLAN.\nUNITED NATIONS 1996-08-28\nDelegates met on Wednesday.')).toEqual([
      { text: 'UNITED NATIONS', type: 'organization', start: 25, end: 39, rule: 'organization.dateline' },
    ]);
  });

  test('a month that is also a verb ("March", "May") still makes a dateline', () => {
    expect(run(recognizeDateline, 'LOWTON, March 1, 2024 - Talks resumed.')).toEqual([
      { text: 'LOWTON', type: 'place', start: 0, end: 6, rule: 'place.dateline' },
    ]);
  });

  test('issue 13: an island or region no list knows between the city and a month is the city\'s place too ("KESSBY, Varlo, May 19")', () => {
    expect(run(recognizeDateline, 'PIPER TURNS 100\nTuesday, May 19, 1998\nKESSBY, Varlo, May 19 (Tarvel News) - A piper turned 100.')).toEqual([
      { text: 'KESSBY', type: 'place', start: 38, end: 44, rule: 'place.dateline' },
      { text: 'Varlo', type: 'place', start: 46, end: 51, rule: 'place.dateline' },
    ]);
    // (a state's letters no list knows, the same)
    expect(run(recognizeDateline, 'ORVALE, QVR, Oct 16 (Tarvel News) - Buyers returned.').map((r) => [r.text, r.start, r.end])).toEqual([
      ['ORVALE', 0, 6],
      ['QVR', 8, 11],
    ]);
    // (no month after the second comma: no region)
    expect(run(recognizeDateline, 'ORVALE, Varlo Books - Buyers returned.').map((r) => r.text)).toEqual([]);
  });

  test('city, date and a wire credit in slashes', () => {
    expect(run(recognizeDateline, 'ASTANA, February 27. /TASS/. Officials met.')).toEqual([
      { text: 'ASTANA', type: 'place', start: 0, end: 6, rule: 'place.dateline' },
    ]);
  });

  test('city and credit in brackets, then a dash', () => {
    expect(run(recognizeDateline, 'BEIRUT (AP) - Gunmen opened fire.')).toEqual([
      { text: 'BEIRUT', type: 'place', start: 0, end: 6, rule: 'place.dateline' },
    ]);
  });

  test('city and state abbreviation before a dash: both places, the period kept', () => {
    expect(run(recognizeDateline, 'SPRINGFIELD, Ill. - The mayor resigned.')).toEqual([
      { text: 'SPRINGFIELD', type: 'place', start: 0, end: 11, rule: 'place.dateline' },
      { text: 'Ill.', type: 'place', start: 13, end: 17, rule: 'place.dateline' },
    ]);
  });

  test('a headline topic before a dash is no dateline', () => {
    expect(run(recognizeDateline, 'RUGBY - HALLORAN KEEPS THE CAPTAINCY.')).toEqual([]);
  });

  test('a count after a headline\'s capitals is no dateline\'s date ("STORM TARVI LEAVES 41 DEAD ..."); a day with its credit is', () => {
    expect(run(recognizeDateline, 'REGION TO INVEST 25 BLN IN RAIL\nKESSBY, Oct. 27 (Velwire) -- The region said.')).toEqual([
      { text: 'KESSBY', type: 'place', start: 32, end: 38, rule: 'place.dateline' },
    ]);
    expect(run(recognizeDateline, 'STORM TARVI LEAVES 41 DEAD IN THE SOUTH\nText.')).toEqual([]);
    expect(run(recognizeDateline, 'KESSBY 30 (Velwire) - Shares fell.')).toEqual([
      { text: 'KESSBY', type: 'place', start: 0, end: 6, rule: 'place.dateline' },
    ]);
  });

  test('capitals later in the story are no dateline', () => {
    const text = 'One.\nTwo.\nThree.\nFour.\nFive.\nPARIS 1996-08-30\nText.';
    expect(run(recognizeDateline, text)).toEqual([]);
  });
});

describe('wire credits are source organizations', () => {
  test('brackets and slashes: known wire services, and an unlisted one only between slashes after the dateline', () => {
    const credits = (text: string) => names(text).filter((r) => r.rule === 'organization.credit').map((r) => [r.text, r.start, r.source]);
    expect(credits('MOSCOW (Interfax) - Talks began. LONDON (Reuters) - More. Velm (Kerr Post) - no credit, nor /Tarsa/ - this.')).toEqual([
      ['Interfax', 8, true],
      ['Reuters', 41, true],
    ]);
    expect(credits('KIEV, March 3 /UNIAN-X/ - Talks began.')).toEqual([['UNIAN-X', 15, true]]);
    // a dateline in title case: its date near the line's start
    expect(credits('Astana, Feb. 27 /Velminform/ - The bank said.')).toEqual([['Velminform', 17, true]]);
    expect(credits('Talks began in Kiev. In 2004 /UNIAN-X/ - the year he left - they ended.')).toEqual([]);
  });

  test('an unlisted wire in brackets right after the dateline, before the dash ("TURIN, May 2 (Orlane) -"); not brackets elsewhere', () => {
    const credits = (text: string) => names(text).filter((r) => r.rule === 'organization.credit').map((r) => [r.text, r.start, r.source]);
    expect(credits('TURIN, May 2 (Orlane) - A court jailed four men.')).toEqual([['Orlane', 14, true]]);
    // (nor an editor's note: "(Corrected)")
    expect(credits('TURIN, May 2 (Corrected) - A court jailed four men.')).toEqual([]);
    expect(credits('TARVIK, Velmaria, April 17 (Orla Press Agency) -- The club won.')).toEqual([['Orla Press Agency', 28, true]]);
    expect(credits('The mill (Orlane) - the last in town - closed.')).toEqual([]);
  });

});
