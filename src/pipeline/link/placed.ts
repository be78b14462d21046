import { Mention } from '../../model';

/** A mention placed in its document: what the output needs besides the offsets. */
export interface PlacedMention extends Mention {
  text: string;
  line: number;
  column: number;
  sentenceText: string;
}
