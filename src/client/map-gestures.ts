// Every pointer on the map, read by the page (Phaser listens to none): a tap or click on a space,
// the mouse hovering a space, one finger or the mouse dragging the map, two fingers pinching it,
// the wheel zooming it, and the view buttons (zoom in, zoom out, the whole board). While a gesture
// runs, the map's layers only move by a CSS transform (the compositor's work, smooth on classroom
// machines); when it ends the new view goes to the map scene once, through the bridge, and the
// scene redraws the map and lays the plates out again for it.
import { spaceAt } from '../map-asset.js';
import type { SpaceId } from '../game/index.js';
import { MAX_VIEW_ZOOM, type MapBridge, type MapTransform } from './bridge.js';

/** A finger moves this far (CSS px) before a tap becomes a drag; a mouse a little less. */
const TOUCH_SLOP = 10;
const MOUSE_SLOP = 5;
/** The zoom buttons' step, and the wheel's zoom per pixel of scroll. */
const BUTTON_ZOOM = 1.5;
const WHEEL_ZOOM_PER_PX = 0.0015;
/** The wheel has stopped when no notch came for this long (ms): then the view is committed. */
const WHEEL_IDLE_MS = 160;

interface Affine {
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
}

const IDENTITY: Affine = { scale: 1, dx: 0, dy: 0 };

/** Where a gesture started: the preview then, and the pointers' midpoint and spread. */
interface Baseline {
  readonly preview: Affine;
  readonly x: number;
  readonly y: number;
  readonly spread: number;
}

export class MapGestures {
  private transform: MapTransform | null = null;
  private readonly pointers = new Map<number, { x: number; y: number; type: string }>();
  private baseline: Baseline | null = null;
  /** The transform shown on the layers now, on top of the committed view. */
  private preview: Affine = IDENTITY;
  /** The current press became a drag or a pinch: it is no tap, and its click is swallowed. */
  private dragging = false;
  private swallowClick = false;
  private wheelTimer: number | null = null;
  private lastHover: SpaceId | null = null;

