// Registers <pearl-sector-comparison>; warns instead of throwing when another copy already did.
import { PearlSectorComparison } from '../sector-comparison/sector-comparison.js';
import { defineElement } from '../shared/define.js';

defineElement('pearl-sector-comparison', PearlSectorComparison);

declare global {
  interface HTMLElementTagNameMap {
    'pearl-sector-comparison': PearlSectorComparison;
  }
}
