// The pre-projected board map (assets/map.json, built by scripts/build-map.ts): plain polygons in a
// 1600×1000 virtual canvas, so the client needs no geo library. Checked on load.
import { POWERS, SPACE_IDS, type Power, type SpaceId } from '../../game/index.js';

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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A light structural check: the renderer trusts the shape after this. */
export function asMapAsset(raw: unknown): MapAsset | null {
  if (!isObject(raw) || typeof raw.width !== 'number' || typeof raw.height !== 'number') return null;
  const spaces = raw.spaces;
  if (!isObject(spaces) || !SPACE_IDS.every((id) => isObject(spaces[id]) && Array.isArray((spaces[id] as Record<string, unknown>).rings))) return null;
  const homes = raw.homes;
  if (!isObject(homes) || !POWERS.every((p) => isObject(homes[p]))) return null;
  if (!isObject(raw.context) || !isObject(raw.caspian) || !Array.isArray(raw.crossings)) return null;
  return raw as unknown as MapAsset;
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
