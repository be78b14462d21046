import { isSportsStory } from '../../src/pipeline/recognize/sports';
import { brief, docOf, names } from './helpers';

const CRICKET =
  'CRICKET - CUMBRIA STRETCH THEIR LEAD.\n' +
  'Cumbria beat Shropshire by an innings and 57 runs at Fellgate Road on Saturday. Shropshire captain Owen ' +
  'Pellowe blamed a damp outfield for the collapse. Cumbria 24 points, Shropshire 3.';

describe('sports teams: a town in a sports story names its club', () => {
  test('the story is recognized as sport only with strong sports words', () => {
    expect(isSportsStory(docOf(CRICKET))).toBe(true);
    expect(isSportsStory(docOf('The party won the title of largest bloc and lost points in the final round of talks.'))).toBe(false);
  });

  test('a results line says sport without a word of the game; a channel or a number between names does not', () => {
    const results = 'Velmar moved up to third place on Saturday after a win at home.\nResults: Velmar 2 Tarnley 1; Ashcombe 0 Kvarstad 3.';
    expect(isSportsStory(docOf(results))).toBe(true);
    expect(names(results).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velmar', 'organization', 0, 'organization.one-sense'],
      ['Velmar', 'organization', 73, 'organization.results-table'],
      ['Tarnley', 'organization', 82, 'organization.results-table'],
      ['Ashcombe', 'organization', 93, 'organization.results-table'],
      ['Kvarstad', 'organization', 104, 'organization.results-table'],
    ]);
    expect(isSportsStory(docOf('The board spoke on Channel 4 News and on Radio 4 Today. Section 2 Part 3 of the law applies.'))).toBe(false);
    // and the words of a modern report: a league's name, a hat-trick
    expect(isSportsStory(docOf('Velmar lead the Bundesliga after a hat-trick from Orvik.'))).toBe(true);
    // but not numbers between ordinary words, nor the words of an office's sprint
    expect(isSportsStory(docOf('The ruling in Leeds cited Article 5 Section 2, and the appeal in London cited Chapter 3 Part 1.'))).toBe(false);
    expect(isSportsStory(docOf('Passengers in Leeds used Terminal 2 Gate 5, while those from Paris used Terminal 1 Gate 4.'))).toBe(false);
    // issue 13: a poll's table of regions, each row ending in its figures, holds no result: a result's sides share a line
    expect(isSportsStory(docOf('The poll found Brekk ahead.\nPoll results by region (percent):\nTarn Valley 44-52\nOrvane County 47-49\nKessine Coast 43-53\n'))).toBe(false);
    expect(isSportsStory(docOf('Results:\nTarnley Rovers 4-2 Orvane Athletic\nKessine Rovers 3-1 Velmar United\n'))).toBe(true);
    expect(isSportsStory(docOf('The agile team at Velmar held a daily scrum during the sprint; at this stage penalties for late work were dropped and the record shows it.'))).toBe(false);
  });

  test("a team sport's name opening the story as a wire's slug says sport: the result line's clubs", () => {
    const text = 'SOCCER - VELMARIAN FIRST DIVISION RESULT.\nTARNLEY 1996-08-22\n' +
      'Velmarian first division, the one game played Thursday:\nKessow Albion 1 Tarnley 4\n';
    expect(isSportsStory(docOf(text))).toBe(true);
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.rule])).toEqual([
      ['Kessow Albion', 117, 'organization.results-table'],
      ['Tarnley', 133, 'organization.results-table'],
    ]);
    // after a wire's code; but not a sport of one against one, nor the word in a sentence
    expect(isSportsStory(docOf('RTRS - Rugby - Velmar sign Kessow.\nTARNLEY 1996-08-22\nVelmar signed Kessow on Thursday.'))).toBe(true);
    expect(isSportsStory(docOf('SAILING - VELMAR LEADS.\nTARNLEY 1996-08-22\nThe yacht Velmar led on Thursday.'))).toBe(false);
    expect(isSportsStory(docOf('Football - the money behind it.\nTARNLEY 1996-08-22\nThe bank said on Thursday it lent money.'))).toBe(true);
    expect(isSportsStory(docOf('TARNLEY 1996-08-22\nFootball - the money behind it, the lender said on Friday.'))).toBe(false);
  });

  test('a list of goalscorers is sport: the clubs in brackets after the players are organizations', () => {
    const text = 'TOP GOALSCORERS OF THE VELMARIAN FIRST DIVISION.\nTARNLEY 1996-08-25\n' +
      "The goalscorers at the top of the Velmarian\nfirst division after this season's matches:\n" +
      '7 - Anton Brevik (Dravo Kessow)\n5 - Pavel Orlecki (Hutka Tarnica), Jan Dombrow (Velmo)\n';
    expect(isSportsStory(docOf(text))).toBe(true);
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.rule])).toEqual([
      ['Dravo Kessow', 174, 'organization.players-club'],
      ['Hutka Tarnica', 207, 'organization.players-club'],
      ['Velmo', 236, 'organization.players-club'],
    ]);
  });

  test('scores after a verb of the game say sport without a word of it: "Velmar beat Tarnley 2-1", "drew 0-0 with"', () => {
    const report = 'Velmar beat Tarnley 2-1 at home on Sunday. Ashcombe drew 0-0 with Kvarstad, while Dorrin won 3-1 at Lensby.';
    expect(isSportsStory(docOf(report))).toBe(true);
    // one score is not enough, nor a vote's count
    expect(isSportsStory(docOf('Velmar beat Tarnley 2-1 at home on Sunday, officials in Ashcombe said.'))).toBe(false);
    expect(isSportsStory(docOf('The bill won 52-48 in the Senate. The motion lost 51-49 on Tuesday. The appeal won 5-4 in the court.'))).toBe(false);
    // nor ranges of counts after "win" or "lose"
    expect(isSportsStory(docOf('Labour could win 20-25 seats in Kent, pollsters said. The Greens won 10-12 seats last time.'))).toBe(false);
    expect(isSportsStory(docOf('Troops won 3-2 kilometres near Orvik and lost 2-1 positions near Tarnley.'))).toBe(false);
    // a first name "Bill" is no bill, a tennis court no court of law
    expect(isSportsStory(docOf('Bill Tarrow scored as Ashcombe drew 1-1 with Kvarstad, and Velmar beat Orvik 2-0.'))).toBe(true);
    expect(isSportsStory(docOf('Velmar won 6-4 on Centre Court, and Orvik beat Tarnley 6-3 on Centre Court too.'))).toBe(true);
    // scores joined by an en dash, as Wikinews writes them, in a sentence and in a results line
    expect(isSportsStory(docOf('Velmar beat Tarnley 2–1 on Sunday, and Ashcombe beat Kvarstad 3–0.'))).toBe(true);
    const line = 'Results: Velmar 2–1 Tarnley; Ashcombe 0–0 Kvarstad.';
    expect(isSportsStory(docOf(line))).toBe(true);
    expect(names(line).map((r) => [r.text, r.start, r.rule])).toEqual([
      ['Velmar', 9, 'organization.results-table'],
      ['Tarnley', 20, 'organization.results-table'],
      ['Ashcombe', 29, 'organization.results-table'],
      ['Kvarstad', 42, 'organization.results-table'],
    ]);
    // not a month's days
    expect(isSportsStory(docOf('The tour runs July 24–28 Fourth Street to August 1–4 Fifth Avenue.'))).toBe(false);
    // a weekday or "yesterday" after the score, as wire copy writes it
    expect(isSportsStory(docOf('Velmar beat Tarnley 2-1 Sunday, and Ashcombe beat Kvarstad 3-0 yesterday.'))).toBe(true);
  });

  test('a long story that names a league and a tournament in passing is no sports story', () => {
    const filler = 'The company said its profit rose and its shares gained in heavy trading on the exchange. '.repeat(40);
    const text = `${filler}Its chairman once played in a golf tournament and follows the league. ${filler}`;
    expect(isSportsStory(docOf(text))).toBe(false);
    // the same two words in a short report are enough
    expect(isSportsStory(docOf('He played in a golf tournament and follows the league.'))).toBe(true);
  });

  test('one strong sports word counts beside three different weak ones, not beside two or a repeated one', () => {
    // strong: "league"; weak: "coach", "team", "won" (each counted once however often it occurs)
    expect(isSportsStory(docOf('The coach said the team won a place in the league.'))).toBe(true);
    expect(isSportsStory(docOf('The coach said the team took a place in the league.'))).toBe(false);
    expect(isSportsStory(docOf('The coach said the coach and the coach joined the league.'))).toBe(false);
    // a weak word alone, however many, makes no sports story
    expect(isSportsStory(docOf('The coach said the team won the match and the points.'))).toBe(false);
  });

  test('teams by context (beat, captain, score), the venue stays a place, the headline follows the body', () => {
    expect(brief(CRICKET)).toEqual([
      'organization:CUMBRIA',
      'organization:Cumbria',
      'organization:Shropshire',
      'place:Fellgate Road',
      'organization:Shropshire',
      'person:Owen Pellowe',
      'organization:Cumbria',
      'organization:Shropshire',
    ]);
  });

  test('"at" after a score names the side only right after a verb of the result ("won 2-1 at Lyon", "lost away at Lyon"); after "beat X 3-1" it names the ground; a town after "In" is where the match was', () => {
    const text = 'Soccer: Nantes beat Rennes 3-1 at Lorient on Saturday. Metz won 2-1 at Lyon, and Reims lost 1-0 away at Toulouse. In Lille, Dijon beat Brest 2-0. Dijon lead the league.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type])).toEqual([
      ['Nantes', 8, 14, 'organization'],
      ['Rennes', 20, 26, 'organization'],
      ['Lorient', 34, 41, 'place'],
      ['Metz', 55, 59, 'organization'],
      ['Lyon', 71, 75, 'organization'],
      ['Reims', 81, 86, 'organization'],
      ['Toulouse', 104, 112, 'organization'],
      ['Lille', 117, 122, 'place'],
      ['Dijon', 124, 129, 'organization'],
      ['Brest', 135, 140, 'organization'],
      ['Dijon', 146, 151, 'organization'],
    ]);
  });

  test('a town before "lead" or "leads" in a sports story is the side at the top ("Dijon lead the league")', () => {
    expect(names('Soccer: the striker scored twice in the league match on Saturday. Dijon lead the league by two points.').map((r) => [r.text, r.type])).toEqual([
      ['Dijon', 'organization'],
    ]);
  });

  test('"won 2-1 at X" in a sports story names the side, never a place, also where no list knows X', () => {
    const text = 'Soccer: Nantes beat Rennes 3-1 on Saturday. Metz won 2-1 at Tarnley, and Reims lost 1-0 away at Kvarstad.';
    expect(names(text).filter((r) => r.type === 'place')).toEqual([]);
  });

  test('a player\'s career names clubs: "joined from X", "years with X", "a spell at X"; a debut in a town, or a season at a venue, stays the place', () => {
    const text = 'Soccer: the striker, who joined from Rennes in June, scored twice in the league match. Their keeper spent four years with Lyon ' +
      'and a spell at Toulouse, and made his debut in Marseille.';
    expect(names(text).filter((r) => r.type !== 'date').map((r) => [r.text, r.type])).toEqual([
      ['Rennes', 'organization'],
      ['Lyon', 'organization'],
      ['Toulouse', 'organization'],
      ['Marseille', 'place'],
    ]);
    const tennis = 'TENNIS - Dorr, in her best season at Melbourne, faces the champion in the final of the tournament. She won the title.';
    expect(names(tennis).map((r) => [r.text, r.type])).toEqual([['Melbourne', 'place']]);
  });

  test('a town with a possessive before a result is the side, even after "in": "in Freiburg\'s 3-2 comeback"', () => {
    const text = 'Soccer: the new signing shone in Freiburg\'s 3-2 comeback over the visitors in the league match. Fans in Freiburg\'s old town cheered.';
    expect(names(text).map((r) => [r.text, r.start, r.end, r.type])).toEqual([
      ['Freiburg', 33, 41, 'organization'],
      ['Freiburg', 104, 112, 'place'],
    ]);
  });

  test('club name patterns and results tables', () => {
    const text = 'SOCCER - NORTHERN LEAGUE RESULTS.\nDivision three: Marbury City 3 Oakhurst Town 2, Tarnley 1 Ashcombe 0. ' +
      'The halftime score was level and the striker scored late for Tarnley.';
    expect(brief(text)).toEqual([
      'organization:NORTHERN LEAGUE',
      'organization:Marbury City',
      'organization:Oakhurst Town',
      'organization:Tarnley',
      'organization:Ashcombe',
      'organization:Tarnley',
    ]);
  });

  test('a time, a distance or bowling figures after a name are an athlete\'s, not a score', () => {
    const text = 'CYCLING - TOUR RESULTS.\nThe sprint and the tournament: 7. Brunsvald 2:18 8. Pellerand 2:26. ' +
      'Bowling: Hallamby 8-1-37-2. The striker scored twice and the goalkeeper was beaten.';
    expect(names(text).filter((r) => r.type === 'organization')).toEqual([]);
  });

  test("a row with an average and bowling figures are a player's; a basketball score is a team's", () => {
    const text = 'CRICKET - TOUR AVERAGES.\nThe batsman scored a century and the bowlers took wickets in the test match.\n' +
      'Batting (matches, innings, not out, runs, highest, average):\nTarvo Venhol 4 6 1 205 119 41.00\n' +
      'Bowling: Omid Sarvelan 3-71, Calder 118 22 402 14 28.71\nKestrel Vale 92 Harbury 81\n';
    expect(names(text).map((r) => [r.type, r.text, r.start, r.rule])).toEqual([
      ['person', 'Tarvo Venhol', 163, 'person.unknown-name'],
      ['person', 'Omid Sarvelan', 205, 'person.unknown-name'],
      ['organization', 'Kestrel Vale', 252, 'organization.results-table'],
      ['organization', 'Harbury', 268, 'organization.results-table'],
    ]);
  });

  test('a name with its country in brackets and a few goals is a club; a ranked competitor with points is not', () => {
    const text = 'SOCCER - CUP ROUNDUP.\nThe striker scored twice and the goalkeeper saved a penalty in the cup match.\n' +
      'In Varsk: Unia Varsk (Poland) 5 Kelmar Tovna (Wales) 0 (halftime 2-0)\nDrivers: 9. Ana Verel (Poland) 8 10. Ivo Dantel (Chile) 6\n';
    expect(names(text).filter((r) => r.type !== 'place').map((r) => [r.type, r.text, r.start])).toEqual([
      ['organization', 'Unia Varsk', 110],
      ['organization', 'Kelmar Tovna', 132],
      ['person', 'Ana Verel', 182],
      ['person', 'Ivo Dantel', 207],
    ]);
  });

  test('after a country in brackets, a time or a distance is no goal tally: the competitors stay persons', () => {
    const text = 'SOCCER - CUP ROUNDUP.\nThe striker scored twice and the goalkeeper saved a penalty in the cup match.\n' +
      'Mile: Kestu Varnal (Peru) 3 minutes 51.40 seconds\nTennis: Dovri Talsk (Chile) 6-3 6-4\nRally: Ivmar Dantel (Chile) 3:12.4\n';
    expect(names(text).filter((r) => r.type !== 'place').map((r) => [r.type, r.text, r.start])).toEqual([
      ['person', 'Kestu Varnal', 106],
      ['person', 'Dovri Talsk', 158],
      ['person', 'Ivmar Dantel', 193],
    ]);
  });

  test('"6-13" outside cricket is a score, not bowling figures', () => {
    const text = 'BASKETBALL - LEAGUE.\nThe guard scored and the team won the league game in overtime. Kelso 6-13 Tarnley.\n';
    expect(names(text).map((r) => [r.type, r.text, r.start])).toEqual([['organization', 'Kelso', 84], ['organization', 'Tarnley', 95]]);
  });

  test('the ground before a colon in a results line is a place', () => {
    const text = 'CRICKET - COUNTY SCORES.\nThe bowler took six wickets and the batsman made 80 as the innings closed. ' +
      'Ashvale: Dorset 311. At Kingsmere Park: Wiltshire 126.';
    expect(brief(text)).toEqual(['place:Ashvale', 'organization:Dorset', 'place:Kingsmere Park', 'organization:Wiltshire']);
  });

  test('the side a score was against, and words of the game around a town', () => {
    const text = 'SOCCER - LEAGUE.\nThe striker scored as the goalkeeper was beaten in the league match. ' +
      'Tarnley lost 3-1 to Leeds, then crashed 2-0 at home to Cardiff. A Bristol substitute scored for champions Leicester.';
    expect(brief(text).filter((r) => /Leeds|Cardiff|Bristol|Leicester/.test(r))).toEqual([
      'organization:Leeds',
      'organization:Cardiff',
      'organization:Bristol',
      'organization:Leicester',
    ]);
  });

  test('after a determiner a town before "side" or "club" only says which side; without one it names the club', () => {
    const text = 'SOCCER - LEAGUE.\nThe striker scored as the goalkeeper was beaten in the league match. ' +
      'The Leeds side held on for a draw, his Cardiff club went down, and Bristol fans sang.';
    expect(brief(text).filter((r) => /Leeds|Cardiff|Bristol/.test(r))).toEqual(['place:Leeds', 'place:Cardiff', 'organization:Bristol']);
  });

  test('in a sports story a town listed with a club by "and" or a comma is a club; a country stays a place', () => {
    const text = 'SOCCER - LEAGUE.\nThe striker scored as the goalkeeper was beaten in the league match. ' +
      'The tie between Tarnley Rovers and Leeds ended goalless, ahead of Cardiff, Bristol and Ashcombe United, while Kessel Athletic and Brazil drew.';
    expect(names(text).map((r) => [r.type, r.text, r.rule])).toEqual([
      ['organization', 'Tarnley Rovers', 'organization.head-noun'],
      ['organization', 'Leeds', 'organization.listed-with-club'],
      ['organization', 'Cardiff', 'organization.listed-with-club'],
      ['organization', 'Bristol', 'organization.listed-with-club'],
      ['organization', 'Ashcombe United', 'organization.head-noun'],
      ['organization', 'Kessel Athletic', 'organization.head-noun'],
      ['place', 'Brazil', 'place.gazetteer'],
    ]);
  });

  test('the visiting side before "at", and the side beaten "away at"', () => {
    const text = 'BASEBALL - SCHEDULE.\nThe pitcher and the quarterback watched the standings. Games on Friday: Leeds at Cardiff. ' +
      'Tarnley lost 2-0 away at Leicester.';
    expect(brief(text).filter((r) => /Leeds|Cardiff|Leicester/.test(r))).toEqual(['organization:Leeds', 'place:Cardiff', 'organization:Leicester']);
  });

  test('a nationality and "League" or "Cup" is a competition in a sports story, a body elsewhere', () => {
    expect(brief('SOCCER - NORWEGIAN LEAGUE.\nTarnley went top.\nThe striker scored twice and the goalkeeper saved a penalty in the match.')).toEqual([]);
    expect(brief('The Kazakh Voters League met in Cairo.')).toEqual(['organization:Kazakh Voters League', 'place:Cairo']);
  });

  test("a side's positions and what a side does in a match report", () => {
    const text = 'BASEBALL - ROUNDUP.\nThe pitcher and the quarterback watched the standings. A Leeds shortstop homered and Cardiff declared at lunch.';
    expect(brief(text).filter((r) => /Leeds|Cardiff/.test(r))).toEqual(['organization:Leeds', 'organization:Cardiff']);
  });

  test('a nationality before a player in a results line does not make the player a team', () => {
    const text = 'TENNIS - RESULTS.\nThe seeded players reached the semifinal of the tournament. Mark Rask beat Canadian Tomas Brell 7-6 6-4.';
    expect(brief(text)).toEqual(['person:Mark Rask', 'person:Tomas Brell']);
  });

  test('outside sports stories towns stay places', () => {
    expect(names('Cumbria council raised taxes in Shropshire.').map((r) => r.type)).toEqual(['place', 'place']);
  });

  test('clubs the list knows: by their own name, with their town, and ambiguous ones only in sports stories', () => {
    const text = 'SOCCER - LATE GOAL LIFTS JUVENTUS.\nJuventus beat Chelsea 2-1 in the league on Sunday. The striker who ' +
      'grew up in Everton scored the winner, and the St. Louis Cardinals pitcher watched from a Heat Lamp stand.';
    expect(names(text).filter((r) => r.type === 'organization')).toEqual([
      { text: 'JUVENTUS', type: 'organization', start: 25, end: 33, rule: 'organization.gazetteer' },
      { text: 'Juventus', type: 'organization', start: 35, end: 43, rule: 'organization.gazetteer' },
      { text: 'Chelsea', type: 'organization', start: 49, end: 56, rule: 'organization.club' },
      { text: 'St. Louis Cardinals', type: 'organization', start: 148, end: 167, rule: 'organization.club' },
    ]);
    expect(brief('Juventus shares rose in Milan. Chelsea Rowe, the Cardinals said, will lead the choir.')).toEqual([
      'organization:Juventus',
      'place:Milan',
      'person:Chelsea Rowe',
    ]);
  });
});

