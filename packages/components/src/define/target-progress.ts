// Registers <pearl-target-progress>; warns instead of throwing when another copy already did.
import { PearlTargetProgress } from '../target-progress/target-progress.js';
import { defineElement } from '../shared/define.js';

defineElement('pearl-target-progress', PearlTargetProgress);

declare global {
  interface HTMLElementTagNameMap {
    'pearl-target-progress': PearlTargetProgress;
  }
}
