// Visual regression: each shot of the matrix (shots.ts) against its reference PNG in references/,
// within CHANNEL_TOLERANCE per channel and PIXEL_TOLERANCE of the pixels. A difference writes the
// actual and a diff image (differing pixels in magenta) to test/visual/output/.
//
// The references were taken with the Chromium in references/chromium.txt. Another major version
// draws text and anti-aliasing a little differently, so then differences are reported and the test
// passes: a browser update never blocks a merge. Refresh with `npm run test:visual:update`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { compareImages, decodePng, encodePng } from './png.js';
import {
  CHANNEL_TOLERANCE,
  chromiumVersion,
  majorVersion,
  openCamera,
  OUTPUT,
  PIXEL_TOLERANCE,
  REFERENCES,
  SHOTS,
  VERSION_FILE,
  type Camera,
} from './shots.js';

const UPDATE = 'npm run test:visual:update';
const recorded = existsSync(VERSION_FILE) ? readFileSync(VERSION_FILE, 'utf8').trim() : '';
const running = chromiumVersion();
const sameBrowser =
  majorVersion(recorded) !== null && majorVersion(recorded) === majorVersion(running);

describe('visual regression', { timeout: 300_000 }, () => {
  let camera: Camera;
  const differing: string[] = [];

  before(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    camera = await openCamera();
    if (!sameBrowser)
      console.log(
        `Chromium differs from the references': running "${running}", references taken with ` +
          `"${recorded || '(no chromium.txt)'}". Differences are reported, not failed.`,
      );
  });

  after(async () => {
    await camera?.close();
    if (!differing.length) return;
    console.log(
      sameBrowser
        ? `${differing.length} of ${SHOTS.length} screenshots differ (see test/visual/output/). If the change is intended: ${UPDATE}`
        : `NOT FAILING: ${differing.length} of ${SHOTS.length} screenshots differ, but Chromium ${majorVersion(running)} is not the references' ${majorVersion(recorded)}: ` +
            `a browser update never blocks a merge. Look at test/visual/output/, then refresh them: ${UPDATE}\n  ` +
            differing.join('\n  '),
    );
  });

  it('the references are exactly the shots of the matrix, with the Chromium version beside them', () => {
    assert.ok(recorded, `references/chromium.txt is missing: ${UPDATE}`);
    const files = existsSync(REFERENCES)
      ? readdirSync(REFERENCES).filter((f) => f.endsWith('.png'))
      : [];
    const expected = SHOTS.map((s) => `${s.name}.png`);
    assert.deepEqual(
      files.filter((f) => !expected.includes(f)),
      [],
      `stale references: ${UPDATE}`,
    );
    assert.deepEqual(
      expected.filter((f) => !files.includes(f)),
      [],
      `missing references: ${UPDATE}`,
    );
  });

  for (const shot of SHOTS)
    it(shot.name, async (t) => {
      const file = `${REFERENCES}${shot.name}.png`;
      assert.ok(existsSync(file), `no reference ${shot.name}.png: ${UPDATE}`);
      const expected = decodePng(readFileSync(file));
      const actual = await camera.shoot(shot);
      const c = compareImages(expected, actual, CHANNEL_TOLERANCE);
      const allowed = Math.floor(PIXEL_TOLERANCE * expected.width * expected.height);
      if (c.differing <= allowed) return;

      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(`${OUTPUT}${shot.name}.actual.png`, encodePng(actual));
      if (c.diff) writeFileSync(`${OUTPUT}${shot.name}.diff.png`, encodePng(c.diff));
      const what = c.sizeMismatch
        ? `size ${actual.width}×${actual.height}, reference ${expected.width}×${expected.height}`
        : `${c.differing} pixels differ (allowed ${allowed}; largest channel difference ${c.largest})`;
      differing.push(`${shot.name}: ${what}`);
      const message = `${shot.name}: ${what}; see test/visual/output/${shot.name}.{actual,diff}.png`;
      if (sameBrowser) assert.fail(`${message}. If intended: ${UPDATE}`);
      t.diagnostic(`reported, not failed (other Chromium): ${message}`);
    });
});
