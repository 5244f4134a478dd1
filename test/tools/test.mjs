#!/usr/bin/env node
// `npm test`: builds, then runs every check and test suite, and ends with one line `N passed, N failed`.
// Each suite's own tests are counted; a check with no tests of its own (lint, types, build) counts as one.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChrome, INSTALL_HINT } from './chrome.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// Terminal colour codes, stripped before counting.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** Runs a command, echoing its output; resolves to its exit code and output. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (d) => {
        out += d;
        sink.write(d);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out: out.replace(ANSI, '') }));
  });
}

/** Counts from a runner's closing lines: our reporters' `x: N passed, N failed`, or node:test's `ℹ pass N`. */
function counts(out) {
  const plain = [...out.matchAll(/^\w+: (\d+) passed, (\d+) failed/gm)].pop();
  if (plain) return { passed: +plain[1], failed: +plain[2] };
  const pass = /^(?:#|ℹ) pass (\d+)/m.exec(out);
  const fail = /^(?:#|ℹ) fail (\d+)/m.exec(out);
  if (pass || fail) return { passed: +(pass?.[1] ?? 0), failed: +(fail?.[1] ?? 0) };
  return null;
}

const testFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`);
const npx = (...args) => ['npx', ['--no-install', ...args]];
const steps = [
  ['build', ...npx('npm', 'run', 'build')],
  ['size budgets', 'node', ['test/tools/budgets.mjs']],
  ['typecheck', ...npx('tsc', '-p', 'tsconfig.test.json')],
  ['lint', ...npx('eslint', '.')],
  ['format', ...npx('prettier', '--check', '.')],
  // lit-analyzer's CSS checker predates @container and forced-color-adjust, so only templates are checked.
  [
    'lit-analyzer',
    ...npx('lit-analyzer', 'packages/components/src', '--rules.no-invalid-css', 'off'),
  ],
  // Node 20's --test does not search directories for .ts files, so list them.
  ['node tests', ...npx('tsx', '--test', '--test-reporter=spec', ...testFiles('test/node'))],
  ['browser tests', ...npx('web-test-runner')],
  // Chinese glyphs, then screenshots against test/visual/references (reported, not failed, when
  // the running Chromium's major version is not the one the references were taken with).
  ['visual tests', ...npx('tsx', '--test', '--test-reporter=spec', ...testFiles('test/visual'))],
  ['storybook build', ...npx('storybook', 'build', '-o', 'storybook-static', '--quiet')],
  // Controls and docs rows, links with args, the toolbar: node tests on the built Storybook.
  [
    'storybook pages',
    ...npx('tsx', '--test', '--test-reporter=spec', ...testFiles('test/storybook')),
  ],
  ['story tests', ...npx('vitest', 'run', '--project', 'storybook')],
];

const only = process.argv.slice(2);
const total = { passed: 0, failed: 0 };
const summary = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name}`);
  const { code, out } = await run(cmd, args);
  const n = counts(out) ?? { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  if (code !== 0 && n.failed === 0) n.failed = 1; // a runner that crashed after counting
  total.passed += n.passed;
  total.failed += n.failed;
  summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name}: ${n.passed} passed, ${n.failed} failed`);
}
console.log(`\n${summary.join('\n')}\n`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
