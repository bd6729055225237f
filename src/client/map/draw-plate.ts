// One space's plate (name, stability, value, blocs, Turkic mark, influence markers, target ring,
// controller's corner flag) drawn with Canvas 2D onto one canvas, which the map scene shows as a
// single texture. A plate made of Phaser Texts and Graphics cost a canvas and a texture per label
// (about 120 on the classroom map, each measured on creation) and re-tessellated every shape on
// every frame; one canvas per plate is measured and painted only when what it shows changes.
// Sizes are in CSS px; `res` canvas pixels per CSS px keeps the text sharp on dense screens.
import type { Power } from '../../game/index.js';
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../../palette.js';
import { FONT_FAMILY, roundRect } from './draw-base.js';

export interface PlateBadge {
  readonly label: string;
  readonly fill: string;
  readonly colour: string;
}

export interface PlateMarker {
  readonly power: Power;
  readonly value: number;
  /** China's investment in the space, shown on its marker (0 elsewhere). */
  readonly investment: number;
}

/** What a plate shows; equal faces draw equal plates. */
export interface PlateFace {
  readonly name: string;
  readonly badges: readonly PlateBadge[];
  /** Every power's marker, in the powers' order; those at 0 are not drawn. */
  readonly markers: readonly PlateMarker[];
  readonly owner: Power | null;
  readonly target: boolean;
  /** The text scale (1 = natural size). */
  readonly scale: number;
  /** Plates are at least this tall (a finger's size on touch screens), in CSS px. */
  readonly minHeight: number;
}

/** Where a plate's parts are, in CSS px from its top-left corner. */
export interface PlateBox {
  readonly w: number;
  readonly h: number;
  /** Canvas margin around the plate for the target ring and the border drawn past its edge. */
  readonly margin: number;
  /** The centre of each drawn marker (a power at 0 has none). */
  readonly markers: ReadonlyMap<Power, { readonly x: number; readonly y: number }>;
}

/** Ascent and descent of a font, as Phaser measured them for its Texts (the same test string). */
interface FontMetrics {
  readonly ascent: number;
  readonly descent: number;
}

const TEST_STRING = '|MÉqgy';
const metricsCache = new Map<string, FontMetrics>();

export function plateFont(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
}

