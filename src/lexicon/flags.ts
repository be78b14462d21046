// The flags a lexicon entry can carry, one bit each. Shared by scripts/build-lexicon.js (which
// requires the compiled dist/lexicon/flags.js) and the run-time loader in index.ts.

export const FLAGS = {
  /** a first name: "Berik", "Jane" */
  given: 1 << 0,
  /** a surname: "Smith", "Aliyev" */
  surname: 1 << 1,
  /** a country: "Kazakhstan", "United States", "U.S." */
  country: 1 << 2,
  /** a city or town: "Astana", "Leeds" */
  city: 1 << 3,
  /** a region, state, province, continent or sea: "Texas", "Middle East" */
  region: 1 << 4,
  /** a known organization: "NATO", "Reuters" */
  organization: 1 << 5,
  /** a news organization or wire service: "Reuters", "TASS" */
  media: 1 << 6,
  /** a nationality or group adjective: "Kazakh" (never a place) */
  demonym: 1 << 7,
  /** a well-known person's full name: "Barack Obama" */
  person: 1 << 8,
  /** a month or weekday */
  time: 1 << 9,
  /** a title or job title: "Prosecutor General", "Mr" */
  title: 1 << 10,
  /** a word that may open a title: "former", "acting" */
  titleModifier: 1 << 11,
  /** an organization head noun: "Ministry", "Bank", "Committee" */
  orgHead: 1 << 12,
  /** a legal-form suffix: "Ltd", "Inc", "GmbH" */
  legalSuffix: 1 << 13,
  /** an ordinary English word */
  common: 1 << 14,
  /** one of the 3,000 most frequent English words */
  frequent: 1 << 15,
  /** the entry matches only an all-capitals token ("US", not "us") */
  capsOnly: 1 << 16,
  /** never a name by itself ("God", "Monday") */
  notName: 1 << 17,
  /** the key is the start of a longer entry ("new" for "new york"): look-ups go on */
  prefix: 1 << 18,
  /** a state or province abbreviation after a town: "Springfield, Ill." */
  stateAbbreviation: 1 << 19,
  /** a common Chinese family name in Hanyu Pinyin: "Wang", "Ma", "Jiang" (only with a pinyin given name) */
  chineseSurname: 1 << 20,
  /** a sports club or team by its own name: "Juventus", "Red Sox", "Orioles" (sports-clubs.txt) */
  club: 1 << 21,
  /** an initialism of a common noun ("LBO", "HDTV"): never a name when written in capitals */
  initialism: 1 << 22,
  /** a first name known only from the lists of many languages ("Oluwaseun", "Heidrun"): rare in English news, so it still singles someone out */
  rareGiven: 1 << 23,
  /**
   * an organization head that is an ordinary adjective or plural too ("International", "Workers",
   * "Platforms"; org-heads.txt "|word"): it closes a name only in title case, after a name's word
   */
  wordHead: 1 << 24,
  /**
   * a town of 15,000 people or more whose name is also an ordinary word or a person's name
   * ("Reading", "Mobile"), so no city flag: a place only where the text says so ("in Reading")
   */
  town: 1 << 25,
  /** a language's English name ("Tagalog", "Tswana"): "said in Tagalog" names no place */
  language: 1 << 26,
} as const;

/** Any place flag. */
export const PLACE_FLAGS = FLAGS.country | FLAGS.city | FLAGS.region;
