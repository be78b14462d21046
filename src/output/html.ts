// HTML: one self-contained page (inline CSS and script, nothing fetched) showing each document with
// its mentions highlighted by type, an entity sidebar (counts, roles, aliases, date values) and a
// legend; clicking an entity marks all its mentions and scrolls to the first. Several documents
// make one page, with a document list. Streamed like the other formats: the page head first, each
// document's section as soon as it is done, the document list and the script at the end (the grid
// layout places the list beside the documents). No clock, no random ids: the same run gives the same bytes.

import { DocumentResult, EntityRecord, ENTITY_TYPES, isErrorRecord, OutputRecord } from '../model';
import { FormatOptions, RecordFormatter } from './formatter';
import { withoutVague } from '../dates/vague';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets';
import { mentionSpans } from './mention-spans';
import { grouped, heading } from './table';

/** Text as HTML character data or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Document text as character data that parses back to exactly the same string, so a mark's text is
 * the mention's text: the HTML parser would turn CR LF into LF (a CRLF file's offsets would then
 * no longer match), so a CR is written as a character reference. NUL cannot be kept at all.
 */
export function escapeDocumentText(text: string): string {
  return escapeHtml(text).replace(/\r/g, '&#13;').replace(/\u0000/g, '\ufffd');
}

function entityId(documentNumber: number, entityIndex: number): string {
  return `d${documentNumber}-e${entityIndex}`;
}

function highlightedText(record: DocumentResult, text: string, documentNumber: number): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of mentionSpans(record, text)) {
    const { entity } = span;
    parts.push(escapeDocumentText(text.slice(at, span.start)));
    parts.push(
      `<mark class="m t-${entity.type}" data-e="${entityId(documentNumber, span.entityIndex)}" title="${entity.type}: ${escapeHtml(entity.name)}">` +
        `${escapeDocumentText(text.slice(span.start, span.end))}</mark>`,
    );
    at = span.end;
  }
  parts.push(escapeDocumentText(text.slice(at)));
  return parts.join('');
}

function entityDetailsHtml(entity: EntityRecord): string {
  const lines: string[] = [];
  if (entity.value !== undefined) lines.push(`<div class="value">${escapeHtml(entity.value)}</div>`);
  if (entity.roles && entity.roles.length > 0) lines.push(`<div class="roles">${escapeHtml(entity.roles.join(', '))}</div>`);
  if (entity.aliases && entity.aliases.length > 0) {
    lines.push(`<div class="aliases">also ${escapeHtml(entity.aliases.join(', '))}</div>`);
  }
  if (entity.ambiguous && entity.ambiguous.length > 0) {
    lines.push(`<div class="ambiguous">could be ${escapeHtml(entity.ambiguous.join(' or '))}</div>`);
  }
  return lines.join('');
}

function sidebar(record: DocumentResult, documentNumber: number): string {
  if (record.entities.length === 0) return '<aside class="entities"><p class="none">no entities found</p></aside>';
  const indexOf = new Map(record.entities.map((entity, index) => [entity, index]));
  const sections: string[] = [];
  const entities = grouped(record.entities);
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((entity) => entity.type === type);
    if (ofType.length === 0) continue;
    const items = ofType.map((entity) => {
      const id = entityId(documentNumber, indexOf.get(entity) as number);
      return (
        `<li><button type="button" class="ent t-${type}" data-e="${id}" aria-pressed="false">` +
        `<span class="name">${escapeHtml(entity.name)}</span> <span class="count">${entity.count}</span></button>` +
        `${entityDetailsHtml(entity)}</li>`
      );
    });
    sections.push(`<section><h3>${type}</h3><ul>\n${items.join('\n')}\n</ul></section>`);
  }
  return `<aside class="entities">\n${sections.join('\n')}\n</aside>`;
}

export function createHtmlFormatter(options: Pick<FormatOptions, 'vague'> = {}): RecordFormatter {
  const listed: string[] = [];

  function title(record: OutputRecord): string {
    return escapeHtml(heading(record));
  }

  return {
    needsText: true,
    start: () =>
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      '<meta name="generator" content="newsner">\n<title>newsner: entities</title>\n' +
      `<style>\n${HTML_STYLE}</style>\n</head>\n<body>\n` +
      '<header><h1>newsner</h1><div class="legend" aria-label="legend">' +
      ENTITY_TYPES.map((type) => `<span class="key t-${type}">${type}</span>`).join('') +
      '</div><p class="hint">click an entity to mark its mentions</p></header>\n<main>\n',

    record(record: OutputRecord, text?: string): string {
      const number = listed.length + 1;
      const anchor = `doc-${number}`;
      if (isErrorRecord(record)) {
        const where = record.line === undefined ? title(record) : `${title(record)} line ${record.line}`;
        listed.push(`<li class="failed"><a href="#${anchor}">${where}</a> <span class="n">error</span></li>`);
        return `<article class="doc failed" id="${anchor}"><h2>${where}</h2><p class="error">error: ${escapeHtml(record.error)}</p></article>\n`;
      }
      // vague dates ("the past", "three years") only with --vague, as in the table
      if (!options.vague) record = withoutVague(record);
      listed.push(`<li><a href="#${anchor}">${title(record)}</a> <span class="n">${record.entities.length} ${record.entities.length === 1 ? 'entity' : 'entities'}</span></li>`);
      const date = record.date === null ? '' : ` <small>reference date ${escapeHtml(record.date)}</small>`;
      const body =
        text === undefined
          ? '<p class="none">document text not available</p>'
          : `<div class="text">${highlightedText(record, text, number)}</div>`;
      return (
        `<article class="doc" id="${anchor}">\n<h2>${title(record)}${date}</h2>\n` +
        `<div class="doc-body">\n${body}\n${sidebar(record, number)}\n</div>\n</article>\n`
      );
    },

    end(): string {
      const empty = listed.length === 0 ? '<p class="none">no documents</p>\n' : '';
      const nav =
        listed.length > 1
          ? `<nav id="documents" aria-label="documents"><h2>${listed.length} documents</h2><ol>\n${listed.join('\n')}\n</ol></nav>\n`
          : '';
      return `${empty}</main>\n${nav}<script>\n${HTML_SCRIPT}</script>\n</body>\n</html>\n`;
    },
  };
}
