import { recognizePressReview } from '../../src/pipeline/recognize/press-review';
import { run } from './helpers';

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
});
