// Registers <pearl-trend>; warns instead of throwing when another copy already did.
import { PearlTrend } from '../trend/trend.js';
import { defineElement } from '../shared/define.js';

defineElement('pearl-trend', PearlTrend);

declare global {
  interface HTMLElementTagNameMap {
    'pearl-trend': PearlTrend;
  }
}
