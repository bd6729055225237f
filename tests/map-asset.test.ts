// Checks the built map asset (assets/map.json, made by scripts/build-map.ts) for the properties the
// client relies on: every space drawable and in view, labels inside their spaces, the geography
// the right way round, and the routes and homes pointing at real spaces.

import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POWERS, SPACE_IDS, type Power } from '../src/rules/index.js';

type Pt = [number, number];
type Ring = Pt[];

interface MapAsset {
  width: number;
  height: number;
  source: string;
  spaces: Record<string, { rings: Ring[]; label: Pt; capital: Pt | null }>;
  context: Record<string, { rings: Ring[]; label: Pt | null }>;
  caspian: { rings: Ring[] };
  crossings: Array<{ from: string; to: string; points: Pt[] }>;
  homes: Record<string, { anchor: Pt; arrowsTo: string[] }>;
}

const MAP_URL = new URL('../assets/map.json', import.meta.url);
const map = JSON.parse(readFileSync(MAP_URL, 'utf8')) as MapAsset;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`map.json has no ${what}`);
  return value;
}

/** Each edge of a ring whose first point is not repeated, the closing edge first. */
function edgesOf(ring: readonly Pt[]): Array<[Pt, Pt]> {
  return ring.map((p, i) => [ring[i - 1] ?? must(ring[ring.length - 1], 'point'), p]);
}

function insideEvenOdd(p: Pt, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (const [[xj, yj], [xi, yi]] of edgesOf(ring)) {
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Shoelace area of the rings; the asset's rings have no holes, so the areas simply add up. */
function area(rings: readonly Ring[]): number {
  let total = 0;
  for (const ring of rings) {
    let sum = 0;
    for (const [a, b] of edgesOf(ring)) sum += a[0] * b[1] - b[0] * a[1];
    total += Math.abs(sum) / 2;
  }
  return total;
}

function distanceToRings(p: Pt, rings: readonly Ring[]): number {
  let min = Infinity;
  for (const ring of rings) {
    for (const [[ax, ay], [bx, by]] of edgesOf(ring)) {
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)));
      min = Math.min(min, Math.hypot(p[0] - (ax + dx * t), p[1] - (ay + dy * t)));
    }
  }
  return min;
}

type Space = MapAsset['spaces'][string];
const space = (id: string): Space => must(map.spaces[id], `space ${id}`);
const home = (power: Power): MapAsset['homes'][string] => must(map.homes[power], `home ${power}`);
const inView = ([x, y]: Pt): boolean => x >= 0 && x <= map.width && y >= 0 && y <= map.height;

