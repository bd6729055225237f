// The static part of the board, drawn with Canvas 2D into one texture: sea, neighbouring countries
// as context, the Caspian and its crossings, the powers' home areas with their approach arrows,
// and each space filled by who controls it (colour and pattern). Redrawn only when control or the
// layout changes; everything that moves is drawn by Phaser on top.
import { hasMessage, t } from '../../i18n/catalogue.js';
import { POWERS, type Power, type SpaceId } from '../../game/index.js';
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../../palette.js';
import type { MapAsset, Pt, Ring } from '../../map-asset.js';

/** A pattern per power, so control reads without colour: Russia diagonal hatch, Turkey dots, China cross-hatch. */
const POWER_PATTERN: Readonly<Record<Power, 'hatch' | 'dots' | 'cross'>> = {
  russia: 'hatch',
  turkey: 'dots',
  china: 'cross',
};

export const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';

export interface BaseOptions {
  /** Canvas pixels per map unit. */
  readonly scale: number;
  /** Canvas pixels of map point (0, 0). */
  readonly offsetX: number;
  readonly offsetY: number;
  readonly inPlay: readonly SpaceId[];
  readonly control: Readonly<Partial<Record<SpaceId, Power | null>>>;
  /** Faded look behind the setup and debrief screens. */
  readonly dim: boolean;
}

function ringPath(ctx: CanvasRenderingContext2D, rings: readonly Ring[]): void {
  ctx.beginPath();
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
  }
}

const patternCache = new Map<string, CanvasPattern | null>();

function patternFor(ctx: CanvasRenderingContext2D, power: Power): CanvasPattern | null {
  const key = power;
  if (patternCache.has(key)) return patternCache.get(key) ?? null;
  const size = 14;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  // In memory like the layer it fills (map-renderer.ts, DomLayer): a GPU-backed tile would have
  // to be read back from the GPU into it.
  const g = tile.getContext('2d', { willReadFrequently: true });
  if (!g) return null;
  g.strokeStyle = POWER_COLOURS[power].main;
  g.fillStyle = POWER_COLOURS[power].main;
  g.lineWidth = 2.2;
  switch (POWER_PATTERN[power]) {
    case 'hatch':
      g.beginPath();
      for (let o = -size; o <= size; o += 7) {
        g.moveTo(o, size);
        g.lineTo(o + size, 0);
      }
      g.stroke();
      break;
    case 'dots':
      for (const [x, y] of [
        [3.5, 3.5],
        [10.5, 10.5],
      ] as const) {
        g.beginPath();
        g.arc(x, y, 2.1, 0, Math.PI * 2);
        g.fill();
      }
      break;
    case 'cross':
      g.lineWidth = 1.6;
      g.beginPath();
      for (let o = -size; o <= size; o += 7) {
        g.moveTo(o, size);
        g.lineTo(o + size, 0);
        g.moveTo(o, 0);
        g.lineTo(o + size, size);
      }
      g.stroke();
      break;
  }
  const pattern = ctx.createPattern(tile, 'repeat');
  patternCache.set(key, pattern);
  return pattern;
}

