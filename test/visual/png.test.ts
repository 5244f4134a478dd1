// The visual tests' PNG codec and comparison (png.ts), on images built here pixel by pixel.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareImages, decodePng, encodePng, type Image } from './png.js';

/** A deterministic image: gradients, noise from a fixed LCG, and alpha when asked. */
function image(width: number, height: number, alpha: boolean): Image {
  const data = new Uint8Array(width * height * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const x = (i / 4) % width;
    data.set([x * 3, (i >> 6) & 255, seed >>> 24, alpha ? seed & 255 : 255], i);
  }
  return { width, height, data };
}

describe('png', () => {
  it('encodePng() and decodePng() round-trip RGB and RGBA pixels exactly', () => {
    for (const alpha of [false, true]) {
      const original = image(37, 23, alpha);
      const png = encodePng(original);
      assert.equal(png[25], alpha ? 6 : 2, 'colour type: RGBA only when some pixel is not opaque');
      const back = decodePng(png);
      assert.equal(back.width, 37);
      assert.equal(back.height, 23);
      assert.deepEqual(back.data, original.data);
    }
  });

  it('encodePng() gives the same bytes for the same pixels', () => {
    assert.deepEqual(encodePng(image(20, 20, false)), encodePng(image(20, 20, false)));
  });

  it('decodePng() refuses what it cannot read', () => {
    assert.throws(() => decodePng(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])), /not a PNG/);
  });

  it('compareImages() counts pixels beyond the channel tolerance and marks them in the diff', () => {
    const a = image(10, 10, false);
    const b = { ...a, data: a.data.slice() };
    b.data[0] = (b.data[0]! + 10) & 255; // within a tolerance of 16
    b.data[4 * 55 + 1] = (b.data[4 * 55 + 1]! + 100) & 255; // beyond it
    b.data[4 * 99 + 2] = (b.data[4 * 99 + 2]! + 128) & 255;
    const c = compareImages(a, b, 16);
    assert.equal(c.differing, 2);
    assert.equal(c.sizeMismatch, false);
    assert.deepEqual([...c.diff!.data.subarray(4 * 55, 4 * 56)], [255, 0, 255, 255]);
    assert.notDeepEqual([...c.diff!.data.subarray(0, 4)], [255, 0, 255, 255]);
    assert.equal(compareImages(a, a, 0).differing, 0);
    assert.equal(compareImages(a, image(10, 11, false), 16).sizeMismatch, true);
  });
});
