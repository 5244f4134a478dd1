// Registers <pearl-share>; warns instead of throwing when another copy already did.
import { PearlShare } from '../share/share.js';
import { defineElement } from '../shared/define.js';

defineElement('pearl-share', PearlShare);

declare global {
  interface HTMLElementTagNameMap {
    'pearl-share': PearlShare;
  }
}