describe('a club named by a short word in capitals and its town', () => {
  test('"KVB Bergen" is a club; a word no list knows before a town is no club ("Tavo Bergen" may be a runner)', () => {
    const text = 'SOCCER - CUP ROUNDUP.\nThe striker scored twice and the goalkeeper saved a penalty as KVB Bergen beat Ashcombe 2-1. Runner Tavo Bergen (Norway) finished third.';
    expect(names(text).filter((r) => r.start > 80).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['KVB Bergen', 'organization', 85, 'organization.sports-club'],
      ['Ashcombe', 'organization', 101, 'organization.sports-team'],
      // (issue-13an: "Tavo Bergen" is no club; the town's word after a word no rule typed ends a name we
      // do not know, so it is no place of its own either)
      ['Norway', 'place', 135, 'place.gazetteer'],
    ]);
  });
});

describe('what makes a sports story', () => {
  test('"grand" counts only in "Grand Prix": a grand jury and a stadium make no sports story', () => {
    expect(names('A grand jury in Reno heard the case about the new stadium on Monday. Reno has seen nothing like it.').map((r) => [r.text, r.start, r.end, r.type])).toEqual([
      ['Reno', 16, 20, 'place'],
      ['Reno', 69, 73, 'place'],
    ]);
  });

  test('marathon talks and a squad of negotiators make no sports story', () => {
    expect(names('After marathon talks in Reno on Monday, a squad of negotiators left. Reno has agreed to the plan.').map((r) => [r.text, r.start, r.end, r.type])).toEqual([
      ['Reno', 24, 28, 'place'],
      ['Reno', 69, 73, 'place'],
    ]);
  });

  test('a Grand Prix result is one: the racing team after the driver', () => {
    expect(names('MOTOR RACING - TARNLEY GRAND PRIX.\nLena Voss (Austria) Halvard 1:53.706').filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end, r.rule])).toEqual([
      ['Halvard', 55, 62, 'organization.racing-team'],
    ]);
  });

  test('a side before a playing position and its player is a club, after any preposition and from a town, a surname or a word no list knows ("from Dorset off-spinner Ed Mero", "Vennic goalkeeper Ivo Brandt", "Novak defender"); a country, a nationality and a former side are not', () => {
    const text = 'Tarnley beat Ashcombe 2-1 in the league on Sunday. Tight bowling from Dorset off-spinner Ed Mero and a blunder by Vennic goalkeeper ' +
      'Ivo Brandt decided it, while Novak defender Ole Rask and Brazil striker Tom Hale scored, as did Velkanian midfielder Ari Dos and ex-Tarnley winger Lev Ott.';
    expect(names(text).filter((r) => r.type !== 'person').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      // (issue 13: a one-word name no list knows before "beat" is a side too)
      ['Tarnley', 'organization', 0, 7, 'organization.side-wording'],
      ['Ashcombe', 'organization', 13, 21, 'organization.sports-team'],
      ['Dorset', 'organization', 70, 76, 'organization.sports-team'],
      ['Vennic', 'organization', 114, 120, 'organization.sports-team'],
      ['Novak', 'organization', 161, 166, 'organization.sports-team'],
      ['Brazil', 'place', 189, 195, 'place.gazetteer'],
    ]);
  });

  test('"V" between two names in a headline in capitals is "versus", no initial: two sides, not one person', () => {
    const text = 'CRICKET - SOMERSET V DORSET SCOREBOARD.\nScoreboard of the county match between Somerset and Dorset on Friday: Dorset first innings 312 all out.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['SOMERSET', 'organization', 10, 18],
      ['DORSET', 'organization', 21, 27],
      ['Somerset', 'organization', 79, 87],
      ['Dorset', 'organization', 92, 98],
      ['Dorset', 'organization', 110, 116],
    ]);
  });

  test('a town no list knows, named by the dateline, is its club where a match report says so ("as Kilbrath beat Port Vessel 3-1"), the town after "in"', () => {
    const text = 'SOCCER - LATE DOUBLE LIFTS KILBRATH.\nKILBRATH, Scotland 1996-09-07\nStriker Ned Vale scored twice late on as Kilbrath beat Port Vessel 3-1 on Saturday. ' +
      'The game turned after Kilbrath manager Alec Rune switched to three forwards. Fans in Kilbrath celebrated.';
    expect(names(text).filter((r) => r.text === 'Kilbrath').map((r) => [r.type, r.start, r.end, r.rule])).toEqual([
      ['organization', 108, 116, 'organization.sports-team'],
      ['organization', 173, 181, 'organization.sports-team'],
      ['place', 236, 244, 'place.one-sense'],
    ]);
  });

  test('a results line opened by its venue: "In Reading:" is the town, the club after the colon is the club, even an ordinary word or a club\'s prefix before a country in brackets', () => {
    const text = 'SOCCER - CUP RESULTS.\nResults of cup first round, first leg matches on Thursday:\nIn Reading: Reading (England) 3 Vostok Kazan (Russia) 0\n' +
      'In Velmar: Rapid Velmar (Romania) 1 Kvarstad (Norway) 2';
    expect(names(text).filter((r) => r.type !== 'place' || r.rule === 'place.sports-venue').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Reading', 'place', 84, 91, 'place.sports-venue'],
      ['Reading', 'organization', 93, 100, 'organization.sports-team'],
      ['Vostok Kazan', 'organization', 113, 125, 'organization.sports-club'],
      ['Velmar', 'place', 140, 146, 'place.sports-venue'],
      ['Rapid Velmar', 'organization', 148, 160, 'organization.sports-club'],
      ['Kvarstad', 'organization', 173, 181, 'organization.sports-team'],
    ]);
  });

  test('a Nordic club\'s letters after its town make one club ("Sandvik IF", "Lyngvik BK"), "IF" being no function word there', () => {
    const text = 'SOCCER - CUP RESULTS.\nResults of cup first round, first leg matches on Thursday:\nIn Istanbul: Besiktas (Turkey) 0 Sandvik IF (Norway) 0\n' +
      'Lyngvik BK beat Tarnley 2-1 in the league.';
    expect(names(text).filter((r) => r.rule === 'organization.sports-club').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Sandvik IF', 114, 124],
      ['Lyngvik BK', 136, 146],
    ]);
  });

  test('a club prefix that opens the line before a score stays the club\'s ("Real Tarvosa 2"); "CAPS" and "OT" in a results table are no bodies', () => {
    const text = 'SOCCER - SPANISH LEAGUE SUMMARIES.\nSummaries of first division matches on Sunday:\nReal Tarvosa 2 (Nunes 34, Ibarra 71) Deportivo Castrel 1 (Figo 60). Halftime 1-0.\n' +
      'National Hockey League scores from Saturday (CAPS: the home side): TARNLEY 4 Ashcombe 2 (OT)';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Real Tarvosa', 82, 94],
      ['Deportivo Castrel', 119, 136],
      ['National Hockey League', 164, 186],
      ['TARNLEY', 231, 238],
      ['Ashcombe', 241, 249],
    ]);
  });

  test('review 13: a bracket after a numbered stage is no scorers\' ("Group 2 (Tarnley 6, Ashcombe 4)"); ordinary words and age groups before a position are no sides ("England Test batsman", "Under-19 bowler", "Star striker")', () => {
    const group = 'SOCCER - CUP DRAW.\nThe draw for the cup on Sunday put Tarnley in Group 2 (Tarnley 6, Ashcombe 4, Kvarstad 1) after the league matches.';
    expect(names(group).map((r) => `${r.type}:${r.text}`)).toEqual(['organization:Tarnley', 'organization:Tarnley', 'organization:Ashcombe', 'organization:Kvarstad']);
    const positions = 'Dorset beat Kent by six wickets on Sunday. The win owed much to England Test batsman Ed Mero and Under-19 bowler Tom Hale, ' +
      'Test opener Ivo Brandt, Olympic goalkeeper Lev Ott and Star striker Ari Dos.';
    expect(names(positions).filter((r) => r.type === 'organization').map((r) => r.text)).toEqual(['Dorset', 'Kent']);
    // one modifier may stand between the side and the position: "Tarnshire fast bowler", "Velkov central defender"
    expect(names('Dorset beat Kent by six wickets on Sunday, helped by Tarnshire fast bowler Ed Mero and Velkov central defender Lev Ott.').filter((r) => r.rule === 'organization.sports-team').map((r) => r.text)).toEqual(['Dorset', 'Kent', 'Tarnshire', 'Velkov']);
  });

  test('review 13: "V" is "versus" only in a sports story ("Henry V Returns" keeps its numeral); a Nordic club\'s letters need the town in title case ("TARNLEY IS TOP" is a verb)', () => {
    expect(names('Henry V Returns To The Globe Stage\nThe play opened on Friday.').map((r) => `${r.type}:${r.text}`)).toEqual(['person:Henry V']);
    expect(names('SOCCER - TARNLEY IS TOP AFTER WIN.\nTarnley beat Ashcombe 2-1 in the league on Sunday.').filter((r) => r.text.includes(' IS'))).toEqual([]);
  });

  test('issue 13: a name no list knows, with a side\'s wording around it, is a club ("hopefuls Brevoza", "Quillant have", "Morvasco\'s Peter Brandt"), not a player\'s surname, a letter or a nationality\'s side', () => {
    const text = 'SOCCER - CUP UPSET.\nCup hopefuls Brevoza went down 3-1 in the league on Sunday. Quillant have now won four games, ' +
      'and Morvasco\'s Peter Brandt scored twice in a 2-0 win over Tenzarra. Zelmaro scored late for Brevoza and Pim Zelmaro was happy. ' +
      'Serie B club Lerbatt lost and the French Gorvil team won.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.rule])).toEqual([
      ['Brevoza', 33, 'organization.side-wording'],
      ['Quillant', 80, 'organization.side-wording'],
      ['Morvasco', 118, 'organization.side-wording'],
      ['Tenzarra', 173, 'organization.side-wording'],
      ['Brevoza', 207, 'organization.one-sense'],
      ['Lerbatt', 255, 'organization.descriptor'],
    ]);
  });

  test('issue 13: a result\'s verb beside a one-word name no list knows makes it a club ("Kelvoran beat Trasmund", "Drevik qualified", "Ostravel lost"), not the ground after "at" a score, nor a player of the story', () => {
    const text = 'SOCCER - LEAGUE ROUNDUP.\nKelvoran beat Trasmund 2-1 on Sunday. Later Drevik qualified on away goals. Ostravel lost 1-0 at Pellmark. ' +
      'Ivo Brandt beat Lev Ott in the tennis, and Brandt won again.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Kelvoran', 'organization', 25, 'organization.side-wording'],
      ['Trasmund', 'organization', 39, 'organization.sports-team'],
      ['Drevik', 'organization', 69, 'organization.side-wording'],
      ['Ostravel', 'organization', 101, 'organization.side-wording'],
      ['Ivo Brandt', 'person', 132, 'person.unknown-name'],
      ['Lev Ott', 'person', 148, 'person.given-name'],
      ['Brandt', 'person', 175, 'person.known'],
    ]);
  });

  test('issue 13: a present tense in the plural after a name no list knows makes it a side, also of two words ("Tarvel Gorim win 7-2 on aggregate"); not a name a first name opens', () => {
    const text = 'SOCCER - CUP ROUNDUP.\nThe striker scored twice. Tarvel Gorim win 7-2 on aggregate and Lev Ott said they meet Kvarstad next. ' +
      'Later Peter Velk play with them.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Tarvel Gorim', 'organization', 48, 'organization.side-wording'],
      ['Lev Ott', 'person', 86, 'person.given-name'],
      ['Peter Velk', 'person', 130, 'person.given-name'],
    ]);
  });

  test('issue 13: a ground between the score and the side it was against ("a 5-2 away win over X", "2-0 at home to X"), and the side lifted "to a 3-2 win", are sides no list knows', () => {
    const text = 'SOCCER - LEAGUE ROUNDUP.\nLev Ott netted twice to lift Harvanto to a 5-2 away win over Kelmira on Sunday. ' +
      'Dorvesk crashed 0-2 at home to Pallarin. Tovik lost 1-0 away to Sorvenda.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Lev Ott', 'person', 25, 'person.given-name'],
      ['Harvanto', 'organization', 54, 'organization.side-wording'],
      ['Kelmira', 'organization', 86, 'organization.side-wording'],
      ['Dorvesk', 'organization', 105, 'organization.side-wording'],
      ['Pallarin', 'organization', 136, 'organization.side-wording'],
      ['Tovik', 'organization', 146, 'organization.side-wording'],
      ['Sorvenda', 'organization', 169, 'organization.side-wording'],
    ]);
  });
});

