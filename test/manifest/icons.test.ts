/** The committed icons are the script's output, PNGs at their sizes, drawn on a transparent square. */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { inflateSync } from 'zlib';
import { drawIcon, encodePng, ICON_SIZES } from '../../scripts/make-icons';
import { pngSize } from '../../scripts/manifest/checks';

const assets = resolve(__dirname, '../../assets');

/** RGBA pixels back from our own encoding (8-bit RGBA, filter 0 on each row). */
function decode(png: Buffer): { size: number; px: Buffer } {
  const size = png.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let p = 8; p < png.length; ) {
    const len = png.readUInt32BE(p);
    const type = png.toString('ascii', p + 4, p + 8);
    if (type === 'IDAT') idat.push(png.subarray(p + 8, p + 8 + len));
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    expect(raw[y * (size * 4 + 1)]).toBe(0);
    raw.copy(px, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  }
  return { size, px };
}

test.each(ICON_SIZES.map((s) => [s]))('icon-%i.png: the script’s output, a PNG of its size', (size) => {
  const file = readFileSync(join(assets, `icon-${size}.png`));
  expect(pngSize(file)).toEqual({ width: size, height: size });
  expect(file.equals(encodePng(size, drawIcon(size)))).toBe(true);
  const { px } = decode(file);
  const at = (x: number, y: number) => [...px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
  // rounded corners are transparent, the body is opaque Excel green, the podium's middle bar is white
  expect(at(0, 0)[3]).toBeLessThan(128);
  const [r, g, b, a] = at(Math.floor(size / 2), Math.floor(size * 0.2) + 1 + Math.floor(size * 0.12));
  expect(a).toBe(255);
  expect(r + g + b).toBeGreaterThan(0);
  const bar = at(Math.floor(size / 2), Math.floor(size * 0.78));
  expect(bar).toEqual([255, 255, 255, 255]);
  const bg = at(0, Math.floor(size / 2)); // left edge, between the rounded corners
  expect(bg[1]).toBeGreaterThan(bg[0] + 40);
  expect(bg[3]).toBe(255);
});
