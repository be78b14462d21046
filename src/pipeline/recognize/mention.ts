// The one way recognizers make a Mention: from a token range, so offsets are always token edges.

import { Doc, EntityType, Mention } from '../../model';

export type Recognizer = (doc: Doc) => Mention[];

/** The lower-case words of the person mentions among `mentions` ("is this word someone's name here?"). */
export function wordsOfPersons(doc: Doc, mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) words.add(doc.tokens[i].lower);
  }
  return words;
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
  const mention: Mention = {
    type,
    start: doc.tokens[tokenStart].start,
    end: doc.tokens[tokenEnd - 1].end,
    tokenStart,
    tokenEnd,
    rule,
    strength,
  };
  // set one by one, not spread: a spread copies through V8's slow generic path, and recognizers
  // make a mention for nearly every candidate
  if (extra?.roles) mention.roles = extra.roles;
  if (extra?.source) mention.source = extra.source;
  return mention;
}
