// The types every stage shares. One Mention type flows from recognition to output,
// always with absolute offsets into the document text (UTF-16 code units, end exclusive).

export type EntityType = 'person' | 'organization' | 'place' | 'date';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'date'];

/** Letter case of a token, the main evidence a rule-based recognizer has. */
export type TokenShape =
  | 'upper' // NATO, ASTANA (two or more letters, all capitals)
  | 'title' // Astana, McDonald, O'Brien
  | 'initial' // J. or J (one capital letter)
  | 'lower' // astana
  | 'mixed' // eBay, iPhone
  | 'number' // 1996, 3.5, 1,000
  | 'punct'; // , . ( ) " etc.

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** text with typographic apostrophes and dashes folded to ASCII */
  norm: string;
  /** norm in lower case: the key for lexicon lookups */
  lower: string;
  shape: TokenShape;
  /** index of the sentence this token is in */
  sentence: number;
  /** first word-like token of its sentence (capitalization says nothing there) */
  sentenceInitial: boolean;
  /** whitespace (or the start of the text) precedes the token */
  spaceBefore: boolean;
  /** a line break precedes the token */
  lineStart: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** first token index (inclusive) */
  firstToken: number;
  /** last token index (exclusive) */
  endToken: number;
  /** most letters in the sentence are capitals: a headline, a dateline or wire copy */
  allCaps: boolean;
  /**
   * a headline in title case, its ordinary words capitalized (pipeline/headline-case.ts): as in
   * capitals, a capital says nothing about a name there, but a word in capitals is still an acronym
   */
  titleCase: boolean;
}

/** How a date's value was completed: which parts came from outside the expression. */
export interface DateResolution {
  /** parts not written in the text: "year", "month", "day" */
  inferred: string[];
  /** what they were taken from: "reference date", "tense: past", ... */
  anchor?: string;
}

/**
 * T with every field required, an optional one's value still allowed to be undefined. The literals
 * that make a Mention (or copy one) are typed so: each writes out every field, for one hidden class
 * in V8, and a field Mention gains later is then a compile error at each of them, not a field that
 * one copy silently drops.
 */
export type EveryField<T> = { [K in keyof Required<T>]: T[K] };

export interface Mention {
  type: EntityType;
  start: number;
  end: number;
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** the rule that found it: "person.given-name", "date.month-day-year", ... */
  rule: string;
  /** 0..1, how much the rule is trusted; decides overlaps after length */
  strength: number;
  /** the canonical form of this mention when it differs from its text (possessive dropped, ...) */
  name?: string;
  /** titles and roles seen with a person mention ("Prosecutor General") */
  roles?: string[];
  /** date: TIMEX3-style value */
  value?: string;
  resolution?: DateResolution;
  /** an organization named as the source of the story (wire credit "(AP)", "/TASS/") */
  source?: boolean;
}

/** The document as the recognizers see it. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** YYYY-MM-DD the relative dates resolve against, or null */
  refDate: string | null;
  /** where refDate came from: "record", "option", "dateline" */
  refDateSource: string | null;
  /** filled by the recognizers as they run, for later ones to read (GATE-style annotations) */
  annotations: Mention[];
}

export interface MentionRecord {
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  /** the sentence the mention is in; left out with ExtractOptions.sentences false (--no-sentences) */
  sentence?: string;
  rule: string;
  /** PDF: the 1-based page the mention starts on */
  page?: number;
  /** a date mention whose value was completed: the parts not written, and what they came from */
  inferred?: string[];
  anchor?: string;
}

export interface EntityRecord {
  type: EntityType;
  name: string;
  count: number;
  mentions: MentionRecord[];
  aliases?: string[];
  roles?: string[];
  /** a short name ("Macron") that ends several full names in the document: their names, none chosen */
  ambiguous?: string[];
  value?: string;
  inferred?: string[];
  anchor?: string;
  /** a date no calendar holds: "the past", "these days", "the past three years" (dates/vague.ts) */
  vague?: true;
}

/** An address in an e-mail header. */
export interface EmailAddress {
  name: string;
  address: string;
}

/** One output record per input document. */
export interface DocumentResult {
  file: string | null;
  id: string | null;
  /** e-mail: the message's number in its mailbox */
  message?: number;
  /** a document attached to an e-mail: its file name */
  attachment?: string;
  /** what the document was read as: text, jsonl, html, pdf, docx, eml (absent from the library API) */
  format?: string;
  date: string | null;
  /** html: the headline */
  title?: string;
  /** pdf: the number of pages */
  pages?: number;
  /** eml: the message's headers */
  headers?: { from: EmailAddress[]; to: EmailAddress[]; cc: EmailAddress[]; date: string | null; subject: string | null };
  /** --save-text: the file holding the text the offsets index */
  textFile?: string;
  entities: EntityRecord[];
}

/** What a document that could not be processed turns into, in place of its DocumentResult. */
export interface ErrorRecord {
  file: string | null;
  id: string | null;
  line?: number;
  message?: number;
  attachment?: string;
  /** set when the file was being read as a web page, PDF, .docx or e-mail */
  format?: string;
  error: string;
}

export type OutputRecord = DocumentResult | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return (record as ErrorRecord).error !== undefined;
}

export interface ExtractOptions {
  /** YYYY-MM-DD reference date for relative dates */
  refDate?: string | null;
  refDateSource?: string;
  types?: readonly EntityType[];
  /**
   * Date.now() after which the pipeline stops with a TimeLimitError (--time-limit); checked between
   * chunks and rule families, so output never depends on the clock unless the limit is hit.
   */
  deadline?: number;
  /** false: mentions without their sentence text (--no-sentences; output a third smaller or more) */
  sentences?: boolean;
}
