// Table: for people reading in a terminal. Per document a heading, then one table with the
// entities grouped by type (person, organization, place, date; the most mentioned first), with
// name, count, and the roles and aliases of a name or the value of a date. Colour only when asked
// (the CLI asks when stdout is a terminal and NO_COLOR is not set).

import chalk from 'chalk';
import Table from 'cli-table3';
import { DocumentResult, EntityRecord, EntityType, ENTITY_TYPES, isErrorRecord, OutputRecord } from '../model';
import { FormatOptions, RecordFormatter } from './formatter';
import { withoutVague } from '../dates/vague';

export const TYPE_COLORS: Record<EntityType, 'cyan' | 'magenta' | 'green' | 'yellow'> = {
  person: 'cyan',
  organization: 'magenta',
  place: 'green',
  date: 'yellow',
};

/** cli-table3 borders with no rule between rows (the summary's tables use them too). */
export const BORDERLESS_ROWS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** The last column: "Prosecutor General; also Asylov" for a person, "2019-07-06" for a date. */
export function entityDetails(entity: Pick<EntityRecord, 'type' | 'value' | 'roles' | 'aliases' | 'ambiguous'>): string {
  if (entity.type === 'date') return entity.value ?? '';
  const parts: string[] = [];
  if (entity.roles && entity.roles.length > 0) parts.push(entity.roles.join(', '));
  if (entity.aliases && entity.aliases.length > 0) parts.push(`also ${entity.aliases.join(', ')}`);
  if (entity.ambiguous && entity.ambiguous.length > 0) parts.push(`ambiguous: ${entity.ambiguous.join(' or ')}`);
  return parts.join('; ');
}

export function heading(record: { file: string | null; id: string | null }): string {
  const name = record.file ?? '<stdin>';
  // a leaked file name or JSONL id may hold an ESC sequence (clear screen, recolour): shown, not obeyed
  return (record.id === null ? name : `${name} (id ${record.id})`).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** Type order, then the most mentioned first; ties keep the linker's order. */
export function grouped(entities: EntityRecord[]): EntityRecord[] {
  return entities
    .map((entity, index) => ({ entity, index }))
    .sort(
      (a, b) =>
        ENTITY_TYPES.indexOf(a.entity.type) - ENTITY_TYPES.indexOf(b.entity.type) ||
        b.entity.count - a.entity.count ||
        a.index - b.index,
    )
    .map(({ entity }) => entity);
}

export function createTableFormatter(options: FormatOptions): RecordFormatter {
  const paint = new chalk.Instance({ level: options.color ? 1 : 0 });
  let count = 0;

  function documentTable(record: DocumentResult): string {
    const table = new Table({
      head: ['type', 'name', 'count', 'roles, aliases or value'].map((title) => paint.bold(title)),
      // cli-table3 colours with its own library by default; all colour here comes from `paint`
      style: { head: [], border: [] },
      // no rule between rows: the type column already shows where a group starts
      chars: BORDERLESS_ROWS,
    });
    let previousType: EntityType | null = null;
    for (const entity of grouped(record.entities)) {
      const color = paint[TYPE_COLORS[entity.type]];
      table.push([
        entity.type === previousType ? '' : color(entity.type),
        color(entity.name),
        { content: String(entity.count), hAlign: 'right' },
        entityDetails(entity),
      ]);
      previousType = entity.type;
    }
    // a rule under the header only (cli-table3 draws one between all rows or none)
    const lines = table.toString().split('\n');
    const rule = lines[0].replace('┌', '├').replace(/┬/g, '┼').replace('┐', '┤');
    return [lines[0], lines[1], rule, ...lines.slice(2)].join('\n');
  }

  return {
    start: () => '',
    record(record: OutputRecord): string {
      const separator = count++ === 0 ? '' : '\n';
      if (isErrorRecord(record)) {
        const where = record.line === undefined ? heading(record) : `${heading(record)} line ${record.line}`;
        return `${separator}${paint.bold(where)}\n${paint.red(`error: ${record.error}`)}\n`;
      }
      const date = record.date === null ? '' : `  ${paint.dim(`reference date ${record.date}`)}`;
      // "the past", "these days": only with --vague (JSON and JSONL keep them)
      if (!options.vague) record = withoutVague(record);
      const body = record.entities.length === 0 ? paint.dim('no entities found') : documentTable(record);
      return `${separator}${paint.bold(heading(record))}${date}\n${body}\n`;
    },
    end: () => '',
  };
}
