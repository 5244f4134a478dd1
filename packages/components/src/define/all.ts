// Registers every Pearl element. Importing `@pearl-charts/components` itself registers nothing.
import './metric-card.js';
import './target-progress.js';
import './sector-comparison.js';
import './trend.js';
import './share.js';
import './rank.js';
