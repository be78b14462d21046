// The timeline as text: a table for a terminal, CSV (one row per mention), JSON (one object) and
// JSONL (one line per date). The html page is page.ts.

import chalk from 'chalk';
import Table from 'cli-table3';
import { csvRows } from '../output/csv-cells';
import { BORDERLESS_ROWS, heading, TYPE_COLORS } from '../output/table';
import { Timeline, TimelineEntry, TimelineMention } from './build';

export const TIMELINE_FORMATS = ['table', 'csv', 'json', 'jsonl', 'html'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** "year, month from reference date 2024-04-10, tense: past"; '' for a date written out. */
export function inferredFrom(mention: TimelineMention): string {
  if (!mention.inferred || mention.inferred.length === 0) return '';
  return mention.anchor ? `${mention.inferred.join(', ')} from ${mention.anchor}` : mention.inferred.join(', ');
}

function namedList(mention: TimelineMention): string {
  return mention.entities.map((entity) => entity.name).join('; ');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "3 dates on the line from 2 documents" and what is listed apart. */
function headline(timeline: Timeline): string {
  const parts = [`${timeline.dates.length} date${timeline.dates.length === 1 ? '' : 's'} on the line from ${timeline.documents} document${timeline.documents === 1 ? '' : 's'}`];
  if (timeline.unplaced.length > 0) parts.push(`${timeline.unplaced.length} date(s) that cannot be placed listed apart`);
  if (timeline.vague && timeline.vague.length > 0) parts.push(`${timeline.vague.length} vague date(s) listed apart`);
  return parts.join('; ');
}

export function formatTimelineTable(timeline: Timeline, color: boolean): string {
  const paint = new chalk.Instance({ level: color ? 1 : 0 });
  const lines = [paint.bold(headline(timeline))];
  const section = (title: string | null, entries: TimelineEntry[], withDocs: boolean): void => {
    if (entries.length === 0) return;
    if (title !== null) lines.push('', paint.bold(title));
    const head = withDocs ? ['date', 'docs', 'document', 'text', 'sentence', 'named in the sentence', 'inferred from'] : ['value', 'document', 'text', 'sentence', 'named in the sentence'];
    const table = new Table({ head: head.map((t) => paint.bold(t)), style: { head: [], border: [] }, chars: BORDERLESS_ROWS });
    for (const entry of entries) {
      entry.mentions.forEach((mention, index) => {
        const first = index === 0;
        const date = first ? paint[TYPE_COLORS.date](entry.value) : '';
        const document = shorten(heading(mention), 40);
        const named = shorten(namedList(mention), 40);
        const sentence = shorten(mention.sentence, 80);
        if (withDocs) {
          table.push([date, { content: first ? String(entry.documents) : '', hAlign: 'right' }, document, mention.text, sentence, named, paint.dim(inferredFrom(mention))]);
        } else {
          table.push([date, document, mention.text, sentence, named]);
        }
      });
    }
    lines.push(table.toString());
  };
  section(null, timeline.dates, true);
  // (relative to a date the document lacks, or counted in an event: "the second day of the strike")
  section('Dates that cannot be placed (not on the line; a relative date needs a reference date: --ref-date or a record "date")', timeline.unplaced, false);
  if (timeline.vague) section('Vague dates (not on the line)', timeline.vague, false);
  return lines.join('\n') + '\n';
}

type Section = 'date' | 'unplaced' | 'vague';

function sections(timeline: Timeline): Array<[Section, TimelineEntry]> {
  return [
    ...timeline.dates.map((entry): [Section, TimelineEntry] => ['date', entry]),
    ...timeline.unplaced.map((entry): [Section, TimelineEntry] => ['unplaced', entry]),
    ...(timeline.vague ?? []).map((entry): [Section, TimelineEntry] => ['vague', entry]),
  ];
}

/** raw: the cells as they are (--csv-raw); otherwise safe to open in a spreadsheet (output/csv-cells.ts) */
export function formatTimelineCsv(timeline: Timeline, raw = false): string {
  const rows: string[][] = [['section', 'value', 'start', 'end', 'precision', 'documents', 'file', 'id', 'text', 'line', 'column', 'sentence', 'named', 'inferred', 'anchor']];
  for (const [section, entry] of sections(timeline)) {
    for (const mention of entry.mentions) {
      rows.push([
        section,
        entry.value,
        entry.place?.start ?? '',
        entry.place?.end ?? '',
        entry.place?.precision ?? '',
        String(entry.documents),
        mention.file ?? '',
        mention.id ?? '',
        mention.text,
        String(mention.line),
        String(mention.column),
        mention.sentence,
        mention.entities.map((entity) => `${entity.type}:${entity.name}`).join('; '),
        (mention.inferred ?? []).join(' '),
        mention.anchor ?? '',
      ]);
    }
  }
  return csvRows(rows, raw);
}

/** One entry as JSON: the place flattened in (start, end, precision). */
function entryJson(entry: TimelineEntry): object {
  const place = entry.place ? { start: entry.place.start, end: entry.place.end, precision: entry.place.precision } : {};
  return { value: entry.value, ...place, documents: entry.documents, mentions: entry.mentions };
}

export function formatTimelineJson(timeline: Timeline): string {
  const output: Record<string, unknown> = {
    documents: timeline.documents,
    dates: timeline.dates.map(entryJson),
    unplaced: timeline.unplaced.map(entryJson),
  };
  if (timeline.vague) output.vague = timeline.vague.map(entryJson);
  return JSON.stringify(output, null, 2) + '\n';
}

export function formatTimelineJsonl(timeline: Timeline): string {
  return sections(timeline)
    .map(([section, entry]) => JSON.stringify({ section, ...entryJson(entry) }) + '\n')
    .join('');
}