describe('a result of two sides with their countries in brackets', () => {
  test('"Maccavel Dorot (Israel) 81 Dinamo Vostrek (Russia) 74": each side and its score are a club, after a group\'s letter too; players of a sport of one against one stay persons', () => {
    const text = 'BASKETBALL - EUROPEAN CUP RESULTS.\nResults of European Cup basketball second-round group matches on Thursday:\n' +
      'Group A Maccavel Dorot (Israel) 81 Dinamo Vostrek (Russia) 74 Basket Tarnheim (Germany) 69 Rapid Velmari (Greece) 72\n' +
      'Group B Zeltar Kragen (Yugoslavia) 88 CB Almerane (Spain) 80\nSNOOKER: Peter Kessel (England) 5 John Brandt (Wales) 3\n';
    expect(names(text).filter((r) => r.type !== 'place').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Maccavel Dorot', 'organization', 118, 132],
      ['Dinamo Vostrek', 'organization', 145, 159],
      ['Basket Tarnheim', 'organization', 172, 187],
      ['Rapid Velmari', 'organization', 201, 214],
      ['Zeltar Kragen', 'organization', 235, 248],
      ['CB Almerane', 'organization', 265, 276],
      ['Peter Kessel', 'person', 297, 309],
      ['John Brandt', 'person', 322, 333],
    ]);
  });

  test('a name no list knows after "plays for", "signed for" or "his 21st goal for" is a club', () => {
    const text = 'SOCCER - LEAGUE.\nTarnley beat Ashcombe 2-1. Varizo, who plays for Kutamar, scored, and Linnepa hit his 21st goal for Botekour.';
    expect(names(text).filter((r) => r.type === 'organization' && r.start > 40).map((r) => [r.text, r.start, r.end])).toEqual([
      ['Kutamar', 66, 73],
      ['Botekour', 117, 125],
    ]);
  });

  test('a name no list knows after a career\'s "from" or "to" is a club: "signed from Espoir Kelvane", "on loan to Velmiro"', () => {
    const text = 'SOCCER - LEAGUE.\nTarnley beat Ashcombe 2-1. Ndoye-Sall, signed from Espoir Kelvane in the summer, scored. Hanada, on loan to Velmiro, stayed.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Tarnley', 'organization', 17, 24],
      ['Ashcombe', 'organization', 30, 38],
      ['Espoir Kelvane', 'organization', 68, 82],
      ['Velmiro', 'organization', 125, 132],
    ]);
  });

  test('a club in brackets in a squad\'s list of a position, also with its country: "Defenders: Lackso Chomvi (Kabwe Miners), ... (Sporting Lommeric, Belgium)"', () => {
    const text = 'SOCCER - ZAMBIA NAME SQUAD.\nZambia named their squad on Monday for the cup qualifier against Ghana in the soccer tournament.\n' +
      'Defenders: Evarin Tembo-Banda (Kafue Lions), Lackso Chomvi (Kabwe Miners), Gift Musonda-Vell (Sporting Lommeric, Belgium).';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Kafue Lions', 'organization', 156, 167],
      ['Kabwe Miners', 'organization', 185, 197],
      ['Sporting Lommeric', 'organization', 219, 236],
    ]);
  });

  test('review 15: a bare infinitive after a verb of seeing or making is a person\'s ("watched Okafor win"), and a side of a sport of one against one no club ("against Marovic, who won 6-2 6-1")', () => {
    const soccer = 'SOCCER - LEAGUE.\nTarnley beat Ashcombe 2-1 in the league. The young fans watched Okafor win the header, and he wanted to see Mirvash play more. Kvarstad win 7-2 on aggregate.';
    expect(names(soccer).map((r) => [r.text, r.type, r.start])).toEqual([
      ['Tarnley', 'organization', 17],
      ['Ashcombe', 'organization', 30],
      ['Kvarstad', 'organization', 144],
    ]);
    expect(names('TENNIS - OPEN.\nBrandtner reached the final of the tennis open. He next plays against Marovic, who won 6-2 6-1.')).toEqual([]);
  });
});

