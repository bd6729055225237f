// The pre-projected board map (assets/map.json, built by scripts/build-map.ts): plain polygons in a
// 1600×1000 virtual canvas, so the client needs no geo library. Checked on load against the schema
// below, so a damaged file gets a message that names the wrong field instead of a crash in drawing.
import { z } from 'zod';
import { t } from './i18n/catalogue.js';
import { POWERS, SPACE_IDS, type Power, type SpaceId } from './rules/index.js';

export type Pt = readonly [number, number];
export type Ring = readonly Pt[];

export interface MapSpace {
  readonly rings: readonly Ring[];
  readonly label: Pt;
  readonly capital: Pt | null;
}

export interface MapAsset {
  readonly width: number;
  readonly height: number;
  readonly source: string;
  readonly spaces: Readonly<Record<SpaceId, MapSpace>>;
  readonly context: Readonly<Record<string, { readonly rings: readonly Ring[]; readonly label: Pt | null }>>;
  readonly caspian: { readonly rings: readonly Ring[] };
  readonly crossings: readonly { readonly from: SpaceId; readonly to: SpaceId; readonly points: readonly Pt[] }[];
  readonly homes: Readonly<Record<Power, { readonly anchor: Pt; readonly arrowsTo: readonly SpaceId[] }>>;
}

/** What a part of the map should have been, as the last part of a key `ui.mapAsset.expect.<key>`. */
export const MAP_EXPECTATIONS = [
  'map',
  'number',
  'text',
  'point',
  'points',
  'rings',
  'space',
  'spaces',
  'context',
  'contexts',
  'caspian',
  'crossing',
  'crossings',
  'home',
  'homes',
  'spaceId',
  'spaceIds',
] as const;
type MapExpectation = (typeof MAP_EXPECTATIONS)[number];

/** Why a map text was refused: the field's path and what it should have been (codes, not words). */
export type MapProblem = { readonly code: 'missing'; readonly field: string } | { readonly code: 'field'; readonly field: string; readonly expected: MapExpectation };

const MISSING = 'missing';

function expecting(expected: MapExpectation): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? MISSING : expected) };
}

const point = z.tuple([z.number(expecting('number')), z.number(expecting('number'))], expecting('point'));
const rings = z.array(z.array(point, expecting('points')), expecting('rings'));
const spaceId = z.enum(SPACE_IDS, expecting('spaceId'));

/** The shape of assets/map.json; scripts/build-map.ts checks its output against it too. */
export const mapAssetSchema = z.object(
  {
    width: z.number(expecting('number')).positive(expecting('number')),
    height: z.number(expecting('number')).positive(expecting('number')),
    source: z.string(expecting('text')),
    spaces: z.record(spaceId, z.object({ rings, label: point, capital: point.nullable() }, expecting('space')), expecting('spaces')),
    context: z.record(z.string(), z.object({ rings, label: point.nullable() }, expecting('context')), expecting('contexts')),
    caspian: z.object({ rings }, expecting('caspian')),
    crossings: z.array(z.object({ from: spaceId, to: spaceId, points: z.array(point, expecting('points')) }, expecting('crossing')), expecting('crossings')),
    homes: z.record(z.enum(POWERS), z.object({ anchor: point, arrowsTo: z.array(spaceId, expecting('spaceIds')) }, expecting('home')), expecting('homes')),
  },
  expecting('map'),
);

export type ParsedMap = { readonly ok: true; readonly asset: MapAsset } | { readonly ok: false; readonly problem: MapProblem };

// A plain check of exactly the schema's shape, with no extra keys. The map is thousands of points,
// and the schema spent over a hundred milliseconds on them on a throttled page, before the first map
// could be drawn; the plain loops take a few. A map that fails them goes through the schema, which
// finds and names the problem (or accepts it, dropping keys it does not know), so the plain check
// only ever speeds up a map the schema would take as it is.
type Plain = Readonly<Record<string, unknown>>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasOnly(v: Plain, keys: readonly string[]): boolean {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => k in v);
}

