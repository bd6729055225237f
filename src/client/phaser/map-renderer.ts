// Draws the board in a Phaser scene from read-only snapshots: the base map texture (Canvas 2D),
// one plate per space (name, stability, value, blocs, Turkic mark, influence markers), the legal
// target highlights and the animations of what changed. It never decides anything and takes no
// input of its own: pointers, fingers and the wheel are read by the page (src/client/map-gestures.ts),
// which sends the view it wants (pan, zoom, reset) and the space under the mouse through the bridge.
import * as Phaser from 'phaser';
import { t } from '../../i18n/catalogue.js';
import { POWERS, type Power, type SpaceId } from '../../game/index.js';
import { MAX_VIEW_ZOOM, type MapBridge, type MapSnapshot, type MapTransform, type SpaceSnapshot, type ViewChange } from '../bridge.js';
import type { MapAsset, Ring } from '../../map-asset.js';
import { drawBase } from '../map/draw-base.js';
import { drawPlate, layoutPlate, type PlateBadge, type PlateBox, type PlateFace } from '../map/draw-plate.js';
import { placePlates, type PlateRequest, type Rect } from '../map/plate-layout.js';
import { NEUTRAL_COLOURS, POWER_COLOURS } from '../../palette.js';
import { DomLayer } from './dom-layer.js';

export interface RendererOptions {
  readonly plates: boolean;
  readonly dim: boolean;
}

/** Plates shrink in these steps, down to the floor, when the map is too small for them all. */
const SQUEEZE_STEP = 0.9;
const SQUEEZE_FLOOR = 0.45;
/** The part of the map the whole-board view frames: the spaces and the three home areas. */
const FRAME = { minX: 20, maxX: 1580, minY: 40, maxY: 940 } as const;

interface Plate {
  readonly id: SpaceId;
  /** The plate's picture: one canvas texture (map/draw-plate.ts), redrawn only when its face changes. */
  readonly image: Phaser.GameObjects.Image;
  readonly texture: Phaser.Textures.CanvasTexture;
  w: number;
  h: number;
  /** Centre in CSS px relative to the canvas, after decluttering. */
  sx: number;
  sy: number;
  /** Laid out in the view (a country panned out of view has no plate on screen). */
  shown: boolean;
  face: PlateFace | null;
  faceKey: string;
  /** The face drawn on the texture (the layout may measure several sizes before one is drawn). */
  paintedKey: string;
  box: PlateBox | null;
}

/** Each renderer names its plates' textures apart: a scene starting while the last one shuts down must not meet its keys. */
let renderers = 0;

const BLOC_LABEL: Readonly<Record<string, string>> = { csto: 'CSTO', ots: 'OTS', sco: 'SCO' };

