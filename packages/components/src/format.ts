/**
 * `@pearl-charts/components/format`: the DOM-free formatting layer. Numbers, periods and UI texts
 * as the components write them, usable in Node (server rendering, data scripts) without Lit.
 * @packageDocumentation
 */
export {
  FORMAT_LOCALES,
  resolveLocale,
  scriptOf,
  isChinese,
  type FormatLocale,
} from './format/locale.js';
export {
  formatValue,
  chooseScale,
  scaleNumber,
  scaleSteps,
  simpleFraction,
  NO_VALUE,
  RANGE_DASH,
  type FormatValueOptions,
  type ScaleStep,
  type SignDisplay,
} from './format/number.js';
export {
  registerUnit,
  checkUnit,
  closestUnit,
  isKnownUnit,
  unitLimit,
  type UnitDefinition,
  type RegisteredUnitKind,
} from './format/units.js';
export { formatIndicator, formatPeriod, formatDelta, percentOfTarget } from './format/indicator.js';
export {
  message,
  MESSAGES,
  errorMessage,
  ERRORS,
  type MessageKey,
  type MessageParams,
  type ErrorKey,
} from './format/messages.js';
export {
  formatSourceDate,
  safeUrl,
  sourceLine,
  sourceLineText,
  catalogueEntry,
  recordNotes,
  notesLead,
  quoteMarks,
  quoted,
  type SourceEntry,
  type SourceLine,
} from './format/source.js';
