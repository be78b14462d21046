import { recognizePressReview } from '../../src/pipeline/recognize/press-review';
import { names, run } from './helpers';

describe('press reviews: the papers that open their items', () => {
  test('two or more items make a press review; a name may end its line with the dash on the next', () => {
    const text = 'These are the leading stories in the Valmora press on Monday. HALVARD POST - The minister resigned. ' +
      'DAGBLAD VEST\n- Talks with the union resumed.';
    expect(run(recognizePressReview, text)).toEqual([
      { text: 'HALVARD POST', type: 'organization', start: 62, end: 74, rule: 'organization.press-review' },
      { text: 'DAGBLAD VEST', type: 'organization', start: 100, end: 112, rule: 'organization.press-review' },
    ]);
  });

  test('one item alone, a dateline, a sport or a table label is no paper', () => {
    expect(run(recognizePressReview, 'Prices rose. HALVARD POST - The minister resigned.')).toEqual([]);
    expect(run(recognizePressReview, 'Results follow. OSLO - Talks ended. SOCCER - Tarnley won. NOTE - Prices are final.')).toEqual([]);
  });

  test('issue 13: a story that says it is a press review needs one item, and an item may open after a rule of dashes ("--- DAGBLAD VEST Bomb blast ...")', () => {
    const digest = "PRESS DIGEST - Velkan newspapers - Aug 27.\nTARNBY 1996-08-27\nThese are the leading stories in Tuesday's Velkan newspapers.\n" +
      '--- DAGBLAD VEST Bomb blast in office kills one.\n--- THE MORNING KVAR Excise chief denies charges.\n';
    expect(names(digest).filter((r) => r.rule === 'organization.press-review').map((r) => [r.text, r.start, r.end])).toEqual([
      ['DAGBLAD VEST', 127, 139],
      ['THE MORNING KVAR', 176, 192],
    ]);
    const one = 'These are the leading stories in the Tarvanian press on Monday.\nJORNAL DE TARVO - The President addressed a letter to the rebels.\n';
    expect(names(one).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([['JORNAL DE TARVO', 'organization', 64, 'organization.press-review']]);
    // a story that does not say so still needs two items
    expect(names('The minister spoke on Monday.\nJORNAL DE TARVO - The President addressed a letter to the rebels.\n').filter((r) => r.rule === 'organization.press-review')).toEqual([]);
  });
});
