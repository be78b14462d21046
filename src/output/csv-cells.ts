// Every CSV the tool writes goes through here. A cell that starts with =, +, -, @, a tab or a
// carriage return is a formula to Excel and LibreOffice (CSV injection: a leaked file's sentence
// "=HYPERLINK(...)" would run when the CSV is opened), so it gets a leading apostrophe, as OWASP's
// CSV injection guidance says. --csv-raw writes the cells as they are, for scripts.

export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet shows it as text: strings only (our numbers are counts, never negative). */
export function spreadsheetSafe(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

let stringify: typeof import('csv-stringify/sync').stringify | undefined;

/** Rows as CSV text; `raw`: the cells as they are (--csv-raw). */
export function csvRows(rows: CsvCell[][], raw = false): string {
  // loaded at the first CSV: extract and the other commands import this module for its help text
  stringify ??= (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;
  return stringify(raw ? rows : rows.map((row) => row.map(spreadsheetSafe)));
}

export const CSV_RAW_HELP = 'with --format csv: cells exactly as found (by default a cell starting with = + - @ tab or CR gets a leading \' so spreadsheets do not run it)';
