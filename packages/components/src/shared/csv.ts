/**
 * The "Get the data" CSV, built from a widget's rows (data-rows.ts): pure and DOM-free, so Node
 * tests it. RFC 4180 text with CRLF line ends, a UTF-8 byte order mark so Excel reads Chinese, the
 * header row in the reader's language and the cells as data (base-unit numbers, ids).
 */
import type { FormatLocale } from '../format/locale.js';
import { message } from '../format/messages.js';
import type { DataRow } from './data-rows.js';

/** The columns, in order; each header is `message('data.<column>')`. */
export const CSV_COLUMNS = [
  'label',
  'period',
  'value',
  'unit',
  'bound',
  'status',
  'outlet',
  'date',
  'quote',
] as const satisfies readonly (keyof DataRow)[];

/** U+FEFF: written as the file's first bytes (EF BB BF), it tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** A spreadsheet reads a cell starting with one of these as a formula (or strips it). */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/**
 * One cell: text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe; a field holding a comma, a quote or a line break is quoted, its quotes
 * doubled. A number is written as JavaScript writes it (−5 stays -5: a number is never a formula);
 * null and non-finite numbers are empty.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV of `rows`: BOM, the header row in `locale`'s language, one line per row, CRLF ends. */
export function buildCsv(rows: readonly DataRow[], locale: FormatLocale): string {
  const lines = [
    CSV_COLUMNS.map((c) => csvCell(message(`data.${c}`, locale))),
    ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c]))),
  ];
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name from a title or id: letters (any script), digits, `-` and `_` kept, anything else a
 * single `-`, at most 80 characters, `.csv` added; `data.csv` when nothing is left. No path, no
 * dot file, nothing a file system rejects.
 */
export function csvFileName(name: string | null | undefined): string {
  const safe = (name ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  const cut = [...safe]
    .slice(0, 80)
    .join('')
    .replace(/[-_]+$/, '');
  return `${cut || 'data'}.csv`;
}

/**
 * Saves `csv` as `fileName` in the browser: a Blob, an object URL and an `<a download>` clicked
 * once; nothing goes over the network. Call it from a click.
 */
export function saveCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the click has been handed to the download, not before.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
