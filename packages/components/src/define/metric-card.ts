// Registers <pearl-metric-card>. Importing the class alone (from `@pearl-charts/components`) does not.
import { PearlMetricCard } from '../metric-card/metric-card.js';
import { defineElement } from '../shared/define.js';

defineElement('pearl-metric-card', PearlMetricCard);

declare global {
  interface HTMLElementTagNameMap {
    'pearl-metric-card': PearlMetricCard;
  }
}
