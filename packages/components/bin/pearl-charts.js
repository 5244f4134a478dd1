#!/usr/bin/env node
// `npx pearl-charts render metric-card --indicator … --locale zh-Hans`: see src/ssr/cli.ts.
import process from 'node:process';
import { main } from '../dist/ssr/cli.js';

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
