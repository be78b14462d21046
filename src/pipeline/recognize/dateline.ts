// Placeholder: the dateline rules are written in their own change.
import { Doc, Mention } from '../../model';

export function recognizeDateline(_doc: Doc): Mention[] {
  return [];
}