describe('sports: a club\'s supporter', () => {
  test('a listed town before "supporter" in a sports story is its club', () => {
    const text = 'SOCCER - VELMAR LEAGUE. Police held three fans after the match on Saturday. One Harrogate supporter was hurt.';
    expect(names(text).filter((r) => r.text === 'Harrogate').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Harrogate', 'organization', 80, 89, 'organization.sports-team'],
    ]);
  });
});

describe('sports: the two sides of a draw', () => {
  test('"v" between two names, each with its country in brackets, makes both clubs, after a competition\'s closing word too', () => {
    const text = "SOCCER - VELMAR CUP DRAWS. Pairings drawn on Friday for the Velmar club competitions: Holders' Cup Tarnak Harrogate (Norway) v Orvan Swindon (Belgium) Sporvik Dundee (Austria) v Kessano Lyon (Italy)";
    expect(names(text).filter((r) => r.rule === 'organization.sports-club').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Tarnak Harrogate', 'organization', 99, 115],
      ['Orvan Swindon', 'organization', 127, 140],
      ['Sporvik Dundee', 'organization', 151, 165],
      ['Kessano Lyon', 'organization', 178, 190],
    ]);
  });
});

describe('sports: a town after its side\'s noun, a host\'s verb or a result\'s "of" and "by"', () => {
  test('"division club Grimsby", "host Nimes", "3-1 home defeat of Hartlepool", "beaten 2-0 by Scunthorpe" name clubs', () => {
    const text = "SOCCER - VELMAR LEAGUE ROUND-UP. Second division club Grimsby sacked their coach on Monday. Auxerre host Nimes on Saturday, after Doncaster's 3-1 home defeat of Hartlepool. Velmar Athletic were beaten 2-0 by Scunthorpe.";
    expect(names(text).filter((r) => ['Grimsby', 'Nimes', 'Hartlepool', 'Scunthorpe'].includes(r.text)).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Grimsby', 'organization', 54, 61, 'organization.sports-team'],
      ['Nimes', 'organization', 105, 110, 'organization.sports-team'],
      ['Hartlepool', 'organization', 161, 171, 'organization.sports-team'],
      ['Scunthorpe', 'organization', 208, 218, 'organization.sports-team'],
    ]);
  });
});