  constructor(
    private readonly stage: HTMLElement,
    private readonly bridge: MapBridge,
    /** The layers that move with the map during a gesture. */
    private readonly layers: readonly HTMLElement[],
  ) {
    bridge.onTransform((transform) => {
      this.transform = transform;
    });
    stage.addEventListener('pointerdown', (e) => this.onDown(e));
    stage.addEventListener('pointermove', (e) => this.onMove(e));
    stage.addEventListener('pointerup', (e) => this.onUp(e, true));
    stage.addEventListener('pointercancel', (e) => this.onUp(e, false));
    stage.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') this.hover(null, 0, 0);
    });
    stage.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    // A drag that ends on a plate's button must not also press it.
    stage.addEventListener(
      'click',
      (e) => {
        if (!this.swallowClick) return;
        this.swallowClick = false;
        e.preventDefault();
        e.stopPropagation();
      },
      true,
    );
  }

  /** Zoom in or out by one step about the stage's centre (the view buttons, the keyboard). */
  zoomBy(steps: number): void {
    const k = Math.pow(BUTTON_ZOOM, steps);
    const { x, y } = this.centre();
    this.bridge.changeView({ kind: 'by', scale: k, dx: x * (1 - k), dy: y * (1 - k) });
  }

  /** Back to the whole board. */
  reset(): void {
    this.endPreview();
    this.bridge.changeView({ kind: 'reset' });
  }

  private centre(): { x: number; y: number } {
    return { x: this.stage.clientWidth / 2, y: this.stage.clientHeight / 2 };
  }

  /** A pointer's position in stage px. */
  private local(e: PointerEvent | WheelEvent): { x: number; y: number } {
    const r = this.stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  /** Presses on the facts panel, the view buttons or the die are theirs, not the map's. */
  private onMap(e: Event): boolean {
    const target = e.target;
    return target instanceof Element && target.closest('#tooltip, #map-tools, #dice') === null;
  }

  private onDown(e: PointerEvent): void {
    // A new press: whatever the last drag left to swallow is gone (a finger's drag makes no click at all).
    this.swallowClick = false;
    if (!this.onMap(e) || (e.pointerType === 'mouse' && e.button !== 0)) return;
    if (this.pointers.size === 0) this.dragging = false;
    this.pointers.set(e.pointerId, { ...this.local(e), type: e.pointerType });
    // A second finger starts a pinch at once.
    if (this.pointers.size >= 2) this.startGesture();
  }

  private onMove(e: PointerEvent): void {
    const p = this.pointers.get(e.pointerId);
    const at = this.local(e);
    if (!p) {
      if (e.pointerType === 'mouse' && e.buttons === 0 && this.onCanvas(e)) this.hover(this.spaceAt(at.x, at.y), at.x, at.y);
      return;
    }
    if (!this.baseline) {
      const slop = p.type === 'mouse' ? MOUSE_SLOP : TOUCH_SLOP;
      if (Math.hypot(at.x - p.x, at.y - p.y) < slop) return;
      this.startGesture();
      // Keep the drag when the pointer leaves the stage (its click is swallowed anyway).
      this.stage.setPointerCapture(e.pointerId);
    }
    p.x = at.x;
    p.y = at.y;
    this.follow();
  }

  private onUp(e: PointerEvent, released: boolean): void {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    this.pointers.delete(e.pointerId);
    if (this.dragging) {
      this.swallowClick = released;
      // One finger of a pinch lifted: the other one goes on panning from where it is.
      if (this.pointers.size > 0) this.startGesture();
      else this.commit();
      return;
    }
    // A tap or click on the map between the plates (the plates are buttons with their own clicks).
    if (released && this.pointers.size === 0 && this.onCanvas(e)) {
      const at = this.local(e);
      this.bridge.emit({ kind: 'click', space: this.spaceAt(at.x, at.y), pointer: e.pointerType });
    }
  }

  private onWheel(e: WheelEvent): void {
    if (!this.onMap(e) || !this.transform) return;
    e.preventDefault();
    const px = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? e.deltaY * 16 : e.deltaY;
    const at = this.local(e);
    const k = Math.exp(-px * WHEEL_ZOOM_PER_PX);
    const p = this.preview;
    this.show(this.clamp({ scale: p.scale * k, dx: k * (p.dx - at.x) + at.x, dy: k * (p.dy - at.y) + at.y }, at.x, at.y));
    if (this.wheelTimer !== null) window.clearTimeout(this.wheelTimer);
    this.wheelTimer = window.setTimeout(() => {
      this.wheelTimer = null;
      this.commit();
    }, WHEEL_IDLE_MS);
  }

  private startGesture(): void {
    this.dragging = true;
    this.hover(null, 0, 0);
    const pts = [...this.pointers.values()];
    const x = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const y = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const [a, b] = pts;
    const spread = a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    this.baseline = { preview: this.preview, x, y, spread };
  }

  /** The preview that keeps the map under the fingers: p → k·(base(p) − start midpoint) + midpoint now. */
  private follow(): void {
    const base = this.baseline;
    if (!base) return;
    const pts = [...this.pointers.values()];
    const x = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const y = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const [a, b] = pts;
    const k = a && b && base.spread > 0 ? Math.hypot(a.x - b.x, a.y - b.y) / base.spread : 1;
    const bp = base.preview;
    this.show(this.clamp({ scale: k * bp.scale, dx: k * (bp.dx - base.x) + x, dy: k * (bp.dy - base.y) + y }, x, y));
  }

  /** Keep the zoom between the whole board and the closest view, holding the point (x, y) still. */
  private clamp(t: Affine, x: number, y: number): Affine {
    const factor = this.transform?.viewFactor ?? 1;
    const scale = Math.min(MAX_VIEW_ZOOM / factor, Math.max(1 / factor, t.scale));
    if (scale === t.scale) return t;
    const mx = (x - t.dx) / t.scale;
    const my = (y - t.dy) / t.scale;
    return { scale, dx: x - scale * mx, dy: y - scale * my };
  }

  private show(t: Affine): void {
    this.preview = t;
    const css = `translate(${t.dx}px, ${t.dy}px) scale(${t.scale})`;
    for (const layer of this.layers) {
      layer.style.transformOrigin = '0 0';
      layer.style.transform = css;
    }
    document.body.dataset.mapGesture = 'true';
  }

  private endPreview(): void {
    this.baseline = null;
    this.preview = IDENTITY;
    for (const layer of this.layers) layer.style.transform = '';
    delete document.body.dataset.mapGesture;
  }

  /** The gesture is over: the scene draws the view it left (synchronously), and the layers drop their transform. */
  private commit(): void {
    const t = this.preview;
    this.endPreview();
    if (t.scale !== 1 || t.dx !== 0 || t.dy !== 0) this.bridge.changeView({ kind: 'by', ...t });
  }

  private onCanvas(e: Event): boolean {
    return e.target instanceof Element && e.target.closest('#stage-canvas') !== null;
  }

  /** The space in play under a stage point, on the map as last drawn. */
  private spaceAt(x: number, y: number): SpaceId | null {
    const t = this.transform;
    const asset = this.bridge.asset;
    const shown = this.bridge.current();
    if (!t || !asset || !shown) return null;
    return spaceAt(
      asset,
      shown.spaces.map((s) => s.id),
      (x - t.offsetX) / t.zoom,
      (y - t.offsetY) / t.zoom,
    );
  }

  private hover(space: SpaceId | null, x: number, y: number): void {
    if (space === null && this.lastHover === null) return;
    this.lastHover = space;
    this.bridge.emit({ kind: 'hover', space, clientX: x, clientY: y });
  }
}
