import { recognizeReporterOutlets } from '../../src/pipeline/recognize/reporter-outlets';
import { names, run } from './helpers';

describe('outlets named by their reporters', () => {
  test('"The Wire\'s Dana Kresk reports", "Evening Light\'s Tom Reyes has more": the outlets; a country\'s is no outlet', () => {
    const text = "The Wire's Dana Kresk reports from Belgrade. Later, Evening Light's Tom Reyes has more. Britain's Lena Marsh reports too.";
    expect(run(recognizeReporterOutlets, text)).toEqual([
      { text: 'Wire', type: 'organization', start: 4, end: 8, rule: 'organization.reporter-outlet' },
      { text: 'Evening Light', type: 'organization', start: 52, end: 65, rule: 'organization.reporter-outlet' },
    ]);
  });

  test('"is in" a place reports too; a name with no reporting after it is no outlet', () => {
    const text = "The Wire's Dana Kresk is in Belgrade. Evening Light's Tom Reyes said nothing.";
    expect(run(recognizeReporterOutlets, text)).toEqual([
      { text: 'Wire', type: 'organization', start: 4, end: 8, rule: 'organization.reporter-outlet' },
    ]);
  });

  test('an outlet of ordinary words does not teach the rest of the story: "For The Wire", "World War II"', () => {
    const text = "The World's Dana Kresk reports from Belgrade, where the talks began after World War II. For The World, this is Dana Kresk.";
    expect(names(text).map((r) => [r.text, r.type, r.start])).toEqual([
      ['World', 'organization', 4],
      ['Dana Kresk', 'person', 12],
      ['Belgrade', 'place', 36],
      ['Dana Kresk', 'person', 111],
    ]);
  });
});
