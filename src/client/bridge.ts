// The typed seam between the DOM app and the Phaser scenes (STYLE §11): the app pushes read-only
// map snapshots in; scenes emit intents out. Scenes never see the controller.
import type { ByPower, Power, SpaceDef, SpaceId } from '../game/index.js';
import type { MapAsset } from '../map-asset.js';

export type Screen = 'setup' | 'game' | 'debrief';

/** A space's fixed facts (stability after event shifts) with its influence and controller now. */
export interface SpaceSnapshot extends Omit<SpaceDef, 'neighbours'> {
  readonly influence: ByPower<number>;
  readonly investment: number;
  readonly control: Power | null;
}

export interface MapSnapshot {
  readonly spaces: readonly SpaceSnapshot[];
  /** Spaces to highlight as legal targets of the current choice. */
  readonly targets: readonly SpaceId[];
  /** Whether changes from the previous snapshot should animate (not on loads and replay jumps). */
  readonly animate: boolean;
}

/** `pointer` is how the player pointed: 'touch' and 'pen' cannot hover, so a first tap shows the facts. */
export type MapIntent =
  | { readonly kind: 'click'; readonly space: SpaceId | null; readonly pointer: string }
  | { readonly kind: 'hover'; readonly space: SpaceId | null; readonly clientX: number; readonly clientY: number };

/** How far in the player may zoom, as a multiple of the whole-board view (the page previews within it, the scene clamps to it). */
export const MAX_VIEW_ZOOM = 4;

/** What the player did to the view: moved the picture by p → scale·p + (dx, dy) in stage px, or asked for the whole board. */
export type ViewChange = { readonly kind: 'by'; readonly scale: number; readonly dx: number; readonly dy: number } | { readonly kind: 'reset' };

/** Where the map is drawn inside its DOM parent, so the DOM overlay can line up with it. */
export interface MapTransform {
  /** CSS px per map unit. */
  readonly zoom: number;
  /** CSS px of map point (0, 0) from the parent's top-left corner. */
  readonly offsetX: number;
  readonly offsetY: number;
  /** The player's zoom as a multiple of the whole-board view (1 = the whole board). */
  readonly viewFactor: number;
  /** Plate centres in CSS px relative to the parent, after decluttering; only the plates on screen. */
  readonly plates: Readonly<Partial<Record<SpaceId, { x: number; y: number; w: number; h: number }>>>;
}

type Listener<T> = (value: T) => void;

/** One kind of news from one side of the seam, and who listens to it. */
class Channel<T> {
  private readonly listeners = new Set<Listener<T>>();

  send(value: T): void {
    for (const l of this.listeners) l(value);
  }

  /** Listen until the returned function is called. */
  listen(l: Listener<T>): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

export class MapBridge {
  screen: Screen = 'setup';
  asset: MapAsset | null = null;
  large = false;
  private snapshot: MapSnapshot | null = null;
  private readonly snapshots = new Channel<MapSnapshot | null>();
  private readonly intents = new Channel<MapIntent>();
  private readonly transforms = new Channel<MapTransform>();
  private readonly screens = new Channel<Screen>();
  private readonly largeChanges = new Channel<boolean>();
  private readonly drawn = new Channel<Screen>();
  private readonly views = new Channel<ViewChange>();
  private readonly ready = new Channel<MapAsset>();

  current(): MapSnapshot | null {
    return this.snapshot;
  }

  setSnapshot(snapshot: MapSnapshot | null): void {
    this.snapshot = snapshot;
    this.snapshots.send(snapshot);
  }

  onSnapshot(l: Listener<MapSnapshot | null>): () => void {
    return this.snapshots.listen(l);
  }

  emit(intent: MapIntent): void {
    this.intents.send(intent);
  }

  onIntent(l: Listener<MapIntent>): () => void {
    return this.intents.listen(l);
  }

  reportTransform(t: MapTransform): void {
    this.transforms.send(t);
  }

  onTransform(l: Listener<MapTransform>): () => void {
    return this.transforms.listen(l);
  }

  setScreen(screen: Screen): void {
    if (this.screen === screen) return;
    this.screen = screen;
    this.screens.send(screen);
  }

  onScreen(l: Listener<Screen>): () => void {
    return this.screens.listen(l);
  }

  setLarge(large: boolean): void {
    this.large = large;
    this.largeChanges.send(large);
  }

  onLarge(l: Listener<boolean>): () => void {
    return this.largeChanges.listen(l);
  }

  /** The page asks for another view of the map (pan, zoom, reset). */
  changeView(change: ViewChange): void {
    this.views.send(change);
  }

  onView(l: Listener<ViewChange>): () => void {
    return this.views.listen(l);
  }

  /** A map scene has drawn its first snapshot and takes input. */
  reportDrawn(screen: Screen): void {
    this.drawn.send(screen);
  }

  onDrawn(l: Listener<Screen>): () => void {
    return this.drawn.listen(l);
  }

  mapReady(asset: MapAsset): void {
    this.asset = asset;
    this.ready.send(asset);
  }

  /** A listener that comes after the map is ready hears at once. */
  onReady(l: Listener<MapAsset>): () => void {
    if (this.asset) l(this.asset);
    return this.ready.listen(l);
  }
}
