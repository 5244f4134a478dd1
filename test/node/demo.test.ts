// The demo articles (packages/components/dist/demo/, written by `npm run build`) served on 127.0.0.1
// with the strict Content-Security-Policy of dist/demo/headers.json: every widget, embedded by
// script tag, as static HTML and by iframe, shows its number, and the page records no
// securitypolicyviolation event and no console error, in the article or in its iframe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { formatIndicator } from '../../packages/components/src/format.js';
import { getIndicator, isIndicatorId } from '../../packages/data/src/index.js';
import { article, LOCALES, type DemoLocale } from '../../packages/components/demo/articles.js';
import { contentSecurityPolicy } from '../../packages/components/demo/page.js';
import { launchChromium, recordErrors, serve, type Served } from '../packaging/harness.js';

const DIST = fileURLToPath(new URL('../../packages/components/dist/', import.meta.url));
const headers = JSON.parse(readFileSync(`${DIST}demo/headers.json`, 'utf8')) as Record<
  string,
  Record<string, string>
>;

/** Directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Records violations in every frame from the first script on; read back with `violations()`. */
async function watchViolations(page: Page) {
  await page.evaluateOnNewDocument(() => {
    const list: string[] = [];
    Object.defineProperty(window, '__pearlViolations', { value: list });
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`),
    );
  });
}
async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames())
    all.push(
      ...(
        await frame.evaluate(
          () => (window as unknown as { __pearlViolations?: string[] }).__pearlViolations ?? [],
        )
      ).map((v) => `${frame.url()}: ${v}`),
    );
  return all;
}

/** What each figure must show, in the page's language. */
function expectedText(
  component: string,
  attrs: Record<string, string>,
  locale: DemoLocale,
): string[] {
  const n = (id: string) => {
    assert.ok(isIndicatorId(id), id);
    return formatIndicator(getIndicator(id), locale);
  };
  if (component === 'metric-card') return [n(attrs.indicator!)];
  if (component === 'target-progress') return [n(attrs['target-indicator']!)];
  return attrs
    .indicators!.split(' ')
    .map((id) => (isIndicatorId(id) ? getIndicator(id).labels[locale] : id));
}

const shadowText = (frame: Frame | Page, selector: string) =>
  frame.$eval(selector, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('demo articles under a strict Content-Security-Policy', { timeout: 240_000 }, () => {
  let server: Served;
  let browser: Browser;

  before(async () => {
    const fallback = contentSecurityPolicy();
    server = await serve(DIST, (path, type) =>
      type.startsWith('text/html')
        ? (headers[path.replace(/^\//, '')] ?? { 'Content-Security-Policy': fallback })
        : { 'X-Content-Type-Options': 'nosniff' },
    );
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("every page's policy is strict: no 'unsafe-*', scripts from 'self', styles by hash, Trusted Types with Lit's policy only", () => {
    for (const page of [
      ...LOCALES.map((l) => `demo/${l}.html`),
      'demo/index.html',
      'embed/embed.html',
    ]) {
      const policy = headers[page]?.['Content-Security-Policy'];
      assert.ok(policy, `${page} has a policy`);
      assert.doesNotMatch(policy, /unsafe-|strict-dynamic|\*|data:|https?:/, page);
      const d = directives(policy);
      assert.deepEqual(d.get('default-src'), ["'none'"]);
      assert.deepEqual(d.get('script-src'), ["'self'"]);
      assert.deepEqual(d.get('require-trusted-types-for'), ["'script'"]);
      assert.deepEqual(d.get('trusted-types'), ['lit-html']);
      const styles = d.get('style-src')!;
      assert.equal(styles[0], "'self'");
      for (const s of styles.slice(1)) assert.match(s, /^'sha256-[A-Za-z0-9+/]+=*'$/);
      assert.ok(!d.has('style-src-attr') && !d.has('script-src-attr'));
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: every widget shows its figure, with no CSP violation and no console error`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      const errors = recordErrors(page);
      await watchViolations(page);
      const response = await page.goto(`${server.origin}/demo/${locale}.html`, {
        waitUntil: 'load',
        timeout: 30_000,
      });
      assert.ok(response?.headers()['content-security-policy']?.includes('trusted-types lit-html'));
      assert.equal(await page.$eval('html', (el) => el.lang), locale);

      const widgets = article(locale).blocks.flatMap((b) => ('widget' in b ? [b.widget] : []));
      const embeds = new Set(widgets.map((w) => w.embed));
      assert.deepEqual([...embeds].sort(), ['iframe', 'script', 'static']);
      assert.ok(
        widgets.filter((w) => w.embed === 'script').length >= 2,
        'several script-tag widgets',
      );

      const figures = await page.$$eval('figure.embed', (els) =>
        els.map((el) => ({ embed: el.getAttribute('data-embed') })),
      );
      assert.deepEqual(
        figures.map((f) => f.embed),
        widgets.map((w) => w.embed),
      );

      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('figure.embed > *')]
            .filter((el) => el.localName.startsWith('pearl-'))
            .every((el) => customElements.get(el.localName) && el.shadowRoot?.textContent?.trim()),
        { timeout: 20_000 },
      );
      for (const [i, w] of widgets.entries()) {
        if (w.embed === 'iframe') continue;
        const tag = `pearl-${w.component}`;
        const text = await page.evaluate(
          (index: number, t: string) => {
            const el = document.querySelectorAll('figure.embed')[index]!.firstElementChild!;
            if (el.localName !== t) return `expected <${t}>, found <${el.localName}>`;
            return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
          },
          i,
          tag,
        );
        for (const expected of expectedText(w.component, w.attributes, locale))
          assert.ok(
            text.includes(expected),
            `${locale} ${w.embed} ${tag}: "${text}" shows ${expected}`,
          );
        if (w.component === 'sector-comparison') {
          const bars = await page.evaluate((index: number) => {
            const el = document.querySelectorAll('figure.embed')[index]!.firstElementChild!;
            return el.shadowRoot!.querySelectorAll('[part~="bar"]').length;
          }, i);
          assert.equal(bars, w.attributes.indicators!.split(' ').length);
        }
      }

      // The static snippet is hydrated by the bundle: same element, defined, still showing its number.
      const hydrated = await page.$eval('figure[data-embed="static"] > :first-child', (el) => ({
        defined: el.matches(':defined'),
        updated: 'updateComplete' in el,
      }));
      assert.deepEqual(hydrated, { defined: true, updated: true });

      // The iframe (lazy) loads when scrolled to, renders under the same policy, and is resized by
      // the host script to its content (not its 320px fallback).
      const iframeWidget = widgets.find((w) => w.embed === 'iframe')!;
      await page.$eval('figure[data-embed="iframe"] iframe', (el) => el.scrollIntoView());
      const handle = await page.waitForSelector('figure[data-embed="iframe"] iframe', {
        timeout: 10_000,
      });
      let frame: Frame | null = null;
      for (
        let t = 0;
        t < 100 && !(frame = await handle!.contentFrame())?.url().includes('embed.html');
        t++
      )
        await new Promise((r) => setTimeout(r, 100));
      assert.ok(frame, 'the iframe loaded the embed page');
      const tag = `pearl-${iframeWidget.component}`;
      await frame.waitForFunction(
        (t: string) => !!document.querySelector(t)?.shadowRoot?.textContent?.trim(),
        { timeout: 20_000 },
        tag,
      );
      const frameText = await shadowText(frame, tag);
      for (const expected of expectedText(iframeWidget.component, iframeWidget.attributes, locale))
        assert.ok(frameText.includes(expected), `iframe: "${frameText}" shows ${expected}`);
      await page.waitForFunction(
        () => {
          const f = document.querySelector<HTMLIFrameElement>(
            'figure[data-embed="iframe"] iframe',
          )!;
          return f.style.height !== '' && f.style.height !== '320px';
        },
        { timeout: 10_000 },
      );
      const fit = await page.$eval('figure[data-embed="iframe"] iframe', (f) => {
        const inner = (f as HTMLIFrameElement).contentDocument!.body.getBoundingClientRect().height;
        return { outer: f.getBoundingClientRect().height, inner };
      });
      assert.ok(
        Math.abs(fit.outer - Math.ceil(fit.inner)) <= 1,
        `iframe ${fit.outer}px fits ${fit.inner}px`,
      );

      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('the violation listener works: an inline <style> without a hash is reported', async () => {
    const page = await browser.newPage();
    await watchViolations(page);
    await page.goto(`${server.origin}/demo/en.html`, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
    });
    await page.waitForFunction(
      () =>
        ((window as unknown as { __pearlViolations: string[] }).__pearlViolations ?? []).length > 0,
      { timeout: 5_000 },
    );
    const found = await violations(page);
    assert.ok(
      found.some((v) => v.includes('style-src')),
      found.join('\n'),
    );
    // And Trusted Types are enforced: a string into innerHTML throws.
    const blocked = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(blocked, true);
    await page.close();
  });
});
