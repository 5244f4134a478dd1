// A Vite plugin that minifies the text of Lit's tagged templates in packages/components/src; JS
// minifiers leave template text alone, and our styles and markup are a third of the components.
// - css`…`: minified with Lightning CSS (the CSS engine Vite itself uses).
// - html`…` and svg`…`: every run of whitespace holding a line break becomes one space. That is
//   the change HTML's own whitespace collapsing makes invisible in every context we use (no <pre>,
//   no <textarea>), so the page renders the same; only the formatter's indentation goes. Runs of
//   spaces without a line break stay as written. (Not minify-html-literals: it is unmaintained, and
//   html-minifier's other rewrites, such as dropping quotes, are not safe for Lit's parser.)
// Templates are found with Vite's JS parser, so a backtick inside an expression cannot confuse it,
// and the edits go through magic-string, so the source maps stay right.
// Used by the package build, the script-tag bundles and the size budgets.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import { parseAst } from 'vite';

const MARKUP = new Set(['html', 'svg']);
const BREAK = /\s*\n\s*/g;

/** Minifies one stylesheet; throws with the file name when Lightning CSS reports a problem. */
export function minifyCssText(text, filename = 'styles.css') {
  const { code, warnings } = transform({ filename, code: Buffer.from(text), minify: true });
  if (warnings.length) throw new Error(`${filename}: ${warnings.map((w) => w.message).join('; ')}`);
  return code.toString();
}

/** Every css/html/svg tagged template in a parsed module, outermost first. */
function taggedTemplates(ast) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier')
      found.push({ tag: node.tag.name, quasis: node.quasi.quasis });
    for (const key in node) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}

/**
 * `code` with its css`…` templates minified and the line-breaking whitespace of its html`…` and
 * svg`…` templates collapsed; null when there was nothing to change. `id` names the file in errors.
 */
export function minifyTemplates(code, id = 'module.js') {
  const s = new MagicString(code);
  for (const { tag, quasis } of taggedTemplates(parseAst(code))) {
    if (tag === 'css') {
      // Interpolations and escapes would change what Lightning CSS sees; our styles use neither.
      const raw = code.slice(quasis[0].start, quasis[0].end);
      if (quasis.length > 1 || raw.includes('\\'))
        throw new Error(`${id}: css\`…\` with \${} or a backslash cannot be minified here`);
      const min = minifyCssText(raw, id).replace(/[`\\]|\$\{/g, (c) => `\\${c}`);
      if (quasis[0].end > quasis[0].start) s.overwrite(quasis[0].start, quasis[0].end, min);
    } else if (MARKUP.has(tag)) {
      for (const q of quasis) {
        const text = code.slice(q.start, q.end);
        const collapsed = text.replace(BREAK, ' ');
        if (collapsed !== text) s.overwrite(q.start, q.end, collapsed);
      }
    }
  }
  return s.hasChanged() ? s : null;
}

/** @returns {import('vite').Plugin} */
export function minifyLitTemplates() {
  return {
    name: 'pearl-minify-templates',
    transform(code, id) {
      if (!/\/packages\/components\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code))
        return null;
      const s = minifyTemplates(code, id);
      return s && { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
