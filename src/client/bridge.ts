// The typed seam between the DOM app and the Phaser scenes (STYLE §11): the app pushes read-only
// map snapshots in; scenes emit intents out. Scenes never see the controller.
import type { ByPower, Power, SpaceDef, SpaceId } from '../rules/types.js';
import type { MapAsset } from './map/asset.js';

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

export type MapIntent =
  | { readonly kind: 'click'; readonly space: SpaceId | null }
  | { readonly kind: 'hover'; readonly space: SpaceId | null; readonly clientX: number; readonly clientY: number };

/** Where the map is drawn inside its DOM parent, so the DOM overlay can line up with it. */
export interface MapTransform {
  /** CSS px per map unit. */
  readonly zoom: number;
  /** CSS px of map point (0, 0) from the parent's top-left corner. */
  readonly offsetX: number;
  readonly offsetY: number;
  /** Plate centres in CSS px relative to the parent, after decluttering. */
  readonly plates: Readonly<Partial<Record<SpaceId, { x: number; y: number; w: number; h: number }>>>;
}

type Listener<T> = (value: T) => void;

export class MapBridge {
  screen: Screen = 'setup';
  asset: MapAsset | null = null;
  large = false;
  private snapshot: MapSnapshot | null = null;
  private readonly snapshotListeners = new Set<Listener<MapSnapshot | null>>();
  private readonly intentListeners = new Set<Listener<MapIntent>>();
  private readonly transformListeners = new Set<Listener<MapTransform>>();
  private readonly screenListeners = new Set<Listener<Screen>>();
  private readonly largeListeners = new Set<Listener<boolean>>();
  private readonly readyListeners = new Set<Listener<MapAsset>>();

  current(): MapSnapshot | null {
    return this.snapshot;
  }

  setSnapshot(snapshot: MapSnapshot | null): void {
    this.snapshot = snapshot;
    for (const l of this.snapshotListeners) l(snapshot);
  }

  onSnapshot(l: Listener<MapSnapshot | null>): () => void {
    this.snapshotListeners.add(l);
    return () => this.snapshotListeners.delete(l);
  }

  emit(intent: MapIntent): void {
    for (const l of this.intentListeners) l(intent);
  }

  onIntent(l: Listener<MapIntent>): () => void {
    this.intentListeners.add(l);
    return () => this.intentListeners.delete(l);
  }

  reportTransform(t: MapTransform): void {
    for (const l of this.transformListeners) l(t);
  }

  onTransform(l: Listener<MapTransform>): () => void {
    this.transformListeners.add(l);
    return () => this.transformListeners.delete(l);
  }

  setScreen(screen: Screen): void {
    if (this.screen === screen) return;
    this.screen = screen;
    for (const l of this.screenListeners) l(screen);
  }

  onScreen(l: Listener<Screen>): () => void {
    this.screenListeners.add(l);
    return () => this.screenListeners.delete(l);
  }

  setLarge(large: boolean): void {
    this.large = large;
    for (const l of this.largeListeners) l(large);
  }

  onLarge(l: Listener<boolean>): () => void {
    this.largeListeners.add(l);
    return () => this.largeListeners.delete(l);
  }

  private readonly drawnListeners = new Set<Listener<Screen>>();

  /** A map scene has drawn its first snapshot and takes input. */
  reportDrawn(screen: Screen): void {
    for (const l of this.drawnListeners) l(screen);
  }

  onDrawn(l: Listener<Screen>): () => void {
    this.drawnListeners.add(l);
    return () => this.drawnListeners.delete(l);
  }

  mapReady(asset: MapAsset): void {
    this.asset = asset;
    for (const l of this.readyListeners) l(asset);
  }

  onReady(l: Listener<MapAsset>): () => void {
    if (this.asset) l(this.asset);
    this.readyListeners.add(l);
    return () => this.readyListeners.delete(l);
  }
}
