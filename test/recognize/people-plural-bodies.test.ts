// A body's name opening with a plural of people: a trade's men with "'s" ("Fishermen's", "Seamen's"),
// and a capitalized "All" before a plural or a country ("All Farmers Association", "All Kessoria
// Peoples Party") (recognize/organizations.ts). Invented bodies and sentences.
import { names } from './helpers';

const orgs = (text: string) => names(text).filter((r) => r.type === 'organization').map((r) => r.text);

describe('a plural of people opens a body\'s name', () => {
  test('"<Trade>men\'s" before the head noun, with or without "of" and a country', () => {
    expect(orgs("The head of the Pelagic Fishermen's Association of Kessoria spoke, and the Velmar Seamen's Union struck.")).toEqual([
      "Pelagic Fishermen's Association of Kessoria",
      "Velmar Seamen's Union",
    ]);
  });

  test('a capitalized "All" before a plural or a country opens the name', () => {
    expect(orgs('He chairs the Tarnby chapter of the All Growers Association of Kessoria. The All Namibia Dockworkers Federation struck.')).toEqual([
      'All Growers Association of Kessoria',
      'All Namibia Dockworkers Federation',
    ]);
  });
});
