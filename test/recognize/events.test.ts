import { brief, names } from './helpers';

describe('competitions, festivals and prizes are left out', () => {
  test('"the Commonwealth Games", "the Halvard Open", "the Ostend Film Festival", "the Davis Cup": no rows', () => {
    const text = 'Athletes from Kenya arrived for the Commonwealth Games. Ann Vell won the Halvard Open and went to the Ostend Film Festival. The Davis Cup resumed.';
    expect(brief(text)).toEqual(['place:Kenya', 'person:Ann Vell']);
  });

  test('a cycling race named after its country is an event: "the Tour de France", "the Tour of Britain"; a tour of Britain is a trip', () => {
    expect(names('He won a stage of the Tour de France and the Tour of Britain on his tour of Britain.').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Britain', 'place', 76, 83],
    ]);
  });

  test('a storm\'s name is no town or person: "Hurricane Milton", "Storm Babet"; the hurricane centre stays a body', () => {
    // ("Milton" and "Kelso" are towns the lists know, "Agnes" a first name: each is the storm, also alone later)
    const text = 'Hurricane Milton hit Florida and Storm Agnes flooded Dundee. Typhoon Kelso struck. Milton made landfall at dawn. The National Hurricane Center warned.';
    expect(brief(text)).toEqual(['place:Florida', 'place:Dundee', 'organization:National Hurricane Center']);
  });

  test('a series and a classic are events too: "the World Series", "the Unicef Classic"', () => {
    const text = 'BASEBALL - KELSO REACH FINAL.\nThe pitcher struck out nine and the home runs came late as the team won the pennant. ' +
      'Kelso will play in the World Series. Ann Vell won the Unicef Classic, a golf tournament.';
    expect(brief(text)).toEqual(['person:Ann Vell']);
  });

  test('"Games" names a games maker unless an event word comes before it', () => {
    expect(brief('Shares of Orvell Games rose.')).toEqual(['organization:Orvell Games']);
  });
});
