// Common abbreviations of countries, international bodies, wire services and US states, one name each across every
// document: "U.S.", "US" and "United States" are three entities in tools without this table
// (ICIJ/datashare#2049). Only unambiguous, very frequent forms of news copy belong here; a
// reporter adds her own in the project file ("merge").

import { nameKey } from './names';

const TABLE: [canonical: string, forms: string[]][] = [
  ['United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain']],
  ['United Nations', ['UN', 'U.N.']],
  ['European Union', ['EU', 'E.U.']],
  ['United Arab Emirates', ['UAE', 'U.A.E.']],
  ['Soviet Union', ['USSR', 'U.S.S.R.']],
  ['Democratic Republic of the Congo', ['DRC', 'DR Congo']],
  // wire services and central banks news calls by a short name
  ['Associated Press', ['AP']],
  ['Agence France-Presse', ['AFP', 'Agence France Presse']],
  ['Xinhua News Agency', ['Xinhua']],
  ['Federal Reserve', ['Fed', 'Federal Reserve Board']],
  // bodies and agencies news names by an acronym in one story and in full in the next
  ['North Atlantic Treaty Organization', ['NATO', 'Nato', 'North Atlantic Treaty Organisation']],
  ['Federal Bureau of Investigation', ['FBI']],
  ['Central Intelligence Agency', ['CIA']],
  ['International Monetary Fund', ['IMF']],
  ['World Trade Organization', ['WTO', 'World Trade Organisation']],
  ['International Atomic Energy Agency', ['IAEA']],
  ['European Central Bank', ['ECB']],
  ['Immigration and Naturalization Service', ['INS']],
  ['State Department', ['U.S. State Department', 'US State Department', 'Department of State', 'U.S. Department of State']],
];

// US states as news datelines abbreviate them ("Springfield, Ill."); the keys drop the period, so
// abbreviations that are also other names without it ("La." / "LA", "Pa.", "Miss.") are left out,
// and so is "Wash.": the state must not join the capital's row
const STATES: [state: string, abbreviation: string][] = [
  ['Alabama', 'Ala.'], ['Arizona', 'Ariz.'], ['Arkansas', 'Ark.'], ['California', 'Calif.'], ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'], ['Florida', 'Fla.'], ['Illinois', 'Ill.'], ['Kansas', 'Kan.'], ['Kentucky', 'Ky.'],
  ['Maryland', 'Md.'], ['Massachusetts', 'Mass.'], ['Michigan', 'Mich.'], ['Minnesota', 'Minn.'], ['Montana', 'Mont.'],
  ['Nebraska', 'Neb.'], ['Nevada', 'Nev.'], ['New Hampshire', 'N.H.'], ['New Jersey', 'N.J.'], ['New Mexico', 'N.M.'],
  ['New York', 'N.Y.'], ['North Carolina', 'N.C.'], ['North Dakota', 'N.D.'], ['Oklahoma', 'Okla.'], ['Oregon', 'Ore.'],
  ['Rhode Island', 'R.I.'], ['South Carolina', 'S.C.'], ['South Dakota', 'S.D.'], ['Tennessee', 'Tenn.'], ['Texas', 'Tex.'],
  ['Vermont', 'Vt.'], ['West Virginia', 'W.Va.'], ['Wisconsin', 'Wis.'], ['Wyoming', 'Wyo.'],
];
for (const [state, abbreviation] of STATES) TABLE.push([state, [abbreviation]]);

const CANONICAL_BY_KEY = new Map<string, string>();
for (const [canonical, forms] of TABLE) {
  for (const form of [canonical, ...forms]) CANONICAL_BY_KEY.set(nameKey(form), canonical);
}

/** "U.S." -> "United States"; undefined when the name is not in the table. */
export function commonAbbreviation(name: string): string | undefined {
  return CANONICAL_BY_KEY.get(nameKey(name));
}

/** commonAbbreviation by the name's key, for a caller that has the key already. */
export function commonAbbreviationOfKey(key: string): string | undefined {
  return CANONICAL_BY_KEY.get(key);
}
