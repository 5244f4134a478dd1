// `npm run demo` (packages/components/demo/serve.ts): serves the built demo articles with the
// headers of dist/demo/headers.json, the bundles they load, and nothing outside dist/. The README
// links the pages it serves. Needs `npm run build` first (as test/node/demo.test.ts does).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../../packages/components/demo/articles.js';
import { serveDemo, type DemoServer } from '../../packages/components/demo/serve.js';

const ROOT = new URL('../../', import.meta.url);
const DIST = fileURLToPath(new URL('packages/components/dist/', ROOT));
const headers = JSON.parse(readFileSync(`${DIST}demo/headers.json`, 'utf8')) as Record<
  string,
  Record<string, string>
>;
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
  scripts: Record<string, string>;
};
const readme = readFileSync(new URL('README.md', ROOT), 'utf8');

describe('npm run demo', () => {
  let server: DemoServer;
  before(async () => {
    server = await serveDemo(0);
  });
  after(async () => {
    await server?.close();
  });

  it('builds, then runs the demo server', () => {
    assert.match(
      pkg.scripts.demo ?? '',
      /^npm run build && tsx packages\/components\/demo\/serve\.ts$/,
    );
  });

  it('serves each article and the index with its Content-Security-Policy', async () => {
    for (const page of [...LOCALES.map((l) => `${l}.html`), 'index.html']) {
      const res = await fetch(`${server.origin}/demo/${page}`);
      assert.equal(res.status, 200, page);
      assert.match(res.headers.get('content-type')!, /^text\/html/);
      const expected = headers[`demo/${page}`]!['Content-Security-Policy'];
      assert.ok(expected, page);
      assert.equal(res.headers.get('content-security-policy'), expected, page);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
    const root = await fetch(`${server.origin}/`, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/demo/');
    const index = await fetch(`${server.origin}/demo/`);
    assert.equal(
      index.headers.get('content-security-policy'),
      headers['demo/index.html']!['Content-Security-Policy'],
    );
  });

  it('serves the bundles and the iframe page the articles load', async () => {
    const bundle = await fetch(`${server.origin}/bundle/pearl-charts.js`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type')!, /^text\/javascript/);
    const embed = await fetch(`${server.origin}/embed/embed.html`);
    assert.equal(
      embed.headers.get('content-security-policy'),
      headers['embed/embed.html']!['Content-Security-Policy'],
    );
  });

  it('serves nothing outside dist/ and answers 404 for what is not there', async () => {
    for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json'])
      assert.notEqual((await fetch(`${server.origin}${path}`)).status, 200, path);
    assert.equal((await fetch(`${server.origin}/demo/nope.html`)).status, 404);
    assert.equal((await fetch(`${server.origin}/%E0%A4%A`)).status, 404);
  });

  it('the README links every page it serves', () => {
    assert.match(readme, /`npm run demo`/);
    for (const page of ['', ...LOCALES.map((l) => `${l}.html`)])
      assert.ok(
        readme.includes(`(http://127.0.0.1:8080/demo/${page})`),
        `README links /demo/${page}`,
      );
  });
});
