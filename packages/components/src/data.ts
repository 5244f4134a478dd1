/**
 * `@pearl-charts/components/data`: registers every figure of `@pearl-charts/data`, and every
 * component's catalogue adapter, so components can take `indicator="gd-industrial-output-2024"`.
 * Import it once, beside a `define` entry.
 */
import {
  closestIds,
  describing,
  findIndicator,
  getSeries,
  getSource,
  getTargetFor,
  queryIndicators,
  related,
  resolveId,
} from '@pearl-charts/data';
import './catalog-views.js';
import { catalogOf } from './shared/catalog-of.js';
import { registerCatalog } from './shared/catalog.js';

registerCatalog(
  catalogOf({
    resolveId,
    findIndicator,
    getSource,
    describing,
    related,
    getTargetFor,
    queryIndicators,
    getSeries,
    closestIds,
  }),
);
