// Builds assets/map.json: the board map, pre-projected into the client's 1600×1000 virtual canvas,
// so the Phaser client needs no geo library and the drawing is identical on every machine.
//
//   npx tsx scripts/build-map.ts        (or: npm run map)
//   npx tsx scripts/build-map.ts --admin1 missing.geojson --out /tmp/map.json   (try the fallback)
//
// Inputs: Natural Earth 1:50m countries from world-atlas@2, and Kazakhstan's oblasts from
// ../shared/data/kazakhstan-admin1.geojson (see its README). If that file is missing, the three
// Kazakhstan regions are cut out of the country outline by straight lines instead.
//
// Output conventions: x grows right, y grows down; coordinates are rounded to 0.1 px; rings are
// implicitly closed (the first point is not repeated); a space's rings hold no holes, so filling
// each ring (or all of them even-odd) covers the space exactly.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoConicEqualArea, geoStream } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection, GeoStream } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { SPACE_IDS, type SpaceId, type Power } from '../src/rules/index.js';
import { t } from '../src/i18n/catalogue';
import { HELP_OPTION, exitWithUsageError, readCommandLine } from '../src/sim/command-line';
import { mapProblemText, parseMapAsset } from '../src/map-asset.js';

// ---------------------------------------------------------------------------------------------
// Settings

const WIDTH = 1600;
const HEIGHT = 1000;
const MARGIN = 40;
/**
 * Douglas–Peucker tolerance in pixels (about 1.5 km on the ground): invisible at 1:1 and barely
 * visible at 2×; 0.3 px would add 30 KB for detail that the 1:50m source hardly has.
 */
