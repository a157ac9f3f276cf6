/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a podium of three ranked bars under a
 * gold star, white on Excel green, as the ribbon and the store show it. No image library: shapes are
 * rasterized with 8×8 supersampling, bar edges snapped to whole pixels so the small sizes stay crisp, and
 * the PNG is encoded with zlib. Run: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { deflateSync } from 'zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type RGBA = [number, number, number, number];
const GREEN_TOP: RGBA = [0x18, 0x8a, 0x52, 255];
const GREEN_BOTTOM: RGBA = [0x10, 0x6b, 0x3e, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GOLD: RGBA = [0xff, 0xc8, 0x3d, 255];
const SHADE: RGBA = [0xd6, 0xea, 0xdd, 255];

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number;
}

function inRoundRect(x: number, y: number, q: Rect): boolean {
  if (x < q.x0 || x > q.x1 || y < q.y0 || y > q.y1) return false;
  const cx = Math.min(Math.max(x, q.x0 + q.r), q.x1 - q.r);
  const cy = Math.min(Math.max(y, q.y0 + q.r), q.y1 - q.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= q.r * q.r;
}

function starPolygon(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

function inPolygon(x: number, y: number, pts: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** At 16 px a drawn star is a blur: a crisp 4-pixel-wide spark above the middle bar instead ([x, y] pixels). */
const SMALL_STAR: [number, number][] = [[7, 2], [8, 2], [6, 3], [7, 3], [8, 3], [9, 3], [7, 4], [8, 4]];

function inPixels(x: number, y: number, pixels: [number, number][]): boolean {
  return pixels.some(([px, py]) => Math.floor(x) === px && Math.floor(y) === py);
}

/** The icon at one size as RGBA pixels. */
export function drawIcon(size: number): Buffer {
  const S = size;
  const bg: Rect = { x0: 0, y0: 0, x1: S, y1: S, r: S * 0.19 };
  // Podium: 2nd place left, 1st in the middle, 3rd right; edges on whole pixels. At 16 px the bars are
  // 4 px wide with 1 px gaps so that both margins are equal, and shorter to leave room for the star.
  const small = S <= 16;
  const w = small ? 4 : Math.round(S * 0.2);
  const gap = small ? 1 : Math.max(1, Math.round(S * 0.05));
  const x0 = Math.floor((S - (3 * w + 2 * gap)) / 2);
  const base = small ? 14 : Math.round(S * 0.84);
  const heights = small ? [6, 8, 4] : [Math.round(S * 0.34), Math.round(S * 0.5), Math.round(S * 0.22)];
  const round = S >= 32 ? S * 0.03 : 0;
  const bars: Rect[] = heights.map((h, i) => ({ x0: x0 + i * (w + gap), y0: base - h, x1: x0 + i * (w + gap) + w, y1: base, r: round }));
  // A lighter band at the top of each bar reads as the podium's tread from 32 px up.
  const tread = S >= 32 ? Math.max(1, Math.round(S * 0.035)) : 0;
  const starR = small ? 2.6 : S * 0.13;
  const star = starPolygon(bars[1].x0 + w / 2, bars[1].y0 - starR - (small ? 0.2 : Math.max(1, S * 0.05)), starR, starR * 0.45);

  const N = 8;
  const px = Buffer.alloc(S * S * 4);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const fx = x + (sx + 0.5) / N;
          const fy = y + (sy + 0.5) / N;
          let c: RGBA | null = null;
          if (inRoundRect(fx, fy, bg)) {
            const t = fy / S;
            c = GREEN_TOP.map((v, k) => Math.round(v + (GREEN_BOTTOM[k] - v) * t)) as RGBA;
            for (const b of bars) if (inRoundRect(fx, fy, b)) c = tread && fy < b.y0 + tread ? SHADE : WHITE;
            if (small ? inPixels(fx, fy, SMALL_STAR) : inPolygon(fx, fy, star)) c = GOLD;
          }
          if (c) {
            // premultiplied accumulation
            acc[0] += c[0] * c[3];
            acc[1] += c[1] * c[3];
            acc[2] += c[2] * c[3];
            acc[3] += c[3];
          }
        }
      }
      const i = (y * S + x) * 4;
      const a = acc[3] / (N * N);
      px[i + 3] = Math.round(a);
      for (let k = 0; k < 3; k++) px[i + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels → PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (require.main === module) {
  const dir = resolve(__dirname, '..', 'assets');
  for (const size of ICON_SIZES) {
    const file = resolve(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    process.stdout.write(`${file}\n`);
  }
}
