// Where each space's plate goes on screen: touching its own country, inside the map's view, and
// clear of every other plate. Plain geometry in CSS px (no Phaser, no DOM), so it is tested on its
// own (tests/client/plate-layout.test.ts) and the renderer only draws what it returns.
//
// Greedy placement: the most cramped countries (smallest on screen) choose first, each takes the
// free position nearest its label point among positions on rings around it: one whose centre is
// on the country if there is one, else one that at least touches it. A plate that finds
// no position makes the whole layout report `complete: false`; the renderer then draws smaller
// plates and asks again, so plates shrink on a small map rather than overlap or drift away to a
// neighbour's territory (the old push-apart layout did both in portrait).
import { insideRings, type Pt, type Ring } from '../../map-asset.js';

export interface PlateRequest {
  readonly id: string;
  readonly w: number;
  readonly h: number;
  /** The label point, where the plate would sit if nothing were in the way. */
  readonly anchor: Pt;
  /** The country's outline in screen px. */
  readonly rings: readonly Ring[];
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlateLayout {
  /** Plate centres by id; countries outside the view get none. */
  readonly centres: ReadonlyMap<string, Pt>;
  /** Every country in view found a free place touching it. */
  readonly complete: boolean;
}

/** Space left between two plates, and between a plate and the view's edge (CSS px). */
export const PLATE_GAP = 4;

/** The 16 directions tried on each ring, starting straight up (plates read best above or below a point). */
const DIRECTIONS: readonly Pt[] = Array.from({ length: 16 }, (_, i) => {
  const a = -Math.PI / 2 + (i * Math.PI) / 8;
  return [Math.cos(a), Math.sin(a)] as const;
});

/**
 * `force`: a plate with no free place still gets the place touching its country where it overlaps
 * the others least (the renderer asks for this only once its plates are as small as they go, so
 * that the whole-board view never loses a plate).
 */
export function placePlates(
  requests: readonly PlateRequest[],
  view: { readonly width: number; readonly height: number },
  force = false,
  /** Parts of the view that controls cover (the map's view buttons): no plate goes under them. */
  reserved: readonly Rect[] = [],
): PlateLayout {
  const viewRect: Rect = { x: 0, y: 0, w: view.width, h: view.height };
  const inView = requests.filter((r) => rectTouchesRings(viewRect, r.rings));
  // The smallest country on screen has the fewest places to put its plate: it chooses first.
  const order = [...inView].sort((a, b) => ringsArea(a.rings) - ringsArea(b.rings) || a.id.localeCompare(b.id));
  const placed: Rect[] = [...reserved];
  const centres = new Map<string, Pt>();
  let complete = true;
  for (const r of order) {
    const at = firstFreeSpot(r, placed, view) ?? (force ? leastCrowdedSpot(r, placed, view) : null);
    if (!at) {
      complete = false;
      continue;
    }
    if (force && placed.some((p) => overlaps(p, rectAround(at, r.w, r.h), 0))) complete = false;
    centres.set(r.id, at);
    placed.push(rectAround(at, r.w, r.h));
  }
  return { centres, complete };
}

function firstFreeSpot(r: PlateRequest, placed: readonly Rect[], view: { readonly width: number; readonly height: number }): Pt | null {
  let touching: Pt | null = null;
  for (const c of candidates(r)) {
    const rect = rectAround(c, r.w, r.h);
    if (!fitsView(rect, view) || placed.some((p) => overlaps(p, rect, PLATE_GAP))) continue;
    if (insideRings(r.rings, c[0], c[1])) return c;
    if (touching === null && rectTouchesRings(rect, r.rings)) touching = c;
  }
  return touching;
}

/** Candidate centres around the label point, nearest first, on rings out to the plate's size. */
function* candidates(r: PlateRequest): Generator<Pt> {
  const step = Math.max(6, Math.min(r.w, r.h) / 4);
  const reach = r.w + r.h;
  const [ax, ay] = r.anchor;
  yield [ax, ay];
  for (let radius = step; radius <= reach; radius += step) for (const [dx, dy] of DIRECTIONS) yield [ax + dx * radius, ay + dy * radius];
}

function fitsView(rect: Rect, view: { readonly width: number; readonly height: number }): boolean {
  return rect.x >= PLATE_GAP && rect.y >= PLATE_GAP && rect.x + rect.w <= view.width - PLATE_GAP && rect.y + rect.h <= view.height - PLATE_GAP;
}

function leastCrowdedSpot(r: PlateRequest, placed: readonly Rect[], view: { readonly width: number; readonly height: number }): Pt | null {
  let best: Pt | null = null;
  let bestArea = Infinity;
  for (const c of candidates(r)) {
    const rect = rectAround(c, r.w, r.h);
    if (!fitsView(rect, view) || !rectTouchesRings(rect, r.rings)) continue;
    const area = placed.reduce(
      (sum, p) => sum + Math.max(0, Math.min(p.x + p.w, rect.x + rect.w) - Math.max(p.x, rect.x)) * Math.max(0, Math.min(p.y + p.h, rect.y + rect.h) - Math.max(p.y, rect.y)),
      0,
    );
    if (area < bestArea) {
      best = c;
      bestArea = area;
    }
  }
  return best ?? r.anchor;
}

export function rectAround([cx, cy]: Pt, w: number, h: number): Rect {
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

/** The two rectangles come closer than `gap`. */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** The rectangle and the filled rings share a point: a vertex inside the rectangle, a corner inside the shape, or crossing edges. */
export function rectTouchesRings(rect: Rect, rings: readonly Ring[]): boolean {
  const x2 = rect.x + rect.w;
  const y2 = rect.y + rect.h;
  for (const ring of rings) for (const [x, y] of ring) if (x >= rect.x && x <= x2 && y >= rect.y && y <= y2) return true;
  const corners: Pt[] = [
    [rect.x, rect.y],
    [x2, rect.y],
    [x2, y2],
    [rect.x, y2],
  ];
  if (corners.some(([x, y]) => insideRings(rings, x, y))) return true;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      for (let k = 0; k < 4; k++) {
        const c = corners[k];
        const d = corners[(k + 1) % 4];
        if (c && d && segmentsCross(a, b, c, d)) return true;
      }
    }
  }
  return false;
}

function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const side = (p: Pt, q: Pt, r: Pt): number => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = side(c, d, a);
  const d2 = side(c, d, b);
  const d3 = side(a, b, c);
  const d4 = side(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Area by the shoelace formula (rings of one country do not overlap). */
function ringsArea(rings: readonly Ring[]): number {
  let total = 0;
  for (const ring of rings) {
    let sum = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a && b) sum += (b[0] + a[0]) * (b[1] - a[1]);
    }
    total += Math.abs(sum / 2);
  }
  return total;
}
