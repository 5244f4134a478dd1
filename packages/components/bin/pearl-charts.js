#!/usr/bin/env node
// `npx pearl-charts render metric-card --indicator … --locale zh-Hans`: see src/ssr/cli.ts.
// Server rendering needs @lit-labs/ssr, an optional peer dependency (browsers never need it).
import process from 'node:process';

let cli;
try {
  cli = await import('../dist/ssr/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@lit-labs/ssr'))
    throw error;
  process.stderr.write(
    'pearl-charts: server rendering needs @lit-labs/ssr. Install it beside the components:\n' +
      '  npm install --save-dev @lit-labs/ssr\n',
  );
  process.exit(2);
}
const code = await cli.main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
