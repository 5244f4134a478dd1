// Size budgets (gzip), checked in `npm test` on freshly built entries. Sizes only: timings belong to `npm run bench`.
import { measureAll } from './sizes.mjs';

const KB = 1024;
const BUDGETS = {
  'metric-card': 16 * KB,
  'target-progress': 16 * KB,
  'sector-comparison': 16 * KB,
  'all components (no data)': 22 * KB,
  'data alone': 30 * KB,
  'script-tag bundle (with data)': 50 * KB,
};

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
let passed = 0;
let failed = 0;
for (const m of await measureAll()) {
  const budget = BUDGETS[m.name];
  if (m.gzip <= budget) {
    passed++;
    console.log(`ok   ${m.name}: ${kb(m.gzip)} gzip (budget ${kb(budget)})`);
  } else {
    failed++;
    console.log(
      `FAIL ${m.name}: ${kb(m.gzip)} gzip is over its budget of ${kb(budget)}; largest modules (minified):`,
    );
    for (const mod of m.modules.slice(0, 8))
      console.log(`       ${kb(mod.bytes).padStart(9)}  ${mod.id}`);
  }
}
console.log(`budgets: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