describe('sports: a club named by two words joined by a slash', () => {
  test('"Velmorda / Kessin" in a result and a standings row is one club; a pair of players stays two persons', () => {
    const text = 'SOCCER - VELMAR LEAGUE RESULTS.\nResults of first division matches on Sunday:\nTarnley 1 Velmorda / Kessin 2\nStandings:\nVelmorda / Kessin 3 2 1 0 5 2 7\nIvo Brandt / Ed Mero (Velmar) beat Ann Vell / Tove Lind (Velmar) 15-3 15-7\n';
    expect(names(text).filter((r) => r.start >= 77).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Tarnley', 'organization', 77, 84],
      ['Velmorda / Kessin', 'organization', 87, 104],
      ['Velmorda / Kessin', 'organization', 118, 135],
      ['Ivo Brandt', 'person', 150, 160],
      ['Ed Mero', 'person', 163, 170],
      ['Velmar', 'organization', 172, 178],
      ['Ann Vell', 'person', 185, 193],
      ['Tove Lind', 'person', 196, 205],
      ['Velmar', 'organization', 207, 213],
    ]);
  });

});

describe('sports: a club named after someone and its town in a result line', () => {
  test('"Marten Roda Kerkrade 1 (...) Tarnley 2" is a club although it opens with a first name; a pair of players by "v" stays persons', () => {
    const text = 'SOCCER - DUTCH FIRST DIVISION SUMMARY.\nSummary of Dutch first division soccer matches played on Sunday:\nMarten Roda Kerkrade 1 (Velstra 28th) Tarnley 2 (Mero 71st). Halftime 1-1.\nAnna Roe v Eva Lind\n';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Marten Roda Kerkrade', 'organization', 104, 124],
      ['Velstra', 'person', 128, 135],
      ['Tarnley', 'organization', 142, 149],
      ['Mero', 'person', 153, 157],
      ['Anna Roe', 'person', 179, 187],
      ['Eva Lind', 'person', 190, 198],
    ]);
  });
});

