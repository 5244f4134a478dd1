// The build minifies the text of Lit's tagged templates (packages/components/scripts/minify-templates.mjs):
// css`…` through Lightning CSS, html`…`/svg`…` by collapsing line-breaking whitespace to one space.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceMap, type SourceMapPayload } from 'node:module';
import {
  minifyLitTemplates,
  minifyTemplates,
} from '../../packages/components/scripts/minify-templates.mjs';

const minified = (code: string) => minifyTemplates(code)?.toString() ?? code;

describe('minifyTemplates', () => {
  it('collapses line-breaking whitespace in html and svg templates to one space', () => {
    const code = [
      'const a = html`<div',
      '    part="base"',
      '  >',
      '    ${x}',
      '  </div>`;',
      'const b = svg`<g>\n\t<path></path>\n</g>`;',
    ].join('\n');
    assert.equal(
      minified(code),
      'const a = html`<div part="base" > ${x} </div>`;\nconst b = svg`<g> <path></path> </g>`;',
    );
  });

  it('keeps spaces without a line break, other templates and strings as written', () => {
    const code = [
      'const a = html`${line} ${link}  <b>x</b>`;',
      'const b = `keep\n   this`;',
      'const c = other`keep\n   this`;',
      "const d = 'html`\\n   `';",
    ].join('\n');
    assert.equal(minifyTemplates(code), null);
  });

  it('reaches templates nested in expressions', () => {
    const code = 'html`<ul>${items.map((i) => html`<li>\n  ${i}\n</li>`)}</ul>`';
    assert.equal(minified(code), 'html`<ul>${items.map((i) => html`<li> ${i} </li>`)}</ul>`');
  });

  it('minifies css templates and refuses interpolations, naming the file', () => {
    assert.equal(
      minified('const s = css`\n  :host {\n    color: red;\n    margin: 0px;\n  }\n`;'),
      'const s = css`:host{color:red;margin:0}`;',
    );
    assert.throws(() => minifyTemplates('css`a { color: ${c}; }`', 'x.styles.ts'), /x\.styles\.ts/);
  });

  it('keeps the source map right after a shortened template', () => {
    const plugin = minifyLitTemplates();
    const id = '/repo/packages/components/src/a/a.ts';
    const code = 'const t = html`<p>\n      x\n    </p>`;\nconst after = 1;\n';
    const transform = plugin.transform as (
      code: string,
      id: string,
    ) => {
      code: string;
      map: SourceMapPayload;
    };
    const out = transform.call({}, code, id);
    assert.equal(out.code, 'const t = html`<p> x </p>`;\nconst after = 1;\n');
    const at = out.code.indexOf('after');
    const line = out.code.slice(0, at).split('\n').length - 1;
    const column = at - out.code.lastIndexOf('\n', at) - 1;
    const entry = new SourceMap(out.map).findEntry(line, column) as {
      originalLine: number;
      originalColumn: number;
    };
    assert.deepEqual([entry.originalLine, entry.originalColumn], [3, 6]);
  });
});
