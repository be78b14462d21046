// What the pool and its workers say to each other.

import { OutputRecord } from '../model';
import { DocumentInput } from '../input/types';
import { DocumentOptions } from '../cli/process-document';

export type ToWorker =
  /** first message: what every document is analyzed with; the worker answers `ready` */
  | { type: 'init'; options: DocumentOptions; extractModule?: string }
  | { type: 'document'; seq: number; document: DocumentInput; timeLimitMs: number | null };

export type FromWorker = { type: 'ready' } | { type: 'record'; seq: number; record: OutputRecord };
