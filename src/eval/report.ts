// Eval results as a table for a person (the JSON form is the FileResult objects themselves).

import Table from 'cli-table3';
import { GOLD_TYPES } from './gold';
import { FileResult, TypeResult } from './run';

const f1 = (n: number) => n.toFixed(1);

function row(label: string, r: TypeResult): string[] {
  return [label, String(r.gold), String(r.predicted), f1(r.exact.precision), f1(r.exact.recall), f1(r.exact.f1), f1(r.relaxed.precision), f1(r.relaxed.recall), f1(r.relaxed.f1)];
}

export function formatEvalTable(results: FileResult[]): string {
  const parts: string[] = [];
  for (const result of results) {
    const table = new Table({
      head: ['type', 'gold', 'predicted', 'exact P', 'exact R', 'exact F1', 'relaxed P', 'relaxed R', 'relaxed F1'],
      style: { head: [], border: [] },
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const type of GOLD_TYPES) {
      const r = result.types[type];
      if (r) table.push(row(type, r));
    }
    if (result.microNames && Object.keys(result.types).length > 1) table.push(row('micro PER/ORG/PLACE', result.microNames));
    if (Object.keys(result.types).length > 1) table.push(row('micro (all types)', result.micro));
    const speed = result.seconds > 0 ? ((result.characters / 1e6) / result.seconds).toFixed(2) : '-';
    const unannotated = result.unannotated === 0 ? '' : result.skippedUnannotated ? ` (${result.unannotated} with no annotated span left out)` : ` (${result.unannotated} with no annotated span)`;
    let text = `${result.file}: ${result.documents} documents${unannotated}, ${result.characters} characters, ${result.seconds.toFixed(2)} s (${speed} M chars/s)\n${table.toString()}`;
    if (result.dateValues) {
      const v = result.dateValues;
      text += `\ndate values right on matched dates: ${v.correct}/${v.matched} = ${v.accuracy.toFixed(1)}%`;
    }
    parts.push(text);
  }
  if (results.length > 1) parts.push(formatEvalSummary(results));
  return parts.join('\n\n') + '\n';
}

/** "conll2003-train" from "conll2003-train.jsonl" (results name their file without its folder) */
function shortName(file: string): string {
  return file.replace(/\.(jsonl|ndjson|conll|txt)$/, '');
}

/**
 * One row per file, exact F1 by type: the training split beside the development split, so a rule
 * that raises one and not the other shows at a glance.
 */
export function formatEvalSummary(results: FileResult[]): string {
  const table = new Table({
    head: ['exact F1', ...GOLD_TYPES, 'micro PER/ORG/PLACE'],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const result of results) {
    const cells = GOLD_TYPES.map((type) => {
      const r = result.types[type];
      return r ? f1(r.exact.f1) : '-';
    });
    table.push([shortName(result.file), ...cells, result.microNames ? f1(result.microNames.exact.f1) : '-']);
  }
  return `summary\n${table.toString()}`;
}

export function formatErrors(results: FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    if (!result.errors?.length) continue;
    lines.push(`# ${result.file}`);
    for (const type of GOLD_TYPES) {
      const errors = result.errors.filter((e) => e.type === type);
      if (!errors.length) continue;
      lines.push(`## ${type} (${errors.length})`);
      for (const e of errors) {
        lines.push(`${e.kind}\t${e.text}${e.other ? `\t(${e.other})` : ''}\t${e.document}\t${e.context}`);
      }
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
