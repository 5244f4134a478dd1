// Just enough PNG for the visual tests: decode Chromium's screenshots and our references (8-bit
// RGB or RGBA, not interlaced), encode references small and byte-for-byte repeatable, and compare
// two images with a per-pixel tolerance. node:zlib does the deflating.
import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** Pixels as 8-bit RGBA, row after row. */
export interface Image {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The Paeth predictor of the PNG spec: whichever of left, up, up-left is closest to left + up - up-left. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(file: Uint8Array): Image {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace)
        throw new Error(
          `unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`,
        );
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      rows[out + x] = (line[x]! + predict(filter, rows, x, y, stride, channels)) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!;
    data[j + 1] = rows[i + 1]!;
    data[j + 2] = rows[i + 2]!;
    data[j + 3] = 255;
  }
  return { width, height, data };
}

/**
 * What PNG filter `filter` (0 none, 1 sub, 2 up, 3 average, 4 Paeth) predicts for byte `x` of row
 * `y` of the unfiltered `rows`, from the byte to its left (a), above (b) and above-left (c).
 */
function predict(
  filter: number,
  rows: Uint8Array,
  x: number,
  y: number,
  stride: number,
  channels: number,
): number {
  const out = y * stride;
  const a = x >= channels ? rows[out + x - channels]! : 0;
  const b = y > 0 ? rows[out - stride + x]! : 0;
  const c = x >= channels && y > 0 ? rows[out - stride + x - channels]! : 0;
  if (filter === 0) return 0;
  if (filter === 1) return a;
  if (filter === 2) return b;
  if (filter === 3) return (a + b) >> 1;
  return paeth(a, b, c);
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * A PNG of `image`: RGB when every pixel is opaque (widgets have their own background), each row
 * with the filter whose output is smallest in absolute value (the usual heuristic), deflated at
 * level 9. The same pixels always give the same bytes.
 */
export function encodePng(image: Image): Buffer {
  const { width, height, data } = image;
  let opaque = true;
  for (let i = 3; i < data.length && opaque; i += 4) opaque = data[i] === 255;
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let p = 0, o = 0; p < data.length; p += 4, o += channels)
    for (let k = 0; k < channels; k++) rows[o + k] = data[p + k]!;
  const raw = Buffer.alloc((stride + 1) * height);
  const candidate = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const out = y * stride;
    let best = Infinity;
    for (let filter = 0; filter <= 4; filter++) {
      let cost = 0;
      for (let x = 0; x < stride; x++) {
        const v = (rows[out + x]! - predict(filter, rows, x, y, stride, channels)) & 0xff;
        candidate[x] = v;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < best) {
        best = cost;
        raw[y * (stride + 1)] = filter;
        raw.set(candidate, y * (stride + 1) + 1);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, opaque ? 2 : 6, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface Comparison {
  /** Pixels whose largest channel difference is above `threshold`. */
  differing: number;
  /** Largest channel difference seen, 0–255. */
  largest: number;
  /** Reference pixels dimmed, differing pixels in magenta; null when the sizes differ. */
  diff: Image | null;
  sizeMismatch: boolean;
}

/**
 * Compares two images pixel by pixel. A pixel differs when one of its channels moves by more than
 * `threshold` (0–255): anti-aliasing noise stays under it, a changed colour or a moved glyph does not.
 */
export function compareImages(expected: Image, actual: Image, threshold: number): Comparison {
  if (expected.width !== actual.width || expected.height !== actual.height)
    return { differing: Infinity, largest: 255, diff: null, sizeMismatch: true };
  const diff = new Uint8Array(expected.data.length);
  let differing = 0;
  let largest = 0;
  for (let i = 0; i < expected.data.length; i += 4) {
    let d = 0;
    for (let k = 0; k < 4; k++)
      d = Math.max(d, Math.abs(expected.data[i + k]! - actual.data[i + k]!));
    largest = Math.max(largest, d);
    if (d > threshold) {
      differing++;
      diff.set([255, 0, 255, 255], i);
    } else {
      // Grey, lightened so the magenta stands out.
      const grey =
        (expected.data[i]! * 0.3 + expected.data[i + 1]! * 0.59 + expected.data[i + 2]! * 0.11) /
          4 +
        191;
      diff.set([grey, grey, grey, 255], i);
    }
  }
  return {
    differing,
    largest,
    diff: { width: expected.width, height: expected.height, data: diff },
    sizeMismatch: false,
  };
}
