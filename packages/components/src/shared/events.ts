/** Why a component shows its error state instead of a figure. */
export type PearlErrorCode =
  | 'unknown-indicator'
  | 'no-catalog'
  | 'malformed-json'
  | 'not-finite'
  | 'missing-unit'
  | 'missing-value'
  | 'mixed-units'
  | 'too-few-items'
  // <pearl-share>: a record that is no share, a share outside 0–100 %, a whole not named, parts over 100 %.
  // <pearl-rank>: a place past the count ranked (out-of-range) or a record that is no rank (wrong-kind).
  | 'not-a-share'
  | 'out-of-range'
  | 'missing-whole'
  | 'over-whole'
  | 'wrong-kind';

export interface PearlErrorDetail {
  code: PearlErrorCode;
  /** The message shown to the reader, in the component's language. */
  message: string;
}

/** Fired when a component falls back to its error state; the page can log or report it. */
export class PearlErrorEvent extends Event {
  static readonly type = 'pearl-error';
  constructor(readonly detail: PearlErrorDetail) {
    super(PearlErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the reader selects a bar in a sector comparison. */
export class PearlSectorSelectEvent extends Event {
  static readonly type = 'pearl-sector-select';
  constructor(readonly detail: { index: number; label: string; value: number }) {
    super(PearlSectorSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired once when a target progress value first meets or passes its target. */
export class PearlTargetReachedEvent extends Event {
  static readonly type = 'pearl-target-reached';
  constructor(readonly detail: { value: number; target: number }) {
    super(PearlTargetReachedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pearl-error': PearlErrorEvent;
    'pearl-sector-select': PearlSectorSelectEvent;
    'pearl-target-reached': PearlTargetReachedEvent;
  }
}
