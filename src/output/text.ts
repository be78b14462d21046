// Text: the document itself in the terminal, each mention coloured by type (the table's colours),
// then the entity list. Without colour (NO_COLOR, or stdout is not a terminal: the table's rule)
// a mention is marked in plain brackets, "[Jane Roe|person]", so a pipe into less or a file still
// shows what was found, and grep '|person]' works.

import chalk from 'chalk';
import { DocumentResult, EntityType, isErrorRecord, OutputRecord } from '../model';
import { FormatOptions, RecordFormatter } from './formatter';
import { withoutVague } from '../dates/vague';
import { mentionSpans } from './mention-spans';
import { entityDetails, grouped, heading, TYPE_COLORS } from './table';

/** 'organization' and two spaces: the type column of the entity list */
const TYPE_WIDTH = 14;

/**
 * Text from a document is shown in someone's terminal: control characters (an ESC starting a
 * terminal escape sequence hidden in a scraped page) are shown as U+FFFD instead of being obeyed.
 * Tab and line breaks stay; a lone CR (old Mac line ends) would overwrite the line, so it breaks it.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

export function createTextFormatter(options: FormatOptions): RecordFormatter {
  const paint = new chalk.Instance({ level: options.color ? 1 : 0 });
  let count = 0;

  function marked(mentionText: string, type: EntityType): string {
    const safe = terminalSafe(mentionText);
    return options.color ? paint.bold[TYPE_COLORS[type]](safe) : `[${safe}|${type}]`;
  }

  function documentText(record: DocumentResult, text: string): string {
    if (text.trim() === '') return paint.dim('(empty document)');
    const parts: string[] = [];
    let at = 0;
    for (const span of mentionSpans(record, text)) {
      parts.push(terminalSafe(text.slice(at, span.start)));
      parts.push(marked(text.slice(span.start, span.end), span.entity.type));
      at = span.end;
    }
    parts.push(terminalSafe(text.slice(at)).trimEnd());
    return parts.join('').replace(/^\s*\n/, '');
  }

  function entityList(record: DocumentResult): string {
    if (record.entities.length === 0) return paint.dim('no entities found');
    const lines: string[] = [];
    let previousType: EntityType | null = null;
    for (const entity of grouped(record.entities)) {
      const color = paint[TYPE_COLORS[entity.type]];
      const type = entity.type === previousType ? '' : entity.type;
      const details = entityDetails(entity);
      const line =
        color(type.padEnd(TYPE_WIDTH)) +
        color(terminalSafe(entity.name)) +
        paint.dim(` (${entity.count})`) +
        (details === '' ? '' : `: ${terminalSafe(details)}`);
      lines.push(line.trimEnd());
      previousType = entity.type;
    }
    return lines.join('\n');
  }

  return {
    needsText: true,
    start: () => '',
    record(record: OutputRecord, text?: string): string {
      const separator = count++ === 0 ? '' : '\n';
      if (isErrorRecord(record)) {
        const where = record.line === undefined ? heading(record) : `${heading(record)} line ${record.line}`;
        // (heading() already shows every control character as U+FFFD)
        return `${separator}${paint.bold(where)}\n${paint.red(`error: ${terminalSafe(record.error)}`)}\n`;
      }
      // vague dates ("the past", "three years") only with --vague, as in the table
      if (!options.vague) record = withoutVague(record);
      const date = record.date === null ? '' : `  ${paint.dim(`reference date ${record.date}`)}`;
      const body = text === undefined ? paint.dim('(document text not available)') : documentText(record, text);
      return `${separator}${paint.bold(heading(record))}${date}\n\n${body}\n\n${entityList(record)}\n`;
    },
    end: () => '',
  };
}