/** Measured once per font: every plate's labels share a handful of fonts. */
function metricsOf(ctx: CanvasRenderingContext2D, font: string): FontMetrics {
  const known = metricsCache.get(font);
  if (known) return known;
  ctx.font = font;
  const m = ctx.measureText(TEST_STRING);
  const metrics = { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
  metricsCache.set(font, metrics);
  return metrics;
}

/** A label's box: its advance width and the font's height. */
function textBox(ctx: CanvasRenderingContext2D, text: string, font: string): { w: number; h: number; ascent: number } {
  const { ascent, descent } = metricsOf(ctx, font);
  ctx.font = font;
  return { w: ctx.measureText(text).width, h: ascent + descent, ascent };
}

interface Sizes {
  readonly L: number;
  readonly pad: number;
  readonly markerSize: number;
}

function sizes(face: PlateFace): Sizes {
  const L = face.scale;
  return { L, pad: 6 * L, markerSize: 21 * L };
}

/** Measure the plate `face` would draw (`ctx` only measures text). */
export function layoutPlate(ctx: CanvasRenderingContext2D, face: PlateFace): PlateBox {
  const { L, pad, markerSize } = sizes(face);
  const name = textBox(ctx, face.name, plateFont(13 * L, true));
  const badgeFont = plateFont(10 * L, true);
  let badgesWidth = 0;
  for (const badge of face.badges) badgesWidth += textBox(ctx, badge.label, badgeFont).w + 7 * L + 3 * L;
  badgesWidth = Math.max(0, badgesWidth - 3 * L);
  const badgesY = pad - 1 + name.h + 2 * L;
  const markersY = badgesY + 15 * L + 5 * L;
  const markers = new Map<Power, { x: number; y: number }>();
  let mx = 0;
  for (const marker of face.markers) {
    if (marker.value <= 0) continue;
    markers.set(marker.power, { x: pad + mx + markerSize / 2, y: markersY + markerSize / 2 });
    mx += markerSize + 6 * L;
  }
  const rowsW = Math.max(name.w, badgesWidth, mx - 6 * L);
  const w = rowsW + pad * 2;
  const h = Math.max(face.minHeight, badgesY + 15 * L + (mx > 0 ? markerSize + 5 * L : 0) + pad);
  // The target ring reaches 2 px and half its width past the plate; the border half its width.
  return { w, h, margin: Math.ceil(2 + 2 * L + 1), markers };
}

/** Paint `face` laid out as `box` on `ctx`, whose canvas is (box + margins) × `res` pixels. */
export function drawPlate(ctx: CanvasRenderingContext2D, face: PlateFace, box: PlateBox, res: number): void {
  const { L, pad, markerSize } = sizes(face);
  const { w, h, margin } = box;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(res, 0, 0, res, margin * res, margin * res);
  ctx.lineJoin = 'round';

  // The plate, its target ring, its border in the controller's colour, and the corner flag.
  roundRect(ctx, 0, 0, w, h, 6 * L);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.93)';
  ctx.fill();
  if (face.target) {
    roundRect(ctx, -2, -2, w + 4, h + 4, 7 * L);
    ctx.lineWidth = 4 * L;
    ctx.strokeStyle = NEUTRAL_COLOURS.highlight;
    ctx.stroke();
  }
  roundRect(ctx, 0, 0, w, h, 6 * L);
  ctx.lineWidth = face.owner ? 3 * L : 1.2;
  ctx.strokeStyle = face.owner ? POWER_COLOURS[face.owner].main : '#333333';
  ctx.stroke();
  if (face.owner) {
    // A corner flag in the controller's colour, beside the pattern on the map.
    ctx.beginPath();
    ctx.moveTo(w - 16 * L, 0);
    ctx.lineTo(w, 0);
    ctx.lineTo(w, 16 * L);
    ctx.closePath();
    ctx.fillStyle = POWER_COLOURS[face.owner].main;
    ctx.fill();
  }

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const nameFont = plateFont(13 * L, true);
  const name = textBox(ctx, face.name, nameFont);
  ctx.font = nameFont;
  ctx.fillStyle = '#111111';
  ctx.fillText(face.name, pad, pad - 1 + name.ascent);

  // Badges: stability, value, blocs, Turkic.
  const badgeFont = plateFont(10 * L, true);
  const badgesY = pad - 1 + name.h + 2 * L;
  const bh = 15 * L;
  let bx = pad;
  for (const badge of face.badges) {
    const label = textBox(ctx, badge.label, badgeFont);
    const bw = label.w + 7 * L;
    roundRect(ctx, bx, badgesY, bw, bh, 4 * L);
    ctx.fillStyle = badge.fill;
    ctx.fill();
    ctx.font = badgeFont;
    ctx.fillStyle = badge.colour;
    ctx.fillText(badge.label, bx + 3.5 * L, badgesY + (bh - label.h) / 2 + label.ascent);
    bx += bw + 3 * L;
  }

  // Influence markers: a shape per power (square, circle, diamond) so they read without colour.
  const r = markerSize / 2;
  ctx.textAlign = 'center';
  for (const marker of face.markers) {
    const at = box.markers.get(marker.power);
    if (!at) continue;
    ctx.save();
    ctx.translate(at.x, at.y);
    ctx.beginPath();
    if (marker.power === 'russia') ctx.rect(-r, -r, markerSize, markerSize);
    else if (marker.power === 'turkey') ctx.arc(0, 0, r, 0, Math.PI * 2);
    else {
      const d = r * 1.18;
      ctx.moveTo(0, -d);
      ctx.lineTo(d, 0);
      ctx.lineTo(0, d);
      ctx.lineTo(-d, 0);
      ctx.closePath();
    }
    ctx.fillStyle = POWER_COLOURS[marker.power].main;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
    ctx.stroke();
    centredText(ctx, String(marker.value), plateFont(12.5 * L, true), '#FFFFFF', 0, 0);
    if (marker.investment > 0) {
      ctx.beginPath();
      ctx.arc(r, -r + 1, 7 * L, 0, Math.PI * 2);
      ctx.fillStyle = NEUTRAL_COLOURS.investment;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.8)';
      ctx.stroke();
      centredText(ctx, String(marker.investment), plateFont(9 * L, true), '#111111', r, -r + 1);
    }
    ctx.restore();
  }
}

/** A label centred on (x, y), its font's box centred as Phaser centres a Text's. */
function centredText(ctx: CanvasRenderingContext2D, text: string, font: string, colour: string, x: number, y: number): void {
  const box = textBox(ctx, text, font);
  ctx.font = font;
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y - box.h / 2 + box.ascent);
}
