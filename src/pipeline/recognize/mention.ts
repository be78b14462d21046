// The one way recognizers make a Mention: from a token range, so offsets are always token edges.

import { Doc, EntityType, Mention } from '../../model';

export type Recognizer = (doc: Doc) => Mention[];

export function mentionFromTokens(
  doc: Doc,
  type: EntityType,
  tokenStart: number,
  tokenEnd: number,
  rule: string,
  strength: number,
  extra: Partial<Mention> = {},
): Mention {
  return {
    type,
    start: doc.tokens[tokenStart].start,
    end: doc.tokens[tokenEnd - 1].end,
    tokenStart,
    tokenEnd,
    rule,
    strength,
    ...extra,
  };
}
