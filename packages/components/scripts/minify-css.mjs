// A Vite plugin that minifies the CSS inside Lit's css`…` templates with Lightning CSS (the CSS
// engine Vite itself uses). JS minifiers leave template text alone, and our styles are a fifth of
// the components' code. Used by the package build, the script-tag bundles and the size budgets.
import { transform } from 'lightningcss';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** Minifies one stylesheet; throws with the file name when Lightning CSS reports a problem. */
export function minifyCssText(text, filename = 'styles.css') {
  const { code, warnings } = transform({ filename, code: Buffer.from(text), minify: true });
  if (warnings.length) throw new Error(`${filename}: ${warnings.map((w) => w.message).join('; ')}`);
  return code.toString();
}

/** @returns {import('vite').Plugin} */
export function minifyCss() {
  return {
    name: 'pearl-minify-css',
    transform(code, id) {
      if (!/\/packages\/components\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(CSS_TEMPLATE, (all, body) => {
        // Interpolations and escapes would need a JS parser; our styles use neither, so refuse them.
        if (body.includes('${') || body.includes('\\'))
          throw new Error(`${id}: css\`…\` with \${} or a backslash cannot be minified here`);
        return `css\`${minifyCssText(body, id).replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\``;
      });
      return { code: out, map: null };
    },
  };
}
