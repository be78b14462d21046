// The summary's output formats: a table for reading (entities, then the variant suggestions), JSON
// (`{"documents", "entities", "suggestions"}`) and CSV (one row per entity, or per suggestion with
// --suggestions). Colour only when asked.

import chalk from 'chalk';
import Table from 'cli-table3';
import { basename } from 'path';
import { csvRows } from '../output/csv-cells';
import { BORDERLESS_ROWS, entityDetails, TYPE_COLORS } from '../output/table';
import { SummaryRow } from './summary';
import { Suggestion } from './variants';
import { InferredName } from './joins';

export { SUMMARY_FORMATS } from './choices';
export type { SummaryFormat } from './choices';

export interface SummaryOutput {
  documents: number;
  entities: SummaryRow[];
  suggestions: Suggestion[];
}

export const SUMMARY_CSV_COLUMNS = ['type', 'name', 'aliases', 'roles', 'count', 'documents', 'value', 'first_date', 'last_date', 'example_file', 'example_sentence', 'inferred'];
export const SUGGESTION_CSV_COLUMNS = ['type', 'name', 'variant', 'variant_type', 'reason', 'name_count', 'variant_count'];

export function formatSummaryJson(output: SummaryOutput): string {
  return JSON.stringify(output, null, 2) + '\n';
}

export function formatSummaryCsv(output: SummaryOutput, raw = false): string {
  return csvRows([
    SUMMARY_CSV_COLUMNS,
    ...output.entities.map((row) => [
      row.type,
      row.name,
      row.aliases.join('; '),
      row.roles.join('; '),
      row.count,
      row.documents,
      row.value ?? '',
      row.firstDate ?? '',
      row.lastDate ?? '',
      row.example.file ?? '',
      row.example.sentence,
      (row.inferred ?? []).map(inferredText).join('; '),
    ]),
  ], raw);
}

export function formatSuggestionsCsv(output: SummaryOutput, raw = false): string {
  return csvRows([
    SUGGESTION_CSV_COLUMNS,
    ...output.suggestions.map((s) => [s.type, s.name, s.variant, s.variantType ?? s.type, s.reason, s.nameCount, s.variantCount]),
  ], raw);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "Harlow (surname only, 16 documents)": a short name joined across documents (joins.ts). */
function inferredText(inferred: InferredName): string {
  return `${inferred.name} (${inferred.reason}, ${inferred.documents} document${inferred.documents === 1 ? '' : 's'})`;
}

/** The table's last column, as the per-document table has it, cut to 50 characters. */
function details(row: SummaryRow): string {
  const inferred = row.inferred ? `inferred: ${row.inferred.map(inferredText).join(', ')}` : '';
  return shorten([entityDetails(row), inferred].filter(Boolean).join('; '), 50);
}

/** projectFile: the project file the run applied, named in the header so its decisions are never silent */
export function formatSummaryTable(output: SummaryOutput, color: boolean, projectFile?: string): string {
  const paint = new chalk.Instance({ level: color ? 1 : 0 });
  const lines: string[] = [];
  const project = projectFile ? ` (project file: ${projectFile})` : '';
  lines.push(paint.bold(`${output.entities.length} entities in ${output.documents} documents${project}`));
  if (output.entities.length > 0) {
    const table = new Table({
      head: ['type', 'name', 'mentions', 'docs', 'roles, aliases or value', 'example'].map((t) => paint.bold(t)),
      style: { head: [], border: [] },
      chars: BORDERLESS_ROWS,
    });
    for (const row of output.entities) {
      const paintType = paint[TYPE_COLORS[row.type]];
      table.push([
        paintType(row.type),
        paintType(row.name),
        { content: String(row.count), hAlign: 'right' },
        { content: String(row.documents), hAlign: 'right' },
        details(row),
        `${paint.dim(`${basename(row.example.file ?? '<stdin>')}:`)} ${shorten(row.example.sentence, 40)}`,
      ]);
    }
    lines.push(table.toString());
  }
  if (output.suggestions.length > 0) {
    lines.push('');
    lines.push(paint.bold(`${output.suggestions.length} possible variants (not merged: confirm in newsner.json "merge", or reject in "separate")`));
    const table = new Table({
      head: ['type', 'name', 'variant', 'reason'].map((t) => paint.bold(t)),
      style: { head: [], border: [] },
      chars: BORDERLESS_ROWS,
    });
    for (const s of output.suggestions) {
      const variantType = s.variantType ? `, ${s.variantType}` : '';
      table.push([s.type, `${s.name} (${s.nameCount})`, `${s.variant} (${s.variantCount}${variantType})`, s.reason]);
    }
    lines.push(table.toString());
  }
  return lines.join('\n') + '\n';
}