describe('sports: a list led by a town the story names as a club elsewhere', () => {
  test('"behind Surrey, Hampshire and Lancashire" after "Surrey captain Ivo Brandt": the listed counties are clubs', () => {
    const text = 'CRICKET - COUNTY RESULTS.\nKent are fourth in the championship table behind Surrey, Hampshire and Lancashire after the weekend. Surrey captain Ivo Brandt scored 80.';
    expect(names(text).filter((r) => r.type === 'organization').map((r) => [r.text, r.start, r.end])).toEqual([
      ['Kent', 26, 30],
      ['Surrey', 75, 81],
      ['Hampshire', 83, 92],
      ['Lancashire', 97, 107],
      ['Surrey', 127, 133],
    ]);
  });
});

describe('sports: an Australian rules score', () => {
  test('"Tarnley 11.12 (78)": goals, behinds and the points in brackets after a town make it the club; a price in the text does not', () => {
    const text = 'AUSTRALIAN RULES - LEAGUE RESULTS.\nResults of league matches played on Saturday:\nVelmorda 24. 9 (153) Doncaster 11.12 (78)\nHe paid 11.50 (20) dollars in Hartlepool.\n';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Velmorda', 'organization', 81, 89],
      ['Doncaster', 'organization', 102, 111],
      ['Hartlepool', 'place', 153, 163],
    ]);
  });
});

