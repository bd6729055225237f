// One palette (src/palette.ts) for the board, the panels and the runner's report: the report and
// the stylesheet use its values and no power colours of their own, every colour the stylesheet
// names is defined, and the power colours stay apart for colour-blind viewers and readable on the
// game's background.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paletteProperties } from '../src/client/palette-css.js';
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../src/palette.js';
import { POWERS } from '../src/rules/index.js';
import { aggregate } from '../src/sim/aggregate.js';
import { renderReport } from '../src/sim/report.js';
import { META, record } from './sim/records.js';

const STYLES = readFileSync(new URL('../src/client/styles.css', import.meta.url), 'utf8');
/** The report page's modules: report.ts and the sections and pieces it is built from. */
const REPORT_SOURCE = ['report.ts', 'report-design.ts', 'report-html.ts'].map((file) => readFileSync(new URL(`../src/sim/${file}`, import.meta.url), 'utf8')).join('\n');
/** The colours the report and the game used before there was one palette. */
const OLD_POWER_COLOURS = ['#3a5da8', '#c0392b', '#d4a017', '#f8dcc8', '#cfe3f1', '#c9ebdf', '#5b2a0c', '#0b3654', '#08493a'];

const paletteHexes = [...POWERS.flatMap((p) => [POWER_COLOURS[p].main, POWER_COLOURS[p].tint, POWER_COLOURS[p].shade]), ...Object.values(NEUTRAL_COLOURS)].map((h: string) =>
  h.toLowerCase(),
);

function hexLiterals(text: string): string[] {
  return [...text.matchAll(/#[0-9a-fA-F]{6}\b/g)].map((m) => m[0].toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Colour science: sRGB → linear, simulated colour-vision deficiencies (Machado, Oliveira and
// Fernandes 2009, severity 1), CIELAB distance and WCAG contrast.

type Rgb = readonly [number, number, number];

function linear(hex: string): Rgb {
  const channel = (i: number): number => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}

const VISION: Record<string, readonly Rgb[]> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function seenAs(rgb: Rgb, matrix: readonly Rgb[]): Rgb {
  const clamp = (x: number): number => Math.min(1, Math.max(0, x));
  const [r, g, b] = rgb;
  const row = (i: number): number => {
    const m = matrix[i] ?? [0, 0, 0];
    return clamp(m[0] * r + m[1] * g + m[2] * b);
  };
  return [row(0), row(1), row(2)];
}

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('the one palette', () => {
  it('colours the report: every power bar is the palette colour, and report.ts has no power colour of its own', () => {
    const summary = aggregate(META, [record(0, { winner: 'russia' }), record(1, { winner: 'turkey' }), record(2, { winner: 'china' })]);
    const html = renderReport(summary, { chartJs: 'window.Chart = function () {};' });
    for (const p of POWERS) expect(html).toContain(POWER_COLOURS[p].main);
    for (const hex of hexLiterals(REPORT_SOURCE)) {
      expect(paletteHexes, `${hex} in the report's modules is a palette colour written twice`).not.toContain(hex);
      expect(OLD_POWER_COLOURS).not.toContain(hex);
    }
  });

  it('colours the stylesheet: no palette hex is written in styles.css, and every colour it names is defined', () => {
    for (const hex of hexLiterals(STYLES)) {
      expect(paletteHexes, `${hex} in styles.css belongs in the palette`).not.toContain(hex);
      expect(OLD_POWER_COLOURS).not.toContain(hex);
    }
    const defined = new Set([...paletteProperties().keys(), ...[...STYLES.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])]);
    const used = new Set([...STYLES.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] ?? ''));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(defined, `${name} is used but never set`).toContain(name);
    for (const p of POWERS) {
      expect(used).toContain(`--${p}`);
      expect(paletteProperties().get(`--${p}`)).toBe(POWER_COLOURS[p].main);
    }
  });

  it('keeps the three powers apart in typical vision and in the three colour-vision deficiencies', () => {
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (const [i, a] of POWERS.entries()) {
        for (const b of POWERS.slice(i + 1)) {
          const d = distance(lab(seenAs(linear(POWER_COLOURS[a].main), matrix)), lab(seenAs(linear(POWER_COLOURS[b].main), matrix)));
          expect(d, `${a} and ${b} under ${vision}`).toBeGreaterThan(15);
        }
      }
    }
  });

  it('makes each power colour readable on the paper and on white (3:1, the contrast for graphics and large text)', () => {
    for (const p of POWERS) {
      expect(contrast(POWER_COLOURS[p].main, NEUTRAL_COLOURS.paper)).toBeGreaterThanOrEqual(3);
      expect(contrast(POWER_COLOURS[p].main, '#ffffff')).toBeGreaterThanOrEqual(3);
      // Tints sit under dark labels on the map.
      expect(contrast(POWER_COLOURS[p].tint, '#111111')).toBeGreaterThanOrEqual(7);
    }
  });
});
