import { recognizeReporterOutlets, recognizeSignOffOutlets } from '../../src/pipeline/recognize/reporter-outlets';
import { names, run } from './helpers';

describe('outlets named by their reporters', () => {
  test('"The Wire\'s Dana Kresk reports", "Evening Light\'s Tom Reyes has more": the outlets; a country\'s is no outlet', () => {
    const text = "The Wire's Dana Kresk reports on the ferry strike. Later, Evening Light's Tom Reyes has more. Britain's Lena Marsh reports too.";
    expect(run(recognizeReporterOutlets, text)).toEqual([
      { text: 'Wire', type: 'organization', start: 4, end: 8, rule: 'organization.reporter-outlet' },
      { text: 'Evening Light', type: 'organization', start: 58, end: 71, rule: 'organization.reporter-outlet' },
    ]);
  });

  test('"is in" a place reports too; a name with no reporting after it is no outlet', () => {
    const text = "The Wire's Dana Kresk is in Kellby tonight. Evening Light's Tom Reyes said nothing.";
    expect(run(recognizeReporterOutlets, text)).toEqual([
      { text: 'Wire', type: 'organization', start: 4, end: 8, rule: 'organization.reporter-outlet' },
    ]);
  });

  // (the sign-off "For The Planet, this is Dana Kresk." is the outlet by its own words: see below)
  test('an outlet of ordinary words does not teach the rest of the story: "the Planet Summit"', () => {
    const text = "The Planet's Dana Kresk reports on the ferry strike, which began before the Planet Summit. For The Planet, this is Dana Kresk.";
    expect(names(text).map((r) => [r.text, r.type, r.start])).toEqual([
      ['Planet', 'organization', 4],
      ['Dana Kresk', 'person', 13],
      ['The Planet', 'organization', 95],
      ['Dana Kresk', 'person', 115],
    ]);
  });

  test('a broadcast sign-off names its outlet: "For The Planet, I am ...", "For the Harbour Wire I\'m ..."; not a place or a person', () => {
    const text = "For The Planet, I am Katy Tarvel in Kellby. For the Harbour Wire I'm Tom Reyes. For Kellby, this is Dana Kresk. For Tom Reyes, this is Dana Kresk.";
    expect(run(recognizeSignOffOutlets, text)).toEqual([
      { text: 'The Planet', type: 'organization', start: 4, end: 14, rule: 'organization.reporter-outlet' },
      { text: 'Harbour Wire', type: 'organization', start: 52, end: 64, rule: 'organization.reporter-outlet' },
    ]);
  });

  test('review 14: the reporter\'s name closes the sign-off, and a surname is no outlet: "For Kowal, this is Anna Nowak\'s second defeat"', () => {
    expect(run(recognizeSignOffOutlets, "For Kowal, this is Anna Nowak's second defeat in a row. For Velkor Radio, this is Anna Nowak, reporting.")).toEqual([
      { text: 'Velkor Radio', type: 'organization', start: 60, end: 72, rule: 'organization.reporter-outlet' },
    ]);
  });
});
