// packages/components/README.md says what the code does: its API reference is the manifest's, its
// examples use only real attributes, events and indicator ids, its formatting results are what the
// format entry returns, and its error codes and :not(:defined) rules match the source.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as format from '../../packages/components/src/format.js';
import { getIndicator, isIndicatorId } from '../../packages/data/src/index.js';
import { declarations, readManifest, README, renderApi, withApi } from '../packaging/readme-api.js';

const readme = readFileSync(README, 'utf8');
const source = (p: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../packages/components/src/${p}`, import.meta.url)),
    'utf8',
  );
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1]!,
  code: m[2]!,
}));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Opening `<pearl-…>` tags in HTML, JSX or Vue code, with their attribute or prop names. */
function openingTags(code: string): { tag: string; names: string[] }[] {
  const found: { tag: string; names: string[] }[] = [];
  for (const m of code.matchAll(/<(pearl-[a-z-]+)(?=[\s>/])/g)) {
    const names: string[] = [];
    let i = m.index + m[0].length;
    while (i < code.length) {
      while (/\s/.test(code[i]!)) i++;
      if (code[i] === '>' || code.startsWith('/>', i)) break;
      const name = /^[^\s=>/]+/.exec(code.slice(i))?.[0] ?? '';
      if (!name) break;
      i += name.length;
      if (name !== '…') names.push(name);
      if (code[i] !== '=') continue;
      i++;
      const open = code[i]!;
      if (open === '"' || open === "'") i = code.indexOf(open, i + 1) + 1;
      else if (open === '{') {
        let depth = 0;
        do {
          if (code[i] === '{') depth++;
          if (code[i] === '}') depth--;
          i++;
        } while (depth > 0 && i < code.length);
      } else i += /^[^\s>]*/.exec(code.slice(i))![0].length;
    }
    found.push({ tag: m[1]!, names });
  }
  return found;
}

describe('packages/components/README.md', () => {
  it('has install and usage sections for HTML, React 19, Vue, Node, theming, languages and errors', () => {
    for (const heading of [
      '## Install',
      '### Script tag',
      '### Static HTML: no JavaScript needed',
      '### iframe',
      '### npm and a bundler',
      '## React 19',
      '## Vue 3',
      '## Node: formatting and server rendering',
      '## Entry points',
      '## Languages',
      '## Theming',
      '## Error states',
      '## Reserving space before the script runs',
      '## Content-Security-Policy',
      '## API reference',
    ])
      assert.ok(readme.includes(`\n${heading}\n`), `README has "${heading}"`);
  });

  it('its API reference is generated from the current custom-elements.json', () => {
    const fresh = withApi(readme, renderApi(readManifest()));
    assert.ok(
      fresh === readme,
      'README API section is stale: run `npx tsx test/packaging/readme-api.ts --write`',
    );
  });

  it('its examples use only attributes, properties and events the elements have', () => {
    const byTag = declarations(readManifest());
    const global = new Set(['lang', 'theme', 'id', 'class', 'title', 'dir', 'key', 'slot', 'part']);
    const problems: string[] = [];
    for (const { code } of blocks)
      for (const { tag, names: used } of openingTags(code)) {
        const d = byTag.get(tag);
        if (!d) {
          problems.push(`unknown element <${tag}>`);
          continue;
        }
        const names = new Set([
          ...(d.attributes ?? []).flatMap((a) => [a.name, a.fieldName ?? a.name]),
          ...(d.members ?? []).filter((x) => x.kind === 'field' && !x.privacy).map((x) => x.name),
        ]);
        const events = new Set((d.events ?? []).map((e) => e.name).filter(Boolean));
        for (const raw of used) {
          if (raw.startsWith('@') || /^on[a-z]+-/.test(raw)) {
            const event = raw.startsWith('@') ? raw.slice(1) : raw.slice(2);
            if (!events.has(event)) problems.push(`<${tag}> has no event ${event}`);
            continue;
          }
          const name = raw.replace(/^:/, '').replace(/\.prop$/, '');
          if (!names.has(name) && !global.has(name) && !/^(data|aria)-/.test(name))
            problems.push(`<${tag}> has no attribute or property "${name}"`);
        }
      }
    assert.deepEqual(problems, []);
  });

  it('every indicator id it names is in the data', () => {
    const ids = new Set(
      [...readme.matchAll(/\b(?:gd|cn|gba)-[a-z0-9-]+/g)]
        .map((m) => m[0].replace(/-$/, ''))
        .filter((id) => /\d/.test(id) || id.endsWith('-current')),
    );
    assert.ok(ids.size >= 3);
    assert.deepEqual(
      [...ids].filter((id) => !isIndicatorId(id)),
      [],
    );
  });

  it("its formatting results are the format entry's: formatIndicator(…, 'zh-Hant') is 超20萬億元", () => {
    const node = blocks.find((b) => b.code.includes('formatIndicator(output'));
    assert.ok(node);
    const output = getIndicator('gd-industrial-output-2024');
    const scope = { ...format, output };
    let checked = 0;
    for (const line of node.code.split('\n')) {
      const m = /^(\w+\(.*\));\s*\/\/\s*'(.*)'$/.exec(line.trim());
      if (!m) continue;
      const run = new Function(...Object.keys(scope), `return ${m[1]};`) as (
        ...a: unknown[]
      ) => unknown;
      assert.equal(run(...Object.values(scope)), m[2], m[1]);
      checked++;
    }
    assert.ok(checked >= 6, `${checked} results checked`);
    assert.ok(node.code.includes("formatIndicator(output, 'zh-Hant'); // '超20萬億元'"));
  });

  it("its React and Vue examples, and the root README's quick starts, are what the consumer sites run", () => {
    // test/node/packaging.test.ts type-checks, builds and opens these sites from the packed tarballs.
    const site = (path: string) =>
      readFileSync(fileURLToPath(new URL(`../packaging/${path}`, import.meta.url)), 'utf8');
    const react = site('react-app/figures.tsx');
    const vue = site('vue-app/App.vue');
    const code = (text: string, heading: string, lang: string) => {
      const start = text.indexOf(heading);
      assert.ok(start >= 0, heading);
      const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text.slice(start));
      assert.ok(block, `${heading}: a ${lang} block`);
      return block[1]!;
    };
    const root = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    for (const [example, app, exact] of [
      [code(readme, '\n## React 19\n', 'jsx'), react, true],
      [code(readme, '\n## Vue 3\n', 'vue'), vue, true],
      [code(root, '**React 19**', 'jsx'), react, false],
      [code(root, '**Vue 3**', 'vue'), vue, false],
    ] as const) {
      // The same imports and items, and the same elements with the same attributes in that order
      // (the quick starts show the first element with fewer attributes).
      for (const line of example.split('\n').filter((l) => /^import |^\s*\{ label:/.test(l)))
        assert.ok(app.includes(line.trim()), `the site has: ${line.trim()}`);
      const used = openingTags(example);
      const ran = openingTags(app).slice(0, used.length);
      assert.deepEqual(
        used.map((t) => t.tag),
        ran.map((t) => t.tag),
      );
      used.forEach((t, i) => {
        if (exact) assert.deepEqual(t.names, ran[i]!.names, t.tag);
        else
          for (const name of t.names) assert.ok(ran[i]!.names.includes(name), `${t.tag} ${name}`);
      });
    }
  });

  it('lists exactly the error codes of pearl-error', () => {
    const union = /export type PearlErrorCode =([^;]+);/.exec(source('shared/events.ts'))![1]!;
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort();
    const section = readme.slice(readme.indexOf('## Error states'), readme.indexOf('## Reserving'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)]
      .map((m) => m[1])
      .filter((c) => c !== 'code')
      .sort();
    assert.deepEqual(listed, codes);
  });

  it('its :not(:defined) rules are the ones tokens.css ships', () => {
    const tokens = source('shared/tokens.css');
    const rules = [...tokens.matchAll(/pearl-[a-z-]+:not\(:defined\) \{[^}]*\}/g)].map((m) =>
      squash(m[0]),
    );
    // A rule for every element (src/define/<name>.ts), whichever widgets are added later.
    const elements = readdirSync(
      fileURLToPath(new URL('../../packages/components/src/define/', import.meta.url)),
    )
      .filter((f) => f !== 'all.ts')
      .map((f) => `pearl-${f.replace(/\.ts$/, '')}`)
      .sort();
    const ruled = [...new Set(rules.map((r) => /^pearl-[a-z-]+/.exec(r)![0]))].sort();
    assert.deepEqual(ruled, elements);
    const css = blocks.find((b) => b.lang === 'css' && b.code.includes(':not(:defined)'));
    assert.ok(css);
    assert.deepEqual(
      [...css.code.matchAll(/pearl-[a-z-]+:not\(:defined\) \{[^}]*\}/g)].map((m) => squash(m[0])),
      rules,
    );
  });
});

describe('packages/data/README.md', () => {
  const data = readFileSync(
    fileURLToPath(new URL('../../packages/data/README.md', import.meta.url)),
    'utf8',
  );

  it('has an npm install and usage section whose example outputs are the data', () => {
    assert.ok(data.includes('\n## Use from npm\n'));
    assert.ok(data.includes('npm install @pearl-charts/data'));
    const output = getIndicator('gd-industrial-output-2024');
    assert.ok(data.includes(`output.value; //  ${output.value} `));
    assert.ok(data.includes(`output.labels['zh-Hant']; // '${output.labels['zh-Hant']}'`));
  });
});
