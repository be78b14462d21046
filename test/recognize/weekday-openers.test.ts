// A weekday before a name belongs to the clause, not to the name (refine/weekday-openers.ts).
// Invented names and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start]);

describe('a weekday before a name', () => {
  test('stays out of a person named after "on", with exact offsets', () => {
    expect(rows('The talks ended in Velmora. On Tuesday Tarvo Brennick left for home.')).toContainEqual(['Tarvo Brennick', 'person', 39]);
    expect(rows('The talks ended in Velmora. On Tuesday Tarvo Brennick left for home.').map((r) => r[0])).not.toContain('Tuesday Tarvo Brennick');
  });

  test('stays out of a firm named after a lower-case word', () => {
    const found = rows('Dunmarsh Inc said on Tuesday Orvane Tarvoku Co filed a claim.').map((r) => r[0]);
    expect(found).toContain('Orvane Tarvoku Co');
    expect(found).not.toContain('Tuesday Orvane Tarvoku Co');
  });

  test('stays out of a person after a noun', () => {
    const found = rows('Before the announcement Tuesday Brennick said he would stay.').map((r) => r[0]);
    expect(found).toContain('Brennick');
    expect(found).not.toContain('Tuesday Brennick');
  });
});
