// The app icon the installed game shows (home screen, task bar, tab), drawn in code so it is
// reproducible byte for byte and needs no image tool: the three powers' colours as the three
// wedges of a disc on the game's paper, each wedge a power's main colour from src/palette.ts.
// The build (scripts/pwa-plugin.ts) writes the PNGs into dist/; nothing binary is committed.
// The disc stays inside the central 80% circle, so the same picture is a valid "maskable" icon
// (a launcher may crop it to a circle or a rounded square).
//
//   npm run icons            writes out/icons/icon-<size>.png to look at
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../src/palette.js';

/** The sizes the manifest names (192 and 512 are what browsers require to offer installing; 180 is iOS's home screen). */
export const ICON_SIZES = [180, 192, 512] as const;

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 255] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An opaque RGB PNG (colour type 2, 8 bits, no filter) of `size`×`size` from `pixel(x, y)`. */
function png(size: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** Each pixel is the mean of SAMPLES×SAMPLES points, so the disc's edges are smooth at every size. */
const SAMPLES = 4;

/** The icon at `size` px: paper, a dark ring, and three wedges (Russia at the top, then Turkey, China clockwise). */
export function appIcon(size: number): Buffer {
  const paper = rgb(NEUTRAL_COLOURS.paper);
  const ink = rgb(NEUTRAL_COLOURS.spaceBorder);
  const wedges = [POWER_COLOURS.russia.main, POWER_COLOURS.turkey.main, POWER_COLOURS.china.main].map(rgb);
  // In units of the icon's side: the disc, its ring, and the paper-coloured gaps between wedges.
  const radius = 0.36;
  const ring = 0.025;
  const gap = 0.018;
  const colourAt = (u: number, v: number): Rgb => {
    const dx = u - 0.5;
    const dy = v - 0.5;
    const r = Math.hypot(dx, dy);
    if (r > radius) return paper;
    if (r > radius - ring) return ink;
    // Angle clockwise from straight up, in [0, 1) turns; wedge boundaries at 0, 1/3, 2/3.
    const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
    for (const edge of [0, 1 / 3, 2 / 3]) {
      // Distance from the point to the boundary ray at `edge` (only on the ray's side of the centre).
      const a = edge * 2 * Math.PI;
      const along = dx * Math.sin(a) - dy * Math.cos(a);
      const across = Math.abs(dx * Math.cos(a) + dy * Math.sin(a));
      if (along > 0 && across < gap / 2) return paper;
    }
    return wedges[Math.floor(turn * 3)] ?? paper;
  };
  return png(size, (x, y) => {
    let r = 0;
    let g = 0;
    let b = 0;
    for (let i = 0; i < SAMPLES; i++) {
      for (let j = 0; j < SAMPLES; j++) {
        const [cr, cg, cb] = colourAt((x + (i + 0.5) / SAMPLES) / size, (y + (j + 0.5) / SAMPLES) / size);
        r += cr;
        g += cg;
        b += cb;
      }
    }
    const n = SAMPLES * SAMPLES;
    return [Math.round(r / n), Math.round(g / n), Math.round(b / n)];
  });
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dir = resolve(import.meta.dirname, '../out/icons');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(resolve(dir, `icon-${size}.png`), appIcon(size));
  console.log(`wrote ${dir}`);
}