function arrow(ctx: CanvasRenderingContext2D, from: Pt, to: Pt, colour: string): void {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (len < 1) return;
  // Stop short of both ends so the arrow points at the border, not the centre.
  const start = 34 / len;
  const end = 1 - Math.min(0.45, 60 / len);
  const sx = x1 + dx * start;
  const sy = y1 + dy * start;
  const ex = x1 + dx * end;
  const ey = y1 + dy * end;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.globalAlpha = 0.75;
  ctx.lineWidth = 4;
  ctx.setLineDash([10, 7]);
  ctx.beginPath();
  ctx.moveTo(sx, sy);
  ctx.lineTo(ex, ey);
  ctx.stroke();
  ctx.setLineDash([]);
  const a = Math.atan2(ey - sy, ex - sx);
  ctx.beginPath();
  ctx.moveTo(ex + Math.cos(a) * 12, ey + Math.sin(a) * 12);
  ctx.lineTo(ex + Math.cos(a + 2.4) * 14, ey + Math.sin(a + 2.4) * 14);
  ctx.lineTo(ex + Math.cos(a - 2.4) * 14, ey + Math.sin(a - 2.4) * 14);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** The map point a home arrow should aim at in a space: its label point. */
function aim(asset: MapAsset, id: SpaceId): Pt {
  return asset.spaces[id].label;
}

export function drawBase(canvas: HTMLCanvasElement, asset: MapAsset, opts: BaseOptions): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { scale } = opts;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = NEUTRAL_COLOURS.sea;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, opts.offsetX, opts.offsetY);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  // Neighbouring countries; the three home areas tinted with their power's colour.
  for (const [id, country] of Object.entries(asset.context)) {
    const home = (POWERS as readonly string[]).includes(id) ? (id as Power) : null;
    ringPath(ctx, country.rings);
    ctx.fillStyle = NEUTRAL_COLOURS.context;
    ctx.fill('evenodd');
    if (home) {
      ctx.save();
      ctx.globalAlpha = 0.22;
      ctx.fillStyle = POWER_COLOURS[home].tint;
      ctx.fill('evenodd');
      ctx.restore();
    }
    ctx.strokeStyle = NEUTRAL_COLOURS.contextBorder;
    ctx.lineWidth = 1;
    ctx.stroke();
  }

  // Spaces not in this scenario look like context.
  const inPlay = new Set(opts.inPlay);
  for (const [id, space] of Object.entries(asset.spaces) as [SpaceId, MapAsset['spaces'][SpaceId]][]) {
    if (inPlay.has(id)) continue;
    ringPath(ctx, space.rings);
    ctx.fillStyle = NEUTRAL_COLOURS.context;
    ctx.fill('evenodd');
    ctx.strokeStyle = NEUTRAL_COLOURS.contextBorder;
    ctx.lineWidth = 1;
    ctx.stroke();
  }

  ringPath(ctx, asset.caspian.rings);
  ctx.fillStyle = NEUTRAL_COLOURS.caspian;
  ctx.fill('evenodd');

  // Context labels.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `italic 600 17px ${FONT_FAMILY}`;
  ctx.fillStyle = NEUTRAL_COLOURS.contextLabel;
  for (const [id, country] of Object.entries(asset.context)) {
    if (!country.label || (POWERS as readonly string[]).includes(id) || !hasMessage(`ui.context.${id}`)) continue;
    ctx.fillText(t(`ui.context.${id}`).toUpperCase(), country.label[0], country.label[1]);
  }
  for (const id of Object.keys(asset.spaces) as SpaceId[]) {
    if (inPlay.has(id)) continue;
    const label = asset.spaces[id].label;
    ctx.fillText(t(`space.${id}`).toUpperCase(), label[0], label[1]);
  }
  const caspianLabel = caspianLabelPoint(asset);
  if (caspianLabel) {
    ctx.save();
    ctx.font = `italic 600 15px ${FONT_FAMILY}`;
    ctx.fillStyle = '#35657F';
    ctx.translate(caspianLabel[0], caspianLabel[1]);
    ctx.rotate(-1.2);
    ctx.fillText(t('ui.map.caspian'), 0, 0);
    ctx.restore();
  }

  // Spaces: filled by control, with the controller's pattern.
  for (const id of opts.inPlay) {
    const space = asset.spaces[id];
    drawControl(ctx, space.rings, opts.control[id] ?? null);
  }
  for (const id of opts.inPlay) drawBorder(ctx, asset.spaces[id]);

  // The Caspian crossings.
  for (const crossing of asset.crossings) {
    if (!inPlay.has(crossing.from) || !inPlay.has(crossing.to)) continue;
    ctx.save();
    ctx.strokeStyle = NEUTRAL_COLOURS.crossing;
    ctx.lineWidth = 3;
    ctx.setLineDash([2, 7]);
    ctx.beginPath();
    crossing.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.stroke();
    ctx.restore();
  }
  const mid = asset.crossings[0]?.points[1];
  if (mid) {
    ctx.font = `italic 600 13px ${FONT_FAMILY}`;
    ctx.fillStyle = NEUTRAL_COLOURS.crossing;
    ctx.fillText(t('ui.map.crossing'), mid[0] + 4, mid[1] + 18);
  }

  // Home areas: a big name and arrows to the spaces they touch.
  for (const power of POWERS) {
    const home = asset.homes[power];
    for (const to of home.arrowsTo) if (inPlay.has(to)) arrow(ctx, home.anchor, aim(asset, to), POWER_COLOURS[power].main);
  }
  for (const power of POWERS) {
    const [x, y] = asset.homes[power].anchor;
    const text = t(`power.${power}`).toUpperCase();
    ctx.font = `800 30px ${FONT_FAMILY}`;
    const w = ctx.measureText(text).width + 28;
    ctx.fillStyle = '#ffffffdd';
    roundRect(ctx, x - w / 2, y - 24, w, 48, 10);
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = POWER_COLOURS[power].main;
    ctx.stroke();
    ctx.fillStyle = POWER_COLOURS[power].main;
    ctx.fillText(text, x, y + 1);
    ctx.font = `600 13px ${FONT_FAMILY}`;
    ctx.fillStyle = '#333';
    ctx.fillText(t('ui.map.homeArea'), x, y + 38);
  }

  if (opts.dim) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = 'rgba(245, 242, 235, 0.55)';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
}

/** A space's fill: neutral, or the controller's tint with its pattern (R3.1 made visible). */
export function drawControl(ctx: CanvasRenderingContext2D, rings: readonly Ring[], owner: Power | null, alpha = 1): void {
  ringPath(ctx, rings);
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = owner ? POWER_COLOURS[owner].tint : NEUTRAL_COLOURS.space;
  ctx.fill('evenodd');
  ctx.restore();
  if (!owner) return;
  // The pattern tile is in map units: the map transform scales it with the map.
  const pattern = patternFor(ctx, owner);
  if (!pattern) return;
  ctx.save();
  ctx.globalAlpha = 0.6;
  ctx.fillStyle = pattern;
  ctx.fill('evenodd');
  ctx.restore();
}

export function drawBorder(ctx: CanvasRenderingContext2D, space: { readonly rings: readonly Ring[]; readonly capital: Pt | null }): void {
  ringPath(ctx, space.rings);
  ctx.strokeStyle = NEUTRAL_COLOURS.spaceBorder;
  ctx.lineWidth = 1.6;
  ctx.stroke();
  if (space.capital) {
    const [x, y] = space.capital;
    ctx.beginPath();
    ctx.arc(x, y, 4.5, 0, Math.PI * 2);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#222';
    ctx.stroke();
  }
}

/** A rounded rectangle's path (CanvasRenderingContext2D.roundRect is too new for some classroom browsers). */
export function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** A point inside the Caspian for its name: the middle of its bounding box. */
function caspianLabelPoint(asset: MapAsset): Pt | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of asset.caspian.rings)
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  return Number.isFinite(minX) ? [(minX + maxX) / 2 - 8, (minY + maxY) / 2 + 40] : null;
}
