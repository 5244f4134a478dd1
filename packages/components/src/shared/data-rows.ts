/**
 * What a widget shows, as rows of data: the "Get the data" CSV (part `download`) is written from
 * them. Each element returns its rows from `PearlElement.dataRows()`.
 */
export interface DataRow {
  /** The row's label as the widget shows it (in the reader's script). */
  label: string;
  /** The period as the data writes it (`2024`, `2023-01/2023-09`, `as of 2025-10-22`). */
  period: string;
  /** The number in base units (元, not 万亿元), or null when the widget shows none. */
  value: number | null;
  /** The unit id (`yuan`, `percent`, `enterprises`). */
  unit: string;
  /** `exact`, `over`, `about`, `nearly`, `odd`, `range`… as the data says. */
  bound: string;
  /** `actual`, `estimate`, `target`… as the data says. */
  status: string;
  /** Who published it, as the source line names it. */
  outlet: string;
  /** The article's date, YYYY-MM-DD, or ''. */
  date: string;
  /** The verbatim sentence the figure comes from, or ''. */
  quote: string;
}

/** The fields of a record a row copies; the catalogue gives its outlet and date. */
interface RowRecord {
  value: number;
  unit: string;
  bound: string;
  status: string;
  period: string;
  source: { seed: string; quote: string };
}

/**
 * A catalogue record as a row: its number, unit, bound, status and period as the data writes them,
 * the outlet (in the reader's `script`) and date of its article, and its verbatim quote.
 */
export function recordRow(
  label: string,
  record: RowRecord,
  source: { outlet: Record<'zh-Hans' | 'zh-Hant' | 'en', string>; date: string } | undefined,
  script: 'zh-Hans' | 'zh-Hant' | 'en',
): DataRow {
  return {
    label,
    period: record.period,
    value: record.value,
    unit: record.unit,
    bound: record.bound,
    status: record.status,
    outlet: source?.outlet[script] ?? '',
    date: source?.date ?? '',
    quote: record.source.quote,
  };
}

/** The host's own source attributes, which its own figures carry. */
export interface HostSource {
  sourceName?: string | null | undefined;
  sourceDate?: string | null | undefined;
  sourceText?: string | null | undefined;
}

const text = (s: string | null | undefined) => (typeof s === 'string' ? s.trim() : '');

/** A figure the host passed as a row, with its `source-name`, `source-date` and `source-text`. */
export function hostRow(
  figure: Pick<DataRow, 'label' | 'period' | 'value' | 'unit'> &
    Partial<Pick<DataRow, 'bound' | 'status'>>,
  host: HostSource,
): DataRow {
  return {
    bound: 'exact',
    status: 'actual',
    ...figure,
    outlet: text(host.sourceName),
    date: text(host.sourceDate),
    quote: text(host.sourceText),
  };
}
