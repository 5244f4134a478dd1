// Registers <pearl-rank>; warns instead of throwing when another copy already did.
import { PearlRank } from '../rank/rank.js';
import { defineElement } from '../shared/define.js';

defineElement('pearl-rank', PearlRank);

declare global {
  interface HTMLElementTagNameMap {
    'pearl-rank': PearlRank;
  }
}
