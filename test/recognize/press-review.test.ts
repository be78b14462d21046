import { recognizePressReview } from '../../src/pipeline/recognize/press-review';
import { analyzeChunk } from '../../src/pipeline';
import { names, run } from './helpers';

describe('press reviews: the papers that open their items', () => {
  test('two or more items make a press review; a name may end its line with the dash on the next', () => {
    const text = 'Below, the top stories in the Valmora press on Monday. HALVARD POST - The minister resigned. ' +
      'DAGBLAD VEST\n- Talks with the union resumed.';
    expect(run(recognizePressReview, text)).toEqual([
      { text: 'HALVARD POST', type: 'organization', start: 55, end: 67, rule: 'organization.press-review' },
      { text: 'DAGBLAD VEST', type: 'organization', start: 93, end: 105, rule: 'organization.press-review' },
    ]);
  });

  test('one item alone, a dateline, a sport or a table label is no paper', () => {
    expect(run(recognizePressReview, 'Prices rose. HALVARD POST - The minister resigned.')).toEqual([]);
    expect(run(recognizePressReview, 'Results follow. OSLO - Talks ended. SOCCER - Tarnley won. NOTE - Prices are final.')).toEqual([]);
  });

  test('issue 13: a story that says it is a press review needs one item, and an item may open after a rule of dashes ("--- DAGBLAD VEST Bomb blast ...")', () => {
    const digest = "PRESS DIGEST - Velkan newspapers - Aug 27.\nTARNBY 1996-08-27\nHere, the main stories in Friday's Velkan newspapers.\n" +
      '--- DAGBLAD VEST Bomb blast in office kills one.\n--- THE MORNING KVAR Excise chief denies charges.\n';
    expect(names(digest).filter((r) => r.rule === 'organization.press-review').map((r) => [r.text, r.start, r.end])).toEqual([
      ['DAGBLAD VEST', 119, 131],
      ['THE MORNING KVAR', 168, 184],
    ]);
    const one = 'Here, the top stories in the Tarvanian press on Monday.\nJORNAL DE TARVO - The President addressed a letter to the rebels.\n';
    expect(names(one).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([['JORNAL DE TARVO', 'organization', 56, 'organization.press-review']]);
    // a story that does not say so still needs two items
    expect(names('The minister spoke on Monday.\nJORNAL DE TARVO - The President addressed a letter to the rebels.\n').filter((r) => r.rule === 'organization.press-review')).toEqual([]);
  });

  test('review 15: after a rule of dashes, a headline in capitals ends the paper\'s name at its first ordinary word', () => {
    const digest = 'PRESS DIGEST - Velkan papers - May 3.\n--- DAGBLAD KORRO FERRY FIRE INJURES TWO IN PORT.\n';
    expect(run(recognizePressReview, digest)).toEqual([
      { text: 'DAGBLAD KORRO', type: 'organization', start: 42, end: 55, rule: 'organization.press-review' },
    ]);
  });

  test('review 15: only the story\'s opening says it is a press review, not the opening of a later part of a long story', () => {
    // the later part analysed alone, as analyze() does with a long story's chunks (offsets stay the story's)
    const opening = 'The council met on Monday.\n\n'.repeat(20);
    const text = opening + 'PRESS DIGEST - Velkan papers.\n--- DAGBLAD VEST Talks resumed on Monday.\n';
    expect(analyzeChunk(text, opening.length, text.length, null, null).mentions.filter((m) => m.rule === 'organization.press-review')).toEqual([]);
    // at the story's opening it does
    expect(names('PRESS DIGEST - Velkan papers.\n--- DAGBLAD VEST Talks resumed on Monday.\n').filter((r) => r.rule === 'organization.press-review').map((r) => [r.text, r.start])).toEqual([['DAGBLAD VEST', 34]]);
  });

  test('review 15: "highlights of reports in ..." is no cue of a press review of its own: one item after it is no paper', () => {
    expect(names('Some highlights of reports in Friday\'s Velkan papers follow.\n--- DAGBLAD KORRO Talks resumed on Monday.\n').filter((r) => r.rule === 'organization.press-review')).toEqual([]);
  });

  test('issue 13: in a story that says it is a press review, a name alone at its line\'s end is a paper even in ordinary words or with an issue\'s number', () => {
    const digest = 'PRESS DIGEST - Velkan - Aug 27.\nThese are the leading stories in the Velkan press on Tuesday.\n' +
      'THE MORNING\n- Talks with the union resumed. - Ferry fares rise.\nTARNBY 16\n- The minister resigned. EVENING NEWS\n- Prices rose.\n';
    expect(names(digest).filter((r) => r.rule === 'organization.press-review').map((r) => r.text)).toEqual(['THE MORNING', 'TARNBY 16', 'EVENING NEWS']);
    // a story that does not say so: ordinary words before a dash are a table's labels
    const labels = 'Prices rose.\nTHE MORNING\n- Talks with the union resumed.\nEVENING NEWS\n- Prices rose.\n';
    expect(names(labels).filter((r) => r.rule === 'organization.press-review')).toEqual([]);
  });
});
