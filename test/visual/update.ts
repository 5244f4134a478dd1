// `npm run test:visual:update`: rewrites test/visual/references/ from the current build — every shot
// of the matrix as a PNG, no stale ones — and records the Chromium version in chromium.txt.
// Refuses when Chinese would render as tofu boxes, so no reference ever records them.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chineseGlyphs, FONT_HINT, SAMPLES, tofuProblems, type SampleLocale } from './cjk.js';
import { encodePng } from './png.js';
import { chromiumVersion, openCamera, REFERENCES, SHOTS, VERSION_FILE } from './shots.js';

const version = chromiumVersion();
if (!version) throw new Error('`chromium --version` printed nothing: is CHROME_PATH a Chromium?');

const camera = await openCamera();
try {
  for (const locale of Object.keys(SAMPLES) as SampleLocale[]) {
    const problems = tofuProblems(await chineseGlyphs(camera.browser, locale));
    if (problems.length) throw new Error(`${FONT_HINT}\n${problems.join('\n')}`);
  }
  mkdirSync(REFERENCES, { recursive: true });
  const names = new Set(SHOTS.map((s) => `${s.name}.png`));
  for (const file of readdirSync(REFERENCES))
    if (file.endsWith('.png') && !names.has(file)) rmSync(`${REFERENCES}${file}`);
  let bytes = 0;
  for (const shot of SHOTS) {
    const png = encodePng(await camera.shoot(shot));
    writeFileSync(`${REFERENCES}${shot.name}.png`, png);
    bytes += png.length;
  }
  writeFileSync(VERSION_FILE, `${version}\n`);
  const largest = SHOTS.map((s) => ({ s, size: statSync(`${REFERENCES}${s.name}.png`).size })).sort(
    (a, b) => b.size - a.size,
  )[0]!;
  console.log(
    `wrote ${SHOTS.length} references (${(bytes / 1024).toFixed(0)} KB; largest ${largest.s.name}, ` +
      `${(largest.size / 1024).toFixed(1)} KB) and chromium.txt: ${version}`,
  );
} finally {
  await camera.close();
}
