// Common abbreviations of countries and international bodies, one name each across every
// document: "U.S.", "US" and "United States" are three entities in tools without this table
// (ICIJ/datashare#2049). Only unambiguous, very frequent forms of news copy belong here; a
// reporter adds her own in the project file ("merge").

import { nameKey } from './names';

const TABLE: [canonical: string, forms: string[]][] = [
  ['United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain']],
  ['United Nations', ['UN', 'U.N.']],
  ['European Union', ['EU', 'E.U.']],
  ['United Arab Emirates', ['UAE', 'U.A.E.']],
  ['Soviet Union', ['USSR', 'U.S.S.R.']],
  ['Democratic Republic of the Congo', ['DRC', 'DR Congo']],
];

const CANONICAL_BY_KEY = new Map<string, string>();
for (const [canonical, forms] of TABLE) {
  for (const form of [canonical, ...forms]) CANONICAL_BY_KEY.set(nameKey(form), canonical);
}

/** "U.S." -> "United States"; undefined when the name is not in the table. */
export function commonAbbreviation(name: string): string | undefined {
  return CANONICAL_BY_KEY.get(nameKey(name));
}
