import { formatEvalSummary } from '../../src/eval/report';
import type { FileResult, TypeResult } from '../../src/eval/run';

const type = (f1: number): TypeResult => ({
  gold: 10,
  predicted: 10,
  exact: { precision: f1, recall: f1, f1 },
  relaxed: { precision: f1, recall: f1, f1 },
});

const file = (name: string, types: FileResult['types'], micro: number | null): FileResult => ({
  file: name,
  documents: 1,
  unannotated: 0,
  skippedUnannotated: false,
  characters: 100,
  seconds: 0.1,
  types,
  microNames: micro === null ? null : type(micro),
  micro: type(micro ?? 0),
  dateValues: null,
});

describe('eval summary', () => {
  test('one row per file, exact F1 by type, "-" where a file annotates no such type', () => {
    const summary = formatEvalSummary([
      file('corpus-train.jsonl', { PERSON: type(91.26), ORGANIZATION: type(80), PLACE: type(92.04) }, 88.46),
      file('dates-train.jsonl', { DATE: type(88.8) }, null),
    ]);
    const rows = summary.split('\n').map((line) => line.split('│').map((cell) => cell.trim()).filter(Boolean));
    expect(rows[0]).toEqual(['summary']);
    expect(rows.filter((r) => r.length > 1)).toEqual([
      ['exact F1', 'PERSON', 'ORGANIZATION', 'PLACE', 'DATE', 'micro PER/ORG/PLACE'],
      ['corpus-train', '91.3', '80.0', '92.0', '-', '88.5'],
      ['dates-train', '-', '-', '-', '88.8', '-'],
    ]);
  });
});