const SIMPLIFY_PX = 0.5;
/** Rings smaller than this (px²) are specks, mostly tiny islands; they only cost bytes. */
const MIN_RING_AREA = 2;
/** A context country whose visible part cannot hold a label this far from its edges gets none. */
const MIN_LABEL_CLEARANCE = 14;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--admin1 PATH` and `--out PATH` exist so that the fallback can be tried without moving files.
// Read before any work, so --help and a bad option answer at once.
const COMMAND = 'npm run map --';
const { values: ARGS } = readCommandLine(
  { args: process.argv.slice(2), options: { admin1: { type: 'string' }, out: { type: 'string' }, ...HELP_OPTION } },
  () => t('sim.usage.map'),
  COMMAND,
);
for (const name of ['admin1', 'out'] as const) if (ARGS[name] === '') exitWithUsageError(t('sim.cli.missingValue', { option: `--${name}` }), COMMAND);
const ADMIN1_PATH = resolve(ARGS.admin1 ?? resolve(ROOT, '../shared/data/kazakhstan-admin1.geojson'));
const OUT_PATH = resolve(ARGS.out ?? resolve(ROOT, 'assets/map.json'));

/** Natural Earth ids (ISO 3166-1 numeric) and names of the countries that are spaces. */
const SPACE_COUNTRIES: Readonly<Record<Exclude<SpaceId, KzRegionId>, { id: string; name: string }>> = {
  kyrgyzstan: { id: '417', name: 'Kyrgyzstan' },
  tajikistan: { id: '762', name: 'Tajikistan' },
  uzbekistan: { id: '860', name: 'Uzbekistan' },
  turkmenistan: { id: '795', name: 'Turkmenistan' },
  azerbaijan: { id: '031', name: 'Azerbaijan' },
  georgia: { id: '268', name: 'Georgia' },
  armenia: { id: '051', name: 'Armenia' },
  afghanistan: { id: '004', name: 'Afghanistan' },
};
const KAZAKHSTAN_ID = '398';

type KzRegionId = 'kz_west' | 'kz_south' | 'kz_north';
const KZ_REGIONS: Readonly<Record<KzRegionId, string>> = {
  kz_west: 'West',
  kz_south: 'South',
  kz_north: 'North',
};

/** The countries around the Caspian; the hole their union leaves is the sea. */
const CASPIAN_SHORE_IDS = ['643', '398', '795', '364', '031'];

/** Context ids for the powers' homes are fixed; other visible countries get a slug of their name. */
const CONTEXT_IDS: Readonly<Record<string, string>> = {
  '643': 'russia',
  '156': 'china',
  '364': 'iran',
  '792': 'turkey',
  '496': 'mongolia',
  '586': 'pakistan',
  '356': 'india',
};

type LonLat = readonly [number, number];

const CAPITALS: Readonly<Record<SpaceId, LonLat>> = {
  kz_north: [71.43, 51.13], // Astana
  kz_south: [76.95, 43.24], // Almaty
  kz_west: [51.2, 43.65], // Aktau
  kyrgyzstan: [74.59, 42.87], // Bishkek
  tajikistan: [68.78, 38.56], // Dushanbe
  uzbekistan: [69.24, 41.31], // Tashkent
  turkmenistan: [58.38, 37.95], // Ashgabat
  azerbaijan: [49.87, 40.41], // Baku
  georgia: [44.79, 41.72], // Tbilisi
  armenia: [44.51, 40.18], // Yerevan
  afghanistan: [69.17, 34.53], // Kabul
};

// The ferries leave from the ports, not the city centres. Both routes round the Absheron
// peninsula, Baku's port being on its south shore, so they share a waypoint off its tip.
const OFF_ABSHERON: LonLat = [50.45, 40.05];
const CROSSINGS: ReadonlyArray<{ from: SpaceId; to: SpaceId; route: readonly LonLat[] }> = [
  { from: 'kz_west', to: 'azerbaijan', route: [[51.17, 43.6], OFF_ABSHERON, [49.88, 40.34]] },
  { from: 'turkmenistan', to: 'azerbaijan', route: [[52.9, 40.0], OFF_ABSHERON, [49.88, 40.34]] },
];

// Anchors sit in the part of each home that the viewport shows, towards the side it lies on:
// Russia east of Samara (north), Turkey in eastern Anatolia (west), China in eastern Xinjiang (east).
const HOMES: Readonly<Record<Power, { anchor: LonLat; arrowsTo: readonly SpaceId[]; countryId: string }>> = {
  russia: { anchor: [52.0, 53.3], arrowsTo: ['kz_west', 'kz_north', 'azerbaijan', 'georgia'], countryId: '643' },
  turkey: { anchor: [38.5, 39.5], arrowsTo: ['georgia', 'armenia', 'azerbaijan'], countryId: '792' },
  china: { anchor: [89.5, 41.0], arrowsTo: ['kz_north', 'kz_south', 'kyrgyzstan', 'tajikistan', 'afghanistan'], countryId: '156' },
};

// ---------------------------------------------------------------------------------------------
// Output types

type Pt = [number, number];
type Ring = Pt[];

interface MapSpace {
  rings: Ring[];
  label: Pt;
  capital: Pt | null;
}
interface MapContext {
  rings: Ring[];
  label: Pt | null;
}
interface MapAsset {
  width: number;
  height: number;
  source: string;
  spaces: Record<SpaceId, MapSpace>;
  context: Record<string, MapContext>;
  caspian: { rings: Ring[] };
  crossings: Array<{ from: SpaceId; to: SpaceId; points: Pt[] }>;
  homes: Record<Power, { anchor: Pt; arrowsTo: SpaceId[] }>;
}

type CountryProps = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;
type Area = Polygon | MultiPolygon;

// ---------------------------------------------------------------------------------------------
// Planar geometry

/** Indexing that fails loudly: nothing here is sparse, so a miss is a bug, not a value. */
function at<T>(xs: readonly T[], i: number): T {
  const v = xs[i];
  if (v === undefined) throw new RangeError(`index ${i} of ${xs.length}`);
  return v;
}

const toPt = (p: Position): Pt => [at(p, 0), at(p, 1)];
const samePt = (a: Pt, b: Pt): boolean => a[0] === b[0] && a[1] === b[1];

/** Each edge of a ring whose first point is not repeated, the closing edge first. */
function* edgesOf<T>(ring: readonly T[]): Generator<readonly [T, T]> {
  let prev = ring[ring.length - 1];
  if (prev === undefined) return;
  for (const cur of ring) {
    yield [prev, cur];
    prev = cur;
  }
}

function ringArea(ring: readonly Pt[]): number {
  let sum = 0;
  for (const [a, b] of edgesOf(ring)) sum += (a[0] - b[0]) * (a[1] + b[1]);
  return sum / 2;
}

/** Even-odd over all rings, the rule a renderer uses when it fills the rings as one path. */
function insideRings(p: Pt, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (const [[xj, yj], [xi, yi]] of edgesOf(ring)) {
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function segmentDistanceSq(p: Pt, a: Pt, b: Pt): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Distance to the nearest edge; positive inside, negative outside. */
function signedDistance(p: Pt, rings: readonly Ring[]): number {
  let min = Infinity;
  for (const ring of rings) {
    for (const [a, b] of edgesOf(ring)) min = Math.min(min, segmentDistanceSq(p, a, b));
  }
  return (insideRings(p, rings) ? 1 : -1) * Math.sqrt(min);
}

interface Cell {
  x: number;
  y: number;
  h: number;
  score: number;
  bound: number;
  clearance: number;
}

/**
 * The interior point farthest from any edge (the "pole of inaccessibility", after Mapbox's
 * polylabel): unlike a centroid it is always inside, and it is where a name has the most room.
 * With `bias`, each pixel away from `centre` costs that much clearance, for shapes whose widest
 * spot is off-centre.
 */
function poleOfInaccessibility(rings: readonly Ring[], centre?: Pt, bias = 0): { point: Pt; clearance: number } {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  const makeCell = (x: number, y: number, h: number): Cell => {
    const clearance = signedDistance([x, y], rings);
    const away = centre ? Math.hypot(x - centre[0], y - centre[1]) : 0;
    const reach = h * Math.SQRT2;
    // `bound` caps the score of any point in the cell: clearance grows by at most `reach`
    // and the distance to the centre shrinks by at most `reach`.
    return { x, y, h, clearance, score: clearance - bias * away, bound: clearance + reach - bias * Math.max(0, away - reach) };
  };
  const cellSize = Math.min(maxX - minX, maxY - minY) / 4;
  if (!(cellSize > 0)) throw new Error('cannot place a label in a shape with no width');
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(makeCell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  }
  let best = queue.reduce((a, b) => (b.clearance > 0 && b.score > a.score ? b : a));
  while (queue.length > 0) {
    // A linear scan is plenty for a few hundred cells and keeps the order of visits obvious.
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (at(queue, i).bound > at(queue, top).bound) top = i;
    const cell = at(queue.splice(top, 1), 0);
    if (cell.clearance > 0 && cell.score > best.score) best = cell;
    if (cell.bound - best.score <= 0.25) continue;
    const h = cell.h / 2;
    for (const [dx, dy] of [
      [-h, -h],
      [h, -h],
      [-h, h],
      [h, h],
    ] as const)
      queue.push(makeCell(cell.x + dx, cell.y + dy, h));
  }
  return { point: [best.x, best.y], clearance: best.clearance };
}

/** Douglas–Peucker over an open polyline: which points to keep (the ends always are). */
function douglasPeuckerKeep(points: readonly Pt[], tolerance: number): boolean[] {
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const tolSq = tolerance * tolerance;
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [first, last] = top;
    let worst = -1;
    let worstSq = tolSq;
    for (let i = first + 1; i < last; i++) {
      const dSq = segmentDistanceSq(at(points, i), at(points, first), at(points, last));
      if (dSq > worstSq) {
        worst = i;
        worstSq = dSq;
      }
    }
    if (worst >= 0) {
      keep[worst] = true;
      stack.push([first, worst], [worst, last]);
    }
  }
  return keep;
}

function douglasPeucker(points: readonly Pt[], tolerance: number): Pt[] {
  const keep = douglasPeuckerKeep(points, tolerance);
  return points.filter((_, i) => keep[i]);
}

const round1 = (v: number): number => Math.round(v * 10) / 10 || 0; // `|| 0` turns -0 into 0

/** Rounds to the output grid and drops what rounding made redundant or too small to see. */
function finishRings(rings: readonly Ring[]): Ring[] {
  const out: Ring[] = [];
  for (const ring of rings) {
    const r: Ring = [];
    for (const [x, y] of ring) {
      const p: Pt = [round1(x), round1(y)];
      const prev = r[r.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) r.push(p);
    }
    while (r.length > 1 && samePt(at(r, 0), at(r, r.length - 1))) r.pop();
    if (r.length >= 3 && Math.abs(ringArea(r)) >= MIN_RING_AREA) out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Projection

/** Streams a spherical geometry through the projection (and its viewport clip) into planar rings. */
function projectRings(object: GeoPermissibleObjects, projection: GeoProjection): Ring[] {
  const rings: Ring[] = [];
  let current: Ring = [];
  const sink: GeoStream = {
    point(x, y) {
      current.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current.length > 1 && samePt(at(current, 0), at(current, current.length - 1))) current.pop();
      if (current.length >= 3) rings.push(current);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return rings;
}

function projectPoint(projection: GeoProjection, p: LonLat): Pt {
  const xy = projection([p[0], p[1]]);
  if (!xy) throw new Error(`cannot project ${p.join(',')}`);
  return [xy[0], xy[1]];
}

// ---------------------------------------------------------------------------------------------
// Natural Earth countries

function loadTopology(): CountriesTopology {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology;
}

/**
 * Simplifies the topology's arcs rather than each country's rings: neighbours share arcs, so
 * they stay seamless, and the Caspian (made from the same arcs) still meets its shores. The
 * tolerance is measured after projection, so it means the same number of pixels everywhere.
 */
function simplifyTopology(topology: CountriesTopology, projection: GeoProjection): CountriesTopology {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const lonLat = arc.map((q): Pt => {
      const [qx, qy] = toPt(q);
      if (topology.transform) {
        x += qx;
        y += qy;
      } else {
        x = qx;
        y = qy;
      }
      return [x * sx + tx, y * sy + ty];
    });
    const keep = douglasPeuckerKeep(
      lonLat.map((p) => projectPoint(projection, p)),
      SIMPLIFY_PX,
    );
    return lonLat.filter((_, i) => keep[i]);
  });
  // The arcs are now absolute lon/lat, so the result has no transform.
  return { type: 'Topology', objects: topology.objects, arcs };
}

function countryById(countries: FeatureCollection<Area, CountryProps>, id: string, name?: string): CountryFeature {
  const found = countries.features.find((f) => f.id === id);
  if (!found) throw new Error(`country ${id} not in world-atlas`);
  if (name && found.properties.name !== name) throw new Error(`country ${id} is ${found.properties.name}, expected ${name}`);
  return found;
}

function toAreaFeatures(topology: CountriesTopology): FeatureCollection<Area, CountryProps> {
  const fc = feature(topology, topology.objects.countries);
  const areas = fc.features.filter((f): f is Feature<Area, CountryProps> => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
  return { type: 'FeatureCollection', features: areas };
}

/** Natural Earth's countries leave the Caspian uncovered, so it is the hole in its shores' union. */
function caspianSea(topology: CountriesTopology): Polygon {
  const shores = topology.objects.countries.geometries.filter(
    (g): g is TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps> =>
      (g.type === 'Polygon' || g.type === 'MultiPolygon') && typeof g.id === 'string' && CASPIAN_SHORE_IDS.includes(g.id),
  );
  const union = merge(topology, shores);
  const holes = union.coordinates
    .flatMap((polygon) => polygon.slice(1))
    .filter((ring) => {
      const lons = ring.map((p) => at(p, 0));
      const lats = ring.map((p) => at(p, 1));
      return Math.min(...lons) < 48 && Math.max(...lons) > 53 && Math.min(...lats) < 38 && Math.max(...lats) > 46;
    });
  if (holes.length !== 1) throw new Error(`expected one Caspian-sized hole, found ${holes.length}`);
  // A hole runs the other way round from an outer ring; reversed, it is the sea itself.
  const sea: Polygon = { type: 'Polygon', coordinates: [at(holes, 0).slice().reverse()] };
  if (geoArea(sea) > 0.01) throw new Error('Caspian ring has the wrong winding');
  return sea;
}

// ---------------------------------------------------------------------------------------------
// Kazakhstan's play regions

interface Admin1Feature {
  properties: { name: string; play_region: string };
  geometry: Area;
}

/**
 * Merges the oblasts of each play region by cancelling the edges that two oblasts share (the
 * file's neighbours have identical vertices, see its README) and chaining what is left.
 * Returns d3-wound polygons, one per ring: the regions have no holes.
 */
function dissolveAdmin1(features: readonly Admin1Feature[]): Record<KzRegionId, MultiPolygon> {
  const out = {} as Record<KzRegionId, MultiPolygon>;
  for (const [id, region] of Object.entries(KZ_REGIONS) as Array<[KzRegionId, string]>) {
    const members = features.filter((f) => f.properties.play_region === region);
    if (members.length === 0) throw new Error(`no oblasts in play region ${region}`);
    const edges = new Map<string, { from: Pt; to: Pt }>();
    const key = (a: Pt, b: Pt): string => `${a[0]},${a[1]}>${b[0]},${b[1]}`;
    for (const f of members) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat()) {
        // GeoJSON repeats the first point at the end, so consecutive pairs are all the edges.
        let a: Pt | undefined;
        for (const b of ring.map(toPt)) {
          if (a && !samePt(a, b) && !edges.delete(key(b, a))) edges.set(key(a, b), { from: a, to: b });
          a = b;
        }
      }
    }
    const outgoing = new Map<string, Array<{ from: Pt; to: Pt }>>();
    for (const e of edges.values()) {
      const k = `${e.from[0]},${e.from[1]}`;
      const list = outgoing.get(k);
      if (list) list.push(e);
      else outgoing.set(k, [e]);
    }
    const rings: Pt[][] = [];
    for (const start of edges.values()) {
      const startKey = `${start.from[0]},${start.from[1]}`;
      const startList = outgoing.get(startKey);
      if (!startList?.includes(start)) continue; // already used by an earlier ring
      const ring: Pt[] = [];
      let edge = start;
      for (;;) {
        const k = `${edge.from[0]},${edge.from[1]}`;
        const list = outgoing.get(k) ?? [];
        list.splice(list.indexOf(edge), 1);
        ring.push(edge.from);
        const nextKey = `${edge.to[0]},${edge.to[1]}`;
        if (nextKey === startKey) break;
        const next = outgoing.get(nextKey)?.[0];
        if (!next) throw new Error(`play region ${region}: boundary does not close`);
        edge = next;
      }
      rings.push(ring);
    }
    // RFC 7946 outer rings are counter-clockwise (positive planar area with lat up); a negative one
    // would be a hole, which the README rules out and the output format cannot carry.
    for (const ring of rings) {
      const planar = ringArea(ring);
      if (planar < 0) throw new Error(`play region ${region}: unexpected hole`);
    }
    out[id] = {
      type: 'MultiPolygon',
      // d3 wants the opposite winding; closing the ring again is GeoJSON's convention.
      coordinates: rings.map((ring) => [[...ring, at(ring, 0)].reverse()]),
    };
  }
  return out;
}

/** Clips a ring to the half-plane where `side(p) >= 0` (Sutherland–Hodgman, one edge). */
function clipHalfPlane(ring: readonly Pt[], side: (p: Pt) => number): Pt[] {
  const out: Pt[] = [];
  for (const [a, b] of edgesOf(ring)) {
    const sa = side(a);
    const sb = side(b);
    if (sa >= 0) out.push(a);
    if (sa >= 0 !== sb >= 0) {
      const t = sa / (sa - sb);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  }
  return out;
}

/** Without the oblast file: West is west of 58°E, South is the rest below 46°N, North the remainder. */
function splitKazakhstan(country: CountryFeature): Record<KzRegionId, MultiPolygon> {
  const WEST_OF = 58;
  const SOUTH_OF = 46;
  const cuts: Record<KzRegionId, Array<(p: Pt) => number>> = {
    kz_west: [(p) => WEST_OF - p[0]],
    kz_south: [(p) => p[0] - WEST_OF, (p) => SOUTH_OF - p[1]],
    kz_north: [(p) => p[0] - WEST_OF, (p) => p[1] - SOUTH_OF],
  };
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const out = {} as Record<KzRegionId, MultiPolygon>;
  for (const [id, sides] of Object.entries(cuts) as Array<[KzRegionId, Array<(p: Pt) => number>]>) {
    const coordinates: Position[][][] = [];
    for (const polygon of polygons) {
      // Planar clipping of lon/lat is fine: the cut lines are a meridian and a parallel. Natural
      // Earth's Kazakhstan has no holes, so the outer ring is the whole polygon.
      let ring = at(polygon, 0).slice(0, -1).map(toPt);
      for (const side of sides) ring = clipHalfPlane(ring, side);
      if (ring.length >= 3) coordinates.push([[...ring, at(ring, 0)]]);
    }
    out[id] = { type: 'MultiPolygon', coordinates };
  }
  return out;
}

/**
 * Douglas–Peucker for planar polygons that share borders vertex for vertex: each ring is cut at
 * the vertices where the set of polygons owning it changes, and each piece is simplified in a
 * fixed direction, so the two copies of a shared border come out identical.
 */
function simplifySharedBorders(shapes: ReadonlyArray<readonly Ring[]>, tolerance: number): Ring[][] {
  const key = (p: Pt): string => `${p[0]},${p[1]}`;
  const owners = new Map<string, Set<number>>();
  shapes.forEach((rings, s) => {
    for (const ring of rings)
      for (const p of ring) {
        const set = owners.get(key(p));
        if (set) set.add(s);
        else owners.set(key(p), new Set([s]));
      }
  });
  const signature = (p: Pt): string => [...(owners.get(key(p)) ?? [])].sort().join(' ');
  return shapes.map((rings) =>
    rings.map((ring) => {
      const n = ring.length;
      const fixed: number[] = [];
      ring.forEach((p, i) => {
        const here = signature(p);
        if (!here.includes(' ')) return; // owned by this shape alone: never a junction
        if (here !== signature(at(ring, (i + n - 1) % n)) || here !== signature(at(ring, (i + 1) % n))) fixed.push(i);
      });
      const first = at(ring, 0);
      if (fixed.length === 0) {
        // A ring nobody shares: anchor it at its first point and the point farthest from that.
        const d2 = (p: Pt): number => (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2;
        let far = 0;
        ring.forEach((p, i) => {
          if (d2(p) > d2(at(ring, far))) far = i;
        });
        return [...douglasPeucker(ring.slice(0, far + 1), tolerance).slice(0, -1), ...douglasPeucker([...ring.slice(far), first], tolerance).slice(0, -1)];
      }
      const out: Ring = [];
      for (const [f, from] of fixed.entries()) {
        const to = at(fixed, (f + 1) % fixed.length);
        const piece: Pt[] = [];
        for (let i = from; ; i = (i + 1) % n) {
          piece.push(at(ring, i));
          if (i === to && piece.length > 1) break;
        }
        const forward = key(at(piece, 0)) < key(at(piece, piece.length - 1));
        const simplified = forward ? douglasPeucker(piece, tolerance) : douglasPeucker(piece.slice().reverse(), tolerance).reverse();
        out.push(...simplified.slice(0, -1));
      }
      return out;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Build

function build(): MapAsset {
  const topology = loadTopology();
  const raw = toAreaFeatures(topology);
  const spaceCountries = Object.values(SPACE_COUNTRIES).map(({ id, name }) => countryById(raw, id, name));
  const kazakhstan = countryById(raw, KAZAKHSTAN_ID, 'Kazakhstan');

  // Fit to Natural Earth's Kazakhstan, not the oblasts, so the framing does not depend on which
  // Kazakhstan source is in use.
  const gameArea: FeatureCollection<Area, CountryProps> = { type: 'FeatureCollection', features: [...spaceCountries, kazakhstan] };
  const projection = geoConicEqualArea()
    .parallels([38, 50])
    .rotate([-62, 0])
    .center([0, 43])
    // No adaptive resampling: 1:50m edges are short enough to stay straight, and resampling would
    // add points after simplification.
    .precision(0)
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      gameArea,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);

  const simplified = simplifyTopology(topology, projection);
  const countries = toAreaFeatures(simplified);

  // Kazakhstan's regions
  let kzSource: Record<KzRegionId, MultiPolygon>;
  let kzCredit: string;
  if (existsSync(ADMIN1_PATH)) {
    const admin1 = JSON.parse(readFileSync(ADMIN1_PATH, 'utf8')) as { features: Admin1Feature[] };
    kzSource = dissolveAdmin1(admin1.features);
    kzCredit = 'Kazakhstan regions from shared/data/kazakhstan-admin1.geojson';
  } else {
    console.warn(`warning: ${ADMIN1_PATH} not found; cutting Kazakhstan into regions by straight lines`);
    kzSource = splitKazakhstan(countryById(countries, KAZAKHSTAN_ID));
    kzCredit = 'Kazakhstan regions approximated by cutting the country at 58°E and 46°N';
  }
  const kzIds = Object.keys(KZ_REGIONS) as KzRegionId[];
  for (const id of kzIds) {
    if (geoArea(kzSource[id]) > 1) throw new Error(`${id}: winding is inverted`);
  }
  const kzRings = simplifySharedBorders(
    kzIds.map((id) => projectRings(kzSource[id], projection)),
    SIMPLIFY_PX,
  );

  // Spaces
  const spaceRings = {} as Record<SpaceId, Ring[]>;
  kzIds.forEach((id, i) => {
    spaceRings[id] = finishRings(at(kzRings, i));
  });
  for (const [id, { id: countryId }] of Object.entries(SPACE_COUNTRIES) as Array<[Exclude<SpaceId, KzRegionId>, { id: string }]>) {
    spaceRings[id] = finishRings(projectRings(countryById(countries, countryId), projection));
  }
  const spaces = {} as Record<SpaceId, MapSpace>;
  for (const id of SPACE_IDS) {
    const rings = spaceRings[id];
    if (rings.length === 0) throw new Error(`space ${id} has no rings`);
    for (const ring of rings)
      for (const [x, y] of ring) {
        if (x <= 0 || x >= WIDTH || y <= 0 || y >= HEIGHT) throw new Error(`space ${id} touches the viewport edge at ${x},${y}`);
      }
    // The Kazakhstan regions are long and bent; a little pull towards the middle of the region
    // keeps their labels from drifting into a far lobe.
    const { point } = id.startsWith('kz_') ? poleOfInaccessibility(rings, largestRingCentroid(rings), 0.15) : poleOfInaccessibility(rings);
    const label: Pt = [round1(point[0]), round1(point[1])];
    if (!insideRings(label, rings)) throw new Error(`label of ${id} is outside it`);
    const capital = projectPoint(projection, CAPITALS[id]).map(round1) as Pt;
    if (!insideRings(capital, rings)) throw new Error(`capital of ${id} is outside it`);
    spaces[id] = { rings, label, capital };
  }

  // Context: every other country that shows in the viewport
  const spaceCountryIds = new Set([...Object.values(SPACE_COUNTRIES).map((c) => c.id), KAZAKHSTAN_ID]);
  const contextEntries: Array<[string, MapContext]> = [];
  for (const country of countries.features) {
    const countryId = typeof country.id === 'string' ? country.id : undefined;
    if (countryId && spaceCountryIds.has(countryId)) continue;
    const rings = finishRings(projectRings(country, projection));
    if (rings.length === 0) continue;
    const id =
      (countryId && CONTEXT_IDS[countryId]) ??
      country.properties.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '');
    const { point, clearance } = poleOfInaccessibility(rings);
    const label: Pt | null = clearance >= MIN_LABEL_CLEARANCE ? [round1(point[0]), round1(point[1])] : null;
    contextEntries.push([id, { rings, label }]);
  }
  contextEntries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const context = Object.fromEntries(contextEntries);
  for (const id of Object.values(CONTEXT_IDS)) if (!context[id]) throw new Error(`context country ${id} is not in the viewport`);

  // Caspian Sea and the ferries across it
  const caspian = { rings: finishRings(projectRings(caspianSea(simplified), projection)) };
  const crossings = CROSSINGS.map(({ from, to, route }) => {
    const points = route.map((p) => projectPoint(projection, p).map(round1) as Pt);
    // The ports sit on the shore; everything between them should be at sea.
    for (let i = 0; i + 1 < points.length; i++) {
      for (let step = 1; step < 20; step++) {
        const t = step / 20;
        if ((i === 0 && t < 0.15) || (i === points.length - 2 && t > 0.85)) continue;
        const [a, b] = [at(points, i), at(points, i + 1)];
        const p: Pt = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        if (!insideRings(p, caspian.rings)) throw new Error(`crossing ${from}–${to} runs over land near ${p.map(round1).join(',')}`);
      }
    }
    return { from, to, points };
  });

  // Homes of the powers
  const homes = {} as Record<Power, { anchor: Pt; arrowsTo: SpaceId[] }>;
  for (const [power, home] of Object.entries(HOMES) as Array<[Power, (typeof HOMES)[Power]]>) {
    const anchor = projectPoint(projection, home.anchor).map(round1) as Pt;
    const contextId = CONTEXT_IDS[home.countryId];
    const country = contextId === undefined ? undefined : context[contextId];
    if (!country || !insideRings(anchor, country.rings)) throw new Error(`home anchor of ${power} is not inside ${contextId}`);
    homes[power] = { anchor, arrowsTo: [...home.arrowsTo] };
  }

  return {
    width: WIDTH,
    height: HEIGHT,
    source: `Natural Earth via world-atlas@2 (public domain); ${kzCredit}`,
    spaces,
    context,
    caspian,
    crossings,
    homes,
  };
}

function largestRingCentroid(rings: readonly Ring[]): Pt {
  const ring = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  let cx = 0,
    cy = 0,
    a2 = 0;
  for (const [a, b] of edgesOf(ring)) {
    const cross = a[0] * b[1] - b[0] * a[1];
    a2 += cross;
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  }
  return [cx / (3 * a2), cy / (3 * a2)];
}

/** JSON with one line per space, context country, crossing and home, so diffs stay readable. */
function serialise(asset: MapAsset): string {
  const lines = (entries: Array<[string, unknown]>, indent: string): string => entries.map(([k, v]) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  const parts: string[] = [];
  for (const [k, v] of Object.entries(asset)) {
    if (k === 'spaces' || k === 'context' || k === 'homes') {
      parts.push(`  ${JSON.stringify(k)}: {\n${lines(Object.entries(v as object), '    ')}\n  }`);
    } else if (k === 'crossings') {
      parts.push(`  "crossings": [\n${(v as unknown[]).map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]`);
    } else {
      parts.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    }
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

const asset = build();
const text = serialise(asset);
// The client refuses a map that does not match its schema: refuse to write one.
const checked = parseMapAsset(JSON.parse(text));
if (!checked.ok) {
  console.error(`build-map: not written, ${mapProblemText(checked.problem)}`);
  process.exit(1);
}
mkdirSync(dirname(OUT_PATH), { recursive: true });
writeFileSync(OUT_PATH, text);
const points = (rings: Ring[]): number => rings.reduce((n, r) => n + r.length, 0);
const total =
  Object.values(asset.spaces).reduce((n, s) => n + points(s.rings), 0) + Object.values(asset.context).reduce((n, c) => n + points(c.rings), 0) + points(asset.caspian.rings);
console.log(`wrote ${OUT_PATH}: ${(text.length / 1024).toFixed(1)} KB, ${total} points, ${Object.keys(asset.context).length} context countries`);