function isPoint(v: unknown): boolean {
  return Array.isArray(v) && v.length === 2 && Number.isFinite(v[0]) && Number.isFinite(v[1]);
}

function isPoints(v: unknown): boolean {
  return Array.isArray(v) && v.every(isPoint);
}

function isRings(v: unknown): boolean {
  return Array.isArray(v) && v.every(isPoints);
}

function isIdList(v: unknown, ids: readonly string[]): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && ids.includes(x));
}

/** A record with exactly `ids` as keys (the schema's enum-keyed records are exhaustive), each value passing `value`. */
function isExactRecord(v: unknown, ids: readonly string[], value: (x: unknown) => boolean): boolean {
  return isPlain(v) && hasOnly(v, ids) && ids.every((id) => value(v[id]));
}

function isPlainMap(raw: unknown): raw is MapAsset {
  if (!isPlain(raw) || !hasOnly(raw, ['width', 'height', 'source', 'spaces', 'context', 'caspian', 'crossings', 'homes'])) return false;
  const { width, height, source, spaces, context, caspian, crossings, homes } = raw;
  if (!(Number.isFinite(width) && (width as number) > 0 && Number.isFinite(height) && (height as number) > 0 && typeof source === 'string')) return false;
  const space = (v: unknown): boolean =>
    isPlain(v) && hasOnly(v, ['rings', 'label', 'capital']) && isRings(v.rings) && isPoint(v.label) && (v.capital === null || isPoint(v.capital));
  if (!isExactRecord(spaces, SPACE_IDS, space)) return false;
  const country = (v: unknown): boolean => isPlain(v) && hasOnly(v, ['rings', 'label']) && isRings(v.rings) && (v.label === null || isPoint(v.label));
  if (!isPlain(context) || !Object.values(context).every(country)) return false;
  if (!isPlain(caspian) || !hasOnly(caspian, ['rings']) || !isRings(caspian.rings)) return false;
  const crossing = (v: unknown): boolean => isPlain(v) && hasOnly(v, ['from', 'to', 'points']) && isIdList([v.from, v.to], SPACE_IDS) && isPoints(v.points);
  if (!Array.isArray(crossings) || !crossings.every(crossing)) return false;
  const home = (v: unknown): boolean => isPlain(v) && hasOnly(v, ['anchor', 'arrowsTo']) && isPoint(v.anchor) && isIdList(v.arrowsTo, SPACE_IDS);
  return isExactRecord(homes, POWERS, home);
}

/** Check a loaded map: the renderer trusts the shape after this. */
export function parseMapAsset(raw: unknown): ParsedMap {
  if (isPlainMap(raw)) return { ok: true, asset: raw };
  const parsed = mapAssetSchema.safeParse(raw);
  if (parsed.success) return { ok: true, asset: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  const message = issue?.message ?? 'map';
  if (message === MISSING) return { ok: false, problem: { code: 'missing', field } };
  const expected = (MAP_EXPECTATIONS as readonly string[]).includes(message) ? (message as MapExpectation) : 'map';
  return { ok: false, problem: { code: 'field', field, expected } };
}

/** The problem in words: "spaces.kz_west.label should be a point [x, y]". */
export function mapProblemText(problem: MapProblem): string {
  if (problem.code === 'missing') return t('ui.mapAsset.problem.missing', { field: problem.field });
  const expected = t(`ui.mapAsset.expect.${problem.expected}`);
  return problem.field === '' ? t('ui.mapAsset.problem.wholeFile', { expected }) : t('ui.mapAsset.problem.field', { field: problem.field, expected });
}

/** Even–odd point-in-polygon over all rings of a space. */
export function insideRings(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

/** The space under a point of the virtual canvas, if any (spaces in play only). */
export function spaceAt(asset: MapAsset, inPlay: readonly SpaceId[], x: number, y: number): SpaceId | null {
  for (const id of inPlay) if (insideRings(asset.spaces[id].rings, x, y)) return id;
  return null;
}