export class MapRenderer {
  /** The still parts of the map are Canvas 2D layers under Phaser's transparent canvas: they
   *  cost nothing per frame (the browser keeps them), need no texture uploads, and stay sharp at
   *  any size. Phaser draws what moves on top: plates, markers, animations. */
  private readonly base: DomLayer;
  private readonly highlight: DomLayer;
  private readonly hover: DomLayer;
  private readonly leaders: Phaser.GameObjects.Graphics;
  private readonly fxHost: HTMLElement;
  private readonly plates = new Map<SpaceId, Plate>();
  private snapshot: MapSnapshot | null = null;
  private baseKey = '';
  private highlightKey = '';
  private hoverKey = '';
  private zoom = 1;
  private offsetX = 0;
  private offsetY = 0;
  /** The zoom at which the whole board fits the stage; the player's view is a multiple of it. */
  private fitZoom = 1;
  /** The player's view: a zoom factor (1 = whole board) and its centre in map units (null = the board's). */
  private view: { readonly factor: number; readonly centre: readonly [number, number] | null } = { factor: 1, centre: null };
  /** How much smaller than their natural size the plates are drawn so that they all fit. */
  private squeeze = 1;
  /** Plates are at least this tall: a finger's 44 CSS px wherever a touch screen is present. */
  private minPlateHeight = 0;
  private screenRings = new Map<SpaceId, Ring[]>();
  private screenRingsKey = '';
  private hovered: SpaceId | null = null;
  private readonly textureIds = ++renderers;
  /** fit() has run once: the view, and so every size, is known. */
  private fitted = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly bridge: MapBridge,
    private readonly asset: MapAsset,
    private readonly opts: RendererOptions,
  ) {
    const host = scene.game.canvas.parentElement ?? document.body;
    this.base = new DomLayer(host, scene.game.canvas, 'map-base');
    this.hover = new DomLayer(host, scene.game.canvas, 'map-hover');
    this.highlight = new DomLayer(host, scene.game.canvas, 'map-highlight');
    this.leaders = scene.add.graphics();
    this.fxHost = document.getElementById('map-fx') ?? host;
  }

  private inPlay(): SpaceId[] {
    return this.snapshot ? this.snapshot.spaces.map((s) => s.id) : [];
  }

  /** The space the mouse is over (the page hit-tests it), outlined on the map. */
  setHover(id: SpaceId | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.drawHover();
  }

  /** The player panned, zoomed or reset the view. */
  changeView(change: ViewChange): void {
    const { width, height } = this.scene.scale.gameSize;
    if (change.kind === 'reset') this.view = { factor: 1, centre: null };
    else {
      // The page moved the picture by p → scale·p + (dx, dy): the same map point stays under the fingers.
      const zoom = this.zoom * change.scale;
      const offsetX = change.scale * this.offsetX + change.dx;
      const offsetY = change.scale * this.offsetY + change.dy;
      const factor = Math.min(MAX_VIEW_ZOOM, Math.max(1, zoom / this.fitZoom));
      this.view = { factor, centre: [(width / 2 - offsetX) / zoom, (height / 2 - offsetY) / zoom] };
    }
    this.fit();
  }

  /** Fit the map to the canvas in the player's view, redraw what depends on size, and tell the DOM where things are. */
  fit(): void {
    const { width, height } = this.scene.scale.gameSize;
    if (width < 10 || height < 10) return;
    this.fitted = true;
    const { minX, maxX, minY, maxY } = FRAME;
    this.fitZoom = Math.min(width / (maxX - minX), height / (maxY - minY));
    const zoom = this.fitZoom * this.view.factor;
    // Keep the framed board over the whole stage once it is bigger than the stage, centred while it is not.
    const centreOn = (wanted: number | undefined, lo: number, hi: number, half: number): number =>
      wanted === undefined || hi - lo <= 2 * half ? (lo + hi) / 2 : Math.min(hi - half, Math.max(lo + half, wanted));
    const cx = centreOn(this.view.centre?.[0], minX, maxX, width / 2 / zoom);
    const cy = centreOn(this.view.centre?.[1], minY, maxY, height / 2 / zoom);
    this.zoom = zoom;
    const cam = this.scene.cameras.main;
    cam.setZoom(zoom);
    cam.centerOn(cx, cy);
    this.offsetX = width / 2 - cx * zoom;
    this.offsetY = height / 2 - cy * zoom;
    this.minPlateHeight = window.matchMedia('(any-pointer: coarse)').matches ? 44 : 0;
    // The whole-board view finds the plates' size afresh; zooming in keeps it (the map grows, the plates do not).
    if (this.view.factor === 1) this.squeeze = 1;
    this.measureReserved();
    this.redrawBase();
    this.refreshPlates();
    this.drawHighlights();
    this.drawHover();
  }

  /** Redraw and lay out every plate, shrinking them in steps until they all fit (whole-board view only). */
  private refreshPlates(): void {
    if (!this.snapshot || !this.opts.plates) {
      this.layoutPlates();
      return;
    }
    const targets = new Set(this.snapshot.targets);
    // Each size tried is only measured; the textures are painted once, at the size that fits.
    for (;;) {
      for (const space of this.snapshot.spaces) this.measurePlate(space, targets);
      const smallest = this.squeeze * SQUEEZE_STEP < SQUEEZE_FLOOR;
      // As small as they go: the whole board still shows every plate, as clear of the others as it can.
      if (this.layoutPlates(smallest && this.view.factor === 1) || this.view.factor > 1 || smallest) break;
      this.squeeze *= SQUEEZE_STEP;
    }
    this.paintPlates();
  }

  private controlMap(): Partial<Record<SpaceId, Power | null>> {
    const out: Partial<Record<SpaceId, Power | null>> = {};
    for (const s of this.snapshot?.spaces ?? []) out[s.id] = s.control;
    return out;
  }

  private redrawBase(): void {
    const control = this.controlMap();
    const { width, height } = this.scene.scale.gameSize;
    const key = `${width}x${height}|${this.zoom}|${JSON.stringify(control)}|${this.inPlay().join(',')}`;
    if (key === this.baseKey) return;
    this.baseKey = key;
    this.base.draw(width, height, (canvas, dpr) =>
      drawBase(canvas, this.asset, { scale: this.zoom * dpr, offsetX: this.offsetX * dpr, offsetY: this.offsetY * dpr, inPlay: this.inPlay(), control, dim: this.opts.dim }),
    );
  }

  update(snapshot: MapSnapshot | null): void {
    const previous = this.snapshot;
    this.snapshot = snapshot;
    // Before the first fit the zoom is unknown: drawing then would only be drawn again at once.
    if (!snapshot || !this.fitted) return;
    this.redrawBase();
    if (this.opts.plates) this.refreshPlates();
    this.drawHighlights();
    if (previous && snapshot.animate) this.animateChanges(previous, snapshot);
  }

  relayout(): void {
    for (const plate of this.plates.values()) plate.faceKey = '';
    this.fit();
  }

  // ---------------------------------------------------------------------------------------------
  // Plates

  /** Plates keep a readable size on screen: smaller on small screens, larger on a projector and in
   *  large-text mode, and the same while the player zooms in (from the whole-board zoom). */
  private get textScale(): number {
    const fit = Math.min(1.8, Math.max(0.78, this.fitZoom * 1.3));
    return fit * (this.bridge.large ? 1.35 : 1) * this.squeeze;
  }

  /** What `space`'s plate shows now. */
  private faceOf(space: SpaceSnapshot, targets: ReadonlySet<SpaceId>): PlateFace {
    const badges: PlateBadge[] = [
      { label: t('ui.badge.stability', { value: space.stability }), fill: '#3B3B3B', colour: '#FFFFFF' },
      { label: t('ui.badge.value', { value: space.value }), fill: NEUTRAL_COLOURS.highlight, colour: '#111111' },
      ...space.blocs.map((bloc) => ({ label: BLOC_LABEL[bloc] ?? bloc, fill: '#E5E5E5', colour: '#222222' })),
    ];
    if (space.turkic) badges.push({ label: t('ui.badge.turkic'), fill: NEUTRAL_COLOURS.turkic, colour: '#FFFFFF' });
    return {
      name: t(`space.${space.id}`),
      badges,
      markers: POWERS.map((power) => ({ power, value: space.influence[power], investment: power === 'china' ? space.investment : 0 })),
      owner: space.control,
      target: targets.has(space.id),
      scale: this.textScale,
      minHeight: this.minPlateHeight,
    };
  }

  /** Canvas pixels per CSS px of the plates' textures: sharp text on dense screens, at most 2. */
  private get plateRes(): number {
    return Math.min(2, window.devicePixelRatio || 1);
  }

  /** Measure `space`'s plate as it would be drawn now; the texture is painted later (paintPlates), once the size is settled. */
  private measurePlate(space: SpaceSnapshot, targets: ReadonlySet<SpaceId>): void {
    const face = this.faceOf(space, targets);
    const faceKey = JSON.stringify(face);
    let plate = this.plates.get(space.id);
    if (plate && plate.faceKey === faceKey) return;
    if (!plate) {
      const key = `plate-${this.textureIds}-${space.id}`;
      const texture = this.scene.textures.createCanvas(key, 1, 1);
      if (!texture) throw new Error(`the map texture ${key} exists already`);
      const image = this.scene.add.image(0, 0, key).setOrigin(0, 0);
      plate = { id: space.id, image, texture, w: 0, h: 0, sx: 0, sy: 0, shown: false, face: null, faceKey: '', paintedKey: '', box: null };
      this.plates.set(space.id, plate);
    }
    const box = layoutPlate(plate.texture.getContext(), face);
    plate.face = face;
    plate.faceKey = faceKey;
    plate.box = box;
    plate.w = box.w;
    plate.h = box.h;
  }

  /** Paint the plates whose face changed since their texture was last drawn (one upload each). */
  private paintPlates(): void {
    const res = this.plateRes;
    for (const plate of this.plates.values()) {
      const { face, box } = plate;
      const key = `${plate.faceKey}|${res}`;
      if (!face || !box || plate.paintedKey === key) continue;
      plate.paintedKey = key;
      const width = Math.ceil((box.w + 2 * box.margin) * res);
      const height = Math.ceil((box.h + 2 * box.margin) * res);
      const texture = plate.texture;
      // setSize uploads the blank canvas; only a size change pays that on top of the refresh below.
      if (texture.width !== width || texture.height !== height) texture.setSize(width, height);
      drawPlate(texture.getContext(), face, box, res);
      texture.refresh();
      plate.image.setSizeToFrame(plate.image.frame);
    }
  }

  /** The map's view buttons lie over the stage's corner: plates keep out from under them. Measured
   *  when the view is fitted (the buttons move only with the stage's size and the text size), not on
   *  every snapshot: reading the layout then, after the panels' changes, forced a layout per move. */
  private reserved: Rect[] = [];

  private measureReserved(): void {
    const host = this.scene.game.canvas.parentElement;
    const tools = document.getElementById('map-tools');
    if (!host || !tools || tools.offsetParent === null) {
      this.reserved = [];
      return;
    }
    const h = host.getBoundingClientRect();
    const r = tools.getBoundingClientRect();
    this.reserved = [{ x: r.left - h.left, y: r.top - h.top, w: r.width, h: r.height }];
  }

  /** The countries' outlines in screen px for the current view (recomputed when the view changes). */
  private ringsOnScreen(id: SpaceId): Ring[] {
    const key = `${this.zoom}|${this.offsetX}|${this.offsetY}`;
    if (key !== this.screenRingsKey) {
      this.screenRingsKey = key;
      this.screenRings = new Map();
    }
    let rings = this.screenRings.get(id);
    if (!rings) {
      rings = this.asset.spaces[id].rings.map((ring) => ring.map(([x, y]) => [this.offsetX + x * this.zoom, this.offsetY + y * this.zoom] as const));
      this.screenRings.set(id, rings);
    }
    return rings;
  }

  /** Place every plate touching its own country, clear of the others (map/plate-layout.ts); false if some did not fit. */
  private layoutPlates(force = false): boolean {
    if (!this.opts.plates || this.plates.size === 0) {
      this.reportTransform();
      return true;
    }
    const { width, height } = this.scene.scale.gameSize;
    const inPlay = this.inPlay();
    const items = [...this.plates.values()].filter((p) => inPlay.includes(p.id));
    for (const plate of this.plates.values()) if (!inPlay.includes(plate.id)) plate.image.setVisible(false);
    const requests: PlateRequest[] = items.map((plate) => {
      const [lx, ly] = this.asset.spaces[plate.id].label;
      // A label point panned out of view: start looking from the nearest point in view.
      const ax = Math.min(width, Math.max(0, this.offsetX + lx * this.zoom));
      const ay = Math.min(height, Math.max(0, this.offsetY + ly * this.zoom));
      return { id: plate.id, w: plate.w, h: plate.h, anchor: [ax, ay], rings: this.ringsOnScreen(plate.id) };
    });
    const layout = placePlates(requests, { width, height }, force, this.reserved);
    this.leaders.clear();
    const z = this.zoom;
    for (const plate of items) {
      const centre = layout.centres.get(plate.id);
      plate.shown = centre !== undefined;
      if (!centre) {
        plate.image.setVisible(false);
        continue;
      }
      [plate.sx, plate.sy] = centre;
      // The texture has a margin around the plate (its target ring) and `res` pixels per CSS px.
      const margin = plate.box?.margin ?? 0;
      const wx = (plate.sx - plate.w / 2 - margin - this.offsetX) / z;
      const wy = (plate.sy - plate.h / 2 - margin - this.offsetY) / z;
      plate.image
        .setPosition(wx, wy)
        .setScale(1 / (z * this.plateRes))
        .setVisible(true);
      const [lx, ly] = this.asset.spaces[plate.id].label;
      const ax = this.offsetX + lx * z;
      const ay = this.offsetY + ly * z;
      const far = Math.abs(ax - plate.sx) > plate.w / 2 || Math.abs(ay - plate.sy) > plate.h / 2;
      if (far) {
        this.leaders.lineStyle(2 / z, 0x222222, 0.85).lineBetween(lx, ly, (plate.sx - this.offsetX) / z, (plate.sy - this.offsetY) / z);
        this.leaders.fillStyle(0x222222, 1).fillCircle(lx, ly, 3.5 / z);
      }
    }
    // Leaders under the plates.
    this.scene.children.moveBelow(this.leaders, items[0]?.image ?? this.leaders);
    for (const plate of items) this.scene.children.bringToTop(plate.image);
    this.reportTransform();
    return layout.complete;
  }

  private reportTransform(): void {
    const plates: Record<string, { x: number; y: number; w: number; h: number }> = {};
    const inPlay = this.inPlay();
    for (const p of this.plates.values()) if (p.shown && inPlay.includes(p.id)) plates[p.id] = { x: p.sx, y: p.sy, w: p.w, h: p.h };
    const transform: MapTransform = { zoom: this.zoom, offsetX: this.offsetX, offsetY: this.offsetY, viewFactor: this.view.factor, plates };
    this.bridge.reportTransform(transform);
  }

  // ---------------------------------------------------------------------------------------------
  // Highlights and animation

  private outlines(layer: DomLayer, ids: readonly SpaceId[], widths: readonly (readonly [number, string])[]): void {
    const { width, height } = this.scene.scale.gameSize;
    layer.draw(width, height, (canvas, dpr) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(this.zoom * dpr, 0, 0, this.zoom * dpr, this.offsetX * dpr, this.offsetY * dpr);
      for (const [w, colour] of widths) for (const id of ids) outline(ctx, this.asset.spaces[id].rings, w / this.zoom, colour);
    });
    layer.element.hidden = ids.length === 0;
  }

  private drawHighlights(): void {
    const targets = this.snapshot?.targets ?? [];
    const { width, height } = this.scene.scale.gameSize;
    const key = `${width}x${height}|${this.zoom}|${targets.join(',')}`;
    if (key === this.highlightKey) return;
    this.highlightKey = key;
    this.outlines(this.highlight, targets, [
      [7, 'rgba(0,0,0,0.9)'],
      [4, NEUTRAL_COLOURS.highlight],
    ]);
  }

  private drawHover(): void {
    const id = this.hovered;
    const { width, height } = this.scene.scale.gameSize;
    const key = `${width}x${height}|${this.zoom}|${id ?? ''}`;
    if (key === this.hoverKey) return;
    this.hoverKey = key;
    this.outlines(this.hover, id ? [id] : [], [[3, 'rgba(0,0,0,0.85)']]);
  }

  /**
   * What changed, shown after the state has changed (the rules never wait): floating numbers, a
   * burst on the marker, a flash of the space. They run as compositor animations on small page
   * elements above the canvas, so the map keeps its frame rate even on software rendering and
   * Phaser's loop can stay asleep.
   */
  private animateChanges(before: MapSnapshot, after: MapSnapshot): void {
    const old = new Map(before.spaces.map((s) => [s.id, s]));
    let delay = 0;
    for (const space of after.spaces) {
      const prev = old.get(space.id);
      if (!prev) continue;
      const shown = this.plates.get(space.id);
      const plate = shown?.shown ? shown : undefined;
      for (const power of POWERS) {
        const d = space.influence[power] - prev.influence[power];
        if (d === 0) continue;
        if (plate) {
          this.fx('fx-float', plate.sx + plate.w / 2, plate.sy - plate.h / 2, power, delay, `${d > 0 ? '+' : '−'}${Math.abs(d)}`);
          const marker = plate.box?.markers.get(power);
          if (marker) this.fx(d > 0 ? 'fx-pop' : 'fx-pop fx-loss', plate.sx - plate.w / 2 + marker.x, plate.sy - plate.h / 2 + marker.y, power, delay);
        }
        delay += 90;
      }
      if (space.control !== prev.control) this.flash(space.id, space.control);
    }
  }

  private fx(className: string, x: number, y: number, power: Power, delay: number, text = ''): void {
    const el = document.createElement('div');
    el.className = `${className} power-${power}`;
    el.textContent = text;
    el.style.left = `${x}px`;
    el.style.top = `${y}px`;
    el.style.animationDelay = `${delay}ms`;
    el.setAttribute('aria-hidden', 'true');
    el.addEventListener('animationend', () => el.remove());
    this.fxHost.append(el);
  }

  /** A flash of the space's new colour, on a canvas just the size of the space. */
  private flash(id: SpaceId, owner: Power | null): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const ring of this.asset.spaces[id].rings)
      for (const [x, y] of ring) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    const left = this.offsetX + minX * this.zoom;
    const top = this.offsetY + minY * this.zoom;
    const width = Math.ceil((maxX - minX) * this.zoom) + 2;
    const height = Math.ceil((maxY - minY) * this.zoom) + 2;
    // Under Phaser's canvas, so the plates stay readable while the space flashes.
    const layer = new DomLayer(this.scene.game.canvas.parentElement ?? this.fxHost, this.scene.game.canvas, 'fx-flash', false);
    layer.draw(width, height, (canvas, dpr) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(this.zoom * dpr, 0, 0, this.zoom * dpr, (this.offsetX - left) * dpr, (this.offsetY - top) * dpr);
      ctx.beginPath();
      for (const ring of this.asset.spaces[id].rings) {
        ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
        ctx.closePath();
      }
      ctx.fillStyle = owner ? POWER_COLOURS[owner].main : '#ffffff';
      ctx.fill('evenodd');
    });
    layer.element.style.left = `${left}px`;
    layer.element.style.top = `${top}px`;
    layer.element.addEventListener('animationend', () => layer.remove());
  }

  destroy(): void {
    // The textures belong to the game, not the scene: a later scene's renderer makes its own.
    for (const plate of this.plates.values()) {
      plate.image.destroy();
      this.scene.textures.remove(plate.texture);
    }
    this.plates.clear();
    this.base.remove();
    this.hover.remove();
    this.highlight.remove();
  }
}

function outline(ctx: CanvasRenderingContext2D, rings: readonly Ring[], width: number, colour: string): void {
  ctx.beginPath();
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
  }
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.lineJoin = 'round';
  ctx.stroke();
}