describe('sports: a country\'s Olympic code after a competitor in a results list', () => {
  test('"Tomas Harl (AUT) 2:28.60": the code is the country, a place, not the competitor\'s club', () => {
    const text = 'ALPINE SKIING - HARL WINS GIANT SLALOM.\n\nResults of the World Cup men\'s giant slalom on Sunday:\n\n1. Tomas Harl (AUT) 2:28.60\n2. Lars Vellmo (SUI) 2:29.01';
    expect(names(text).filter((r) => r.type !== 'person').map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['AUT', 'place', 112, 115, 'place.country-code'],
      ['SUI', 'place', 141, 144, 'place.country-code'],
    ]);
  });

  test('issue 13: a word of a side\'s place in the table or the squad opening the sentence is no part of the club ("Leaders Tarnley Rovers", "Uncapped Velmar BK"), nor "Ruling" of a party', () => {
    const text = 'Leaders Tarnley Rovers stretched their lead at the top of the league to five points. Uncapped Velmar BK midfielder Tavin Kessane, 19, was called up. Ruling Orvane Party officials said nothing.';
    expect(brief(text)).toEqual(['organization:Tarnley Rovers', 'organization:Velmar BK', 'person:Tavin Kessane', 'organization:Orvane Party']);
  });

  test('issue 13: a ground opened by a stadium\'s word of another language is the venue, no side ("at the Estadio Las Tarvas", "the Stadion Orvane Kessine")', () => {
    const text = 'SOCCER - TARNLEY WIN\nTarnley beat Velmar 2-1 on Saturday. Tavin Kessane scored after 23 minutes at the Estadio Las Tarvas. Velmar striker Tavin Orrel missed a penalty at the Stadion Orvane Kessine.\n';
    expect(brief(text).filter((r) => /Estadio|Stadion/.test(r))).toEqual(['place:Estadio Las Tarvas', 'place:Stadion Orvane Kessine']);
  });
});

describe('sports: the bracket of a cricket innings', () => {
  test('issue-13y: the names in the bracket after a side\'s total ("Dravidan 402-5 (Korlath 167 not out, ...)") are its batsmen and bowlers, no clubs by the runs after them', () => {
    const text = 'CRICKET - DRAVIDAN TAKE CONTROL IN SECOND TEST.\n' +
      'Dravidan reached 402 for five at stumps on the second day of the second Test against Velmaron. The spinners took three wickets and the batsmen scored freely; the match and the series go on.\n' +
      'Scores: Velmaron 288 (Tarsenko 86; Pellvane 4-63). Dravidan 402-5 (Korlath 167 not out, Orrinath 94; Kessandra 3-109).';
    const inBrackets = names(text).filter((r) => ['Tarsenko', 'Pellvane', 'Korlath', 'Orrinath', 'Kessandra'].includes(r.text));
    expect(inBrackets.filter((r) => r.type === 'organization').map((r) => r.text)).toEqual([]);
    // the sides before their totals are still the sides
    expect(names(text).filter((r) => r.text === 'Velmaron' && r.start > 240).map((r) => [r.type, r.rule])).toEqual([['organization', 'organization.sports-team']]);
  });
});
