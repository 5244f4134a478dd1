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