describe('map asset', () => {
  it('is a 1600×1000 canvas and stays small', () => {
    expect(map.width).toBe(1600);
    expect(map.height).toBe(1000);
    expect(statSync(MAP_URL).size).toBeLessThan(150 * 1024);
  });

  it('has exactly the game spaces, each with a real polygon', () => {
    expect(Object.keys(map.spaces).sort()).toEqual([...SPACE_IDS].sort());
    for (const id of SPACE_IDS) {
      expect(
        space(id).rings.some((ring) => ring.length >= 4),
        id,
      ).toBe(true);
    }
  });

  it('keeps every space inside the canvas', () => {
    const outside = SPACE_IDS.flatMap((id) =>
      space(id)
        .rings.flat()
        .filter((p) => !inView(p))
        .map((p) => `${id} at ${p.join(',')}`),
    );
    expect(outside).toEqual([]);
  });

  it('puts each label, and each capital, inside its own space', () => {
    for (const id of SPACE_IDS) {
      const { rings, label, capital } = space(id);
      expect(insideEvenOdd(label, rings), `label of ${id}`).toBe(true);
      if (capital) expect(insideEvenOdd(capital, rings), `capital of ${id}`).toBe(true);
    }
  });

  it('makes Kazakhstan bigger than any other space', () => {
    const kazakhstan = area(space('kz_west').rings) + area(space('kz_south').rings) + area(space('kz_north').rings);
    for (const id of SPACE_IDS.filter((s) => !s.startsWith('kz_'))) {
      expect(kazakhstan, id).toBeGreaterThan(area(space(id).rings));
    }
  });

  it('keeps areas true to the ground (the projection is equal-area)', () => {
    // Only the oblast source has known region sizes: 730,700, 706,600 and 1,275,500 km²
    // (shared/data/README.md). The straight-line fallback would not match them.
    if (!map.source.includes('kazakhstan-admin1')) return;
    const north = area(space('kz_north').rings);
    expect(area(space('kz_west').rings) / north).toBeCloseTo(730.7 / 1275.5, 2);
    expect(area(space('kz_south').rings) / north).toBeCloseTo(706.6 / 1275.5, 2);
  });

  it('has north up and west left', () => {
    expect(space('kz_west').label[0]).toBeLessThan(space('kz_north').label[0]);
    expect(space('kz_west').label[0]).toBeLessThan(space('kz_south').label[0]);
    expect(space('georgia').label[0]).toBeLessThan(space('kz_west').label[0]);
    expect(space('kz_north').label[1]).toBeLessThan(space('kz_south').label[1]);
    expect(space('kz_south').label[1]).toBeLessThan(space('afghanistan').label[1]);
    // Astana is north of Almaty, Tbilisi west of Baku.
    expect(space('kz_north').capital![1]).toBeLessThan(space('kz_south').capital![1]);
    expect(space('georgia').capital![0]).toBeLessThan(space('azerbaijan').capital![0]);
  });

  it('draws the Caspian Sea between the Caucasus and Central Asia', () => {
    const sea = map.caspian.rings;
    expect(sea.length).toBeGreaterThan(0);
    const seaArea = area(sea);
    expect(seaArea).toBeGreaterThan(area(space('georgia').rings));
    expect(seaArea).toBeLessThan(area(space('kz_north').rings));
    const cx = sea.flat().reduce((s, p) => s + p[0], 0) / sea.flat().length;
    expect(cx).toBeGreaterThan(space('azerbaijan').label[0]);
    expect(cx).toBeLessThan(space('turkmenistan').label[0]);
  });

  it('has ferry crossings that join the spaces they name', () => {
    expect(map.crossings.length).toBeGreaterThanOrEqual(2);
    for (const { from, to, points } of map.crossings) {
      expect(SPACE_IDS).toContain(from);
      expect(SPACE_IDS).toContain(to);
      expect(points.length).toBeGreaterThanOrEqual(2);
      const start = must(points[0], 'crossing start');
      const end = must(points[points.length - 1], 'crossing end');
      // Ports sit on the shore, so allow a few pixels either side of the coastline.
      expect(distanceToRings(start, space(from).rings), `${from} port`).toBeLessThan(6);
      expect(distanceToRings(end, space(to).rings), `${to} port`).toBeLessThan(6);
    }
  });

  it('has context countries, and a visible home for each power', () => {
    for (const id of ['russia', 'china', 'iran', 'turkey', 'mongolia', 'pakistan']) {
      expect(map.context[id]?.rings.length ?? 0, id).toBeGreaterThan(0);
    }
    expect(Object.keys(map.homes).sort()).toEqual([...POWERS].sort());
    for (const power of POWERS) {
      const { anchor, arrowsTo } = home(power);
      const country = must(map.context[power], `context ${power}`);
      expect(inView(anchor), power).toBe(true);
      expect(insideEvenOdd(anchor, country.rings), `${power} anchor`).toBe(true);
      expect(arrowsTo.length).toBeGreaterThan(0);
      for (const target of arrowsTo) expect(SPACE_IDS).toContain(target);
    }
    expect(home('russia').anchor[1]).toBeLessThan(space('kz_south').label[1]);
    expect(home('turkey').anchor[0]).toBeLessThan(space('georgia').label[0]);
    expect(home('china').anchor[0]).toBeGreaterThan(space('kz_south').label[0]);
  });
});
