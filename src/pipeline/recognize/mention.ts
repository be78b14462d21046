// The one way recognizers make a Mention: from a token range, so offsets are always token edges.

import { Doc, EntityType, EveryField, Mention } from '../../model';
import { ScratchBytes } from './scratch';

export type Recognizer = (doc: Doc) => Mention[];

/**
 * A new, empty list of mentions. Every recognizer's list comes from this one array literal, so V8
 * keeps one allocation site for all of them: the first mention pushed anywhere (in the warm-up
 * story) turns the site's lists into lists of objects from birth. With a literal of its own, a
 * recognizer that finds something rarely gets its first push after its code was optimized and its
 * later lists are born in the other form, a "wrong map" that throws the optimized code away at the
 * next push (and in the code reading its lists): the whole recognizer is compiled again.
 */
export function newMentions(): Mention[] {
  return [];
}

/** The lower-case words of the person mentions among `mentions` ("is this word someone's name here?"). */
export function wordsOfPersons(doc: Doc, mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) words.add(doc.tokens[i].lower);
  }
  return words;
}

/**
 * The person annotations of at least `minStrength` that no other reading outweighs: a person's guess
 * over the very words a body's rule took more surely, or inside a longer name of another type
 * ("Renault" as a first name in "Renault Vehicles Industriels", a firm by its descriptor), lost to
 * it in resolve.ts and says nothing of the words' other mentions.
 */
export function standingPersons(doc: Doc, minStrength: number): Mention[] {
  const persons = doc.annotations.filter((m) => m.type === 'person' && m.strength >= minStrength);
  if (persons.length === 0) return persons;
  const others = doc.annotations.filter((m) => m.type !== 'person' && m.type !== 'date');
  if (others.length === 0) return persons;
  return persons.filter((p) => !others.some((o) => o.tokenStart <= p.tokenStart && o.tokenEnd >= p.tokenEnd && (o.tokenEnd - o.tokenStart > p.tokenEnd - p.tokenStart || o.strength > p.strength)));
}

/**
 * 1 for every token inside an annotation that `counts` accepts: what earlier rules already took.
 * The bytes are the caller's `scratch`, valid until it is used again.
 */
export function coveredTokens(doc: Doc, counts: (m: Mention) => boolean, scratch: ScratchBytes): Uint8Array {
  const covered = scratch.zeroed(doc.tokens.length);
  for (const m of doc.annotations) if (counts(m)) covered.fill(1, m.tokenStart, m.tokenEnd);
  return covered;
}

export function mentionFromTokens(
  doc: Doc,
  type: EntityType,
  tokenStart: number,
  tokenEnd: number,
  rule: string,
  strength: number,
  extra?: { roles?: string[]; source?: boolean },
): Mention {
  const mention: EveryField<Mention> = {
    type,
    start: doc.tokens[tokenStart].start,
    end: doc.tokens[tokenEnd - 1].end,
    tokenStart,
    tokenEnd,
    rule,
    strength,
    // every optional field present, in one order: all mentions share one shape (V8 keeps the code
    // that reads them monomorphic and does not recompile it); undefined means absent
    name: undefined,
    roles: extra?.roles || undefined,
    value: undefined,
    resolution: undefined,
    source: extra?.source || undefined,
  };
  return mention;
}

/**
 * A copy of the mention with another type, rule, span or name, its other fields kept: written out
 * in mentionFromTokens' order. An object spread (`{ ...m, end }`) gave each copy a map of its own,
 * and every refiner after the one that made it, and placeMention, deoptimized ("wrong map") at the
 * first copy it met: analyzeChunk, with the refiners it inlines, was compiled three times a process.
 */
export function remadeMention(m: Mention, type: EntityType, rule: string, start: number, end: number, tokenStart: number, tokenEnd: number, name: string | undefined): Mention {
  const mention: EveryField<Mention> = {
    type,
    start,
    end,
    tokenStart,
    tokenEnd,
    rule,
    strength: m.strength,
    name,
    roles: m.roles,
    value: m.value,
    resolution: m.resolution,
    source: m.source,
  };
  return mention;
}

/** The same span, its name and other fields kept, with another type and rule: "the Qasr Mosque", a body, made a place */
export function retypedMention(m: Mention, type: EntityType, rule: string): Mention {
  return remadeMention(m, type, rule, m.start, m.end, m.tokenStart, m.tokenEnd, m.name);
}

/** Does "family" stand at token i, after a name: "the Varnholt family" (a firm's founders, not the firm)? */
export function beforeFamily(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.lower === 'family';
}
