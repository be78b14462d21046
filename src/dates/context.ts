// What every date pattern works with: the document's tokens, the reference date, the tense of the
// governing verb, and the shape of a match (token range, rule name, resolved value).

import { Doc, Token } from '../model';
import { CalendarDate } from './calendar';
import { Tense, tenseAround } from './tense';

export interface DateValue {
  value: string;
  /** parts not written in the text ("year", "month", "day") */
  inferred: string[];
  /** what the inferred parts came from */
  anchor?: string;
}

export interface DateMatch extends DateValue {
  /** token range [start, end) */
  start: number;
  end: number;
  rule: string;
  /** character offsets when the date is only part of a token ("2002" in "2002-2005") */
  startChar?: number;
  endChar?: number;
  /** further dates found by the same match ("2002-2005" gives 2002 and 2005) */
  extra?: DateMatch[];
}

export interface DateContext {
  doc: Doc;
  tokens: Token[];
  /** the reference date (DCT), or null: then relative dates keep placeholders */
  ref: CalendarDate | null;
  /** the last date resolved in the document (narrative anchor): "On May 22, 1995, ... the following year" */
  lastDate: string | null;
}

export type DatePattern = (ctx: DateContext, i: number) => DateMatch | null;

export function tenseOf(ctx: DateContext, start: number, end: number): Tense | null {
  return tenseAround(ctx.doc, start, end);
}

/**
 * Token i, or undefined before the first or past the last: patterns ask for the tokens around a
 * match, and a read outside an array's bounds (a negative index is even a property look-up) makes
 * V8 throw away the optimized code of the function that did it.
 */
export function tokenAt(ctx: DateContext, i: number): Token | undefined {
  return i >= 0 && i < ctx.tokens.length ? ctx.tokens[i] : undefined;
}

/** The lower-case text of token i, or '' past the end. */
export function lowerAt(ctx: DateContext, i: number): string {
  const token = tokenAt(ctx, i);
  return token ? token.lower : '';
}

/** Is token i a capitalized word (Title or ALL CAPS) as names of months and days are written? */
export function isCapitalized(ctx: DateContext, i: number): boolean {
  const token = tokenAt(ctx, i);
  return token !== undefined && (token.shape === 'title' || token.shape === 'upper' || token.shape === 'initial');
}

/** Is token i a period glued to the word before it ("Feb." -> "Feb" + ".")? */
export function isAbbreviationPeriod(ctx: DateContext, i: number): boolean {
  const token = tokenAt(ctx, i);
  return token !== undefined && token.text === '.' && !token.spaceBefore;
}

/** Are tokens i and j in the same sentence (a date never runs across sentences)? */
export function sameSentence(ctx: DateContext, i: number, j: number): boolean {
  const a = tokenAt(ctx, i);
  const b = tokenAt(ctx, j);
  return a !== undefined && b !== undefined && a.sentence === b.sentence;
}

/** A 4-digit year 1000-2099 in token i, or NaN. */
export function yearAt(ctx: DateContext, i: number): number {
  const token = tokenAt(ctx, i);
  // (the length first: asked of every token around a date, most of them no 4-character word)
  if (!token || token.text.length !== 4 || !/^(1\d{3}|20\d{2})$/.test(token.text)) return NaN;
  return +token.text;
}

/** Day of month in token i: "6", "06", "23rd" -> number 1-31, or NaN. */
export function dayAt(ctx: DateContext, i: number): number {
  const token = tokenAt(ctx, i);
  if (!token || token.shape !== 'number' || token.text.length > 4) return NaN;
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(token.text);
  if (!match) return NaN;
  const day = +match[1];
  return day >= 1 && day <= 31 ? day : NaN;
}

export function match(
  start: number,
  end: number,
  rule: string,
  value: DateValue,
): DateMatch {
  // (written out rather than spread: V8's generic object spread was a visible cost here)
  return dateMatch(start, end, rule, value.value, value.inferred, value.anchor, undefined, undefined, undefined);
}

/**
 * Every match is made here, with all its fields, in one order (undefined where a match has none):
 * recognizeDates and bestAt read the matches of all the patterns, and matches of a few shapes
 * (an anchor or none, character offsets added after, a spread copy with "extra") made those reads
 * polymorphic and deoptimized recognizeDates while warming up.
 */
export function dateMatch(
  start: number,
  end: number,
  rule: string,
  value: string,
  inferred: string[],
  anchor: string | undefined,
  startChar: number | undefined,
  endChar: number | undefined,
  extra: DateMatch[] | undefined,
): DateMatch {
  const found: DateMatch = { start, end, rule, value, inferred, anchor, startChar, endChar, extra };
  return found;
}

/** A copy of a match (its own object: the copy's fields may change, the match's stay; the arrays in it, inferred and extra, are shared). */
export function copyMatch(found: DateMatch): DateMatch {
  return dateMatch(found.start, found.end, found.rule, found.value, found.inferred, found.anchor, found.startChar, found.endChar, found.extra);
}

/** Sets on the match, which must be a fresh one, the character offsets of the part of its token that is the date; returns it. */
export function withChars(found: DateMatch, startChar: number, endChar: number): DateMatch {
  found.startChar = startChar;
  found.endChar = endChar;
  return found;
}
