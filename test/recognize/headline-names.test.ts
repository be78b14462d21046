import { names } from './helpers';

const STORY =
  'BASEBALL - KENDALL HOMER LIFTS TARNLEY PAST BOBCATS.\nTARNLEY 1996-08-22\n' +
  'Ivo Kendall homered twice late on as the Tarnley Rangers beat the Velmar Bobcats 10-8 on Wednesday. ' +
  'Kendall has hit 14 homers this season.\n';

describe('a headline in capitals is read by the names the story writes below it', () => {
  test('a run that goes on past a name of the story is cut to it ("KENDALL HOMER" -> "KENDALL"); a team\'s nickname alone is the team', () => {
    const rows = names(STORY).filter((r) => r.start < 52);
    expect(rows.map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['KENDALL', 'person', 11, 18],
      ['TARNLEY', 'place', 31, 38],
      ['BOBCATS', 'organization', 44, 51],
    ]);
  });

  test('a place before a head noun makes a longer name, which is kept ("VELMAR CITY" over a story of "Velmar")', () => {
    const text = 'VELMAR CITY COUNCIL VOTES ON BUDGET.\nVELMAR 1996-08-22\nThe council of Velmar voted on Thursday to cut its budget, a spokesman for the Tarnley Rangers said.\n';
    expect(names(text).filter((r) => r.start < 36).map((r) => [r.text, r.type])).toEqual([['VELMAR CITY COUNCIL', 'organization']]);
  });

  test('a team\'s nickname alone is the team also where the headline holds no longer name; outside sports a plural closing a body\'s name is no nickname (review 18)', () => {
    const sports = 'BASEBALL - BOBCATS RALLY TO WIN.\nTARNLEY 1996-08-22\nThe Velmar Bobcats beat the Tarnley Rangers 5-3 on Sunday.\n';
    expect(names(sports).filter((r) => r.start < 31).map((r) => [r.text, r.type, r.start, r.end])).toEqual([['BOBCATS', 'organization', 11, 18]]);
    const news = 'NEW YORK MINISTERS CLASH OVER WARDENS.\nTARNLEY 1996-08-22\nVelmar Wardens said it would sue the ministry over the park.\n';
    expect(names(news).filter((r) => r.start < 38).map((r) => [r.text, r.type])).toEqual([['NEW YORK', 'place']]);
  });
});

describe('a title-case headline\'s body of ordinary words stands only where the story names it too', () => {
  test('"Rural Bakery Association" the story writes in lower case is no name; "Regional Bakers Union", which it names, stays', () => {
    const text = 'Rural Bakery Association Wins Fight Over Flour Tax\nMonday, March 2, 2015\nA rural bakery association in Velmar said on Monday that the flour tax would be dropped.\n';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([['Velmar', 'place', 103, 109]]);
    const named = 'Regional Bakers Union Wins Fight Over Flour Tax\nMonday, March 2, 2015\nThe Regional Bakers Union said on Monday that the flour tax would be dropped.\n';
    expect(names(named).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Regional Bakers Union', 'organization', 0, 21],
      ['Regional Bakers Union', 'organization', 74, 95],
    ]);
  });
});

describe('a headline in capitals: a body of ordinary words stands only where the story names it; a section slug stays', () => {
  test('"DANISH SHIPPING GROUP BUYS ..." over a story of "the Danish group" names no body; "RUGBY UNION - ..." keeps the sport\'s body', () => {
    const text = 'DANISH SHIPPING GROUP BUYS TARNISH RIVAL\nMonday, March 2, 2015\nThe Danish group said on Monday it had bought Velkor Lines.\n';
    expect(names(text).filter((r) => r.start < 40).map((r) => [r.text, r.type])).toEqual([]);
    const slug = 'RUGBY UNION - TARNLEY WIN SECOND TEST.\nVELBY 1996-08-23\nTarnley beat Velby 24-10 on Saturday.\n';
    expect(names(slug).filter((r) => r.start < 11).map((r) => [r.text, r.type, r.start, r.end])).toEqual([['RUGBY UNION', 'organization', 0, 11]]);
  });
});

describe('a headline in capitals: a place and a noun the story writes in lower case are a place and a noun (issue 13)', () => {
  test('"MANITOBA WEEKLY" over "a weekly newspaper in Manitoba" is the place; "OSLO PUBLISHER KESTRAN MEDIA" over "Kestran Media ASA" is the place and the firm', () => {
    const weekly = 'MANITOBA WEEKLY PRINTS LAST EDITION\nFriday, November 29, 2013\nThe Orvelby Chronicle, a weekly newspaper in southern Manitoba, printed its last edition on Friday.\n';
    expect(names(weekly).filter((r) => r.start < 36).map((r) => [r.text, r.type, r.start, r.end])).toEqual([['MANITOBA', 'place', 0, 8]]);
    const firm = 'OSLO PUBLISHER KESTRAN MEDIA SWINGS TO LOSS\nFriday, March 25, 2016\nKestran Media ASA, which prints four dailies, reported a loss on Friday.\n';
    expect(names(firm).filter((r) => r.start < 44).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['OSLO', 'place', 0, 4],
      ['KESTRAN MEDIA', 'organization', 15, 28],
    ]);
  });

  test('a run whose head noun the story writes only with a capital stays one body ("OSLO EXCHANGE" over "the Oslo Stock Exchange")', () => {
    const text = 'TARVIK TELECOM SHARES JUMP ON OSLO EXCHANGE DEBUT\nFriday, November 16, 2012\nShares of Tarvik Telecom rose on their first day on the Oslo Stock Exchange on Thursday.\n';
    expect(names(text).filter((r) => r.start < 50).map((r) => [r.text, r.type])).toContainEqual(['OSLO EXCHANGE', 'organization']);
  });
});
