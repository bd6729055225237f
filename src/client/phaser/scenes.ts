// One scene per screen (STYLE §12): Boot → Preloader → Setup → Game → Debrief. Only Boot and
// Preloader load anything; the map scenes draw snapshots from the bridge and emit intents.
import * as Phaser from 'phaser';
import mapUrl from '../../../assets/map.json?url';
import { t } from '../../i18n/catalogue.js';
import type { MapBridge, Screen } from '../bridge.js';
import { mapProblemText, parseMapAsset } from '../../map-asset.js';
import { FONT_FAMILY } from '../map/draw-base.js';
import { MapRenderer, type RendererOptions } from './map-renderer.js';

const SCENE_OF: Readonly<Record<Screen, string>> = { setup: 'Setup', game: 'Game', debrief: 'Debrief' };

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }
  create(): void {
    this.scene.start('Preloader');
  }
}

export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly bridge: MapBridge) {
    super('Preloader');
  }

  private label: Phaser.GameObjects.Text | null = null;

  preload(): void {
    const { width, height } = this.scale.gameSize;
    const label = this.add
      .text(width / 2, height / 2, t('ui.loading'), {
        fontFamily: FONT_FAMILY,
        fontSize: '20px',
        color: '#333333',
        align: 'center',
        wordWrap: { width: Math.max(200, width - 40) },
      })
      .setOrigin(0.5);
    this.label = label;
    this.load.on('progress', (p: number) => label.setText(`${t('ui.loading')} ${Math.round(p * 100)}%`));
    this.load.json('map', mapUrl);
  }

  create(): void {
    const parsed = parseMapAsset(this.cache.json.get('map'));
    if (!parsed.ok) {
      // Say what is wrong where the map would be; the panels still work without it.
      const message = t('ui.error.map', { detail: mapProblemText(parsed.problem) });
      this.label?.setText(message);
      document.body.dataset.mapError = message;
      return;
    }
    const asset = parsed.asset;
    // Phaser draws text on canvases: the web font must be ready before the first label.
    // Old browsers have no FontFaceSet, whatever the DOM types say.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    const fonts = document.fonts ? Promise.all([document.fonts.load(`400 16px ${FONT_FAMILY}`), document.fonts.load(`700 16px ${FONT_FAMILY}`)]) : Promise.resolve([]);
    void fonts.finally(() => {
      this.bridge.mapReady(asset);
      this.scene.start(SCENE_OF[this.bridge.screen]);
    });
  }
}

abstract class MapScene extends Phaser.Scene {
  private mapRenderer: MapRenderer | null = null;
  private idleFrames = 0;

  protected wake(): void {
    this.idleFrames = 0;
    if (!this.game.loop.running) this.game.loop.wake();
    document.body.dataset.mapLoop = 'awake';
  }

  constructor(
    key: string,
    protected readonly bridge: MapBridge,
    private readonly options: RendererOptions,
  ) {
    super(key);
  }

  create(): void {
    const asset = this.bridge.asset;
    if (!asset) return;
    const renderer = new MapRenderer(this, this.bridge, asset, this.options);
    this.mapRenderer = renderer;
    renderer.update(this.bridge.current());
    renderer.fit();
    // The first frame with this scene's drawing is on screen after this step.
    this.events.once('postupdate', () => this.bridge.reportDrawn(this.bridge.screen));
    const offs = [
      this.bridge.onSnapshot((s) => renderer.update(s)),
      this.bridge.onLarge(() => renderer.relayout()),
      this.bridge.onView((change) => {
        this.wake();
        renderer.changeView(change);
      }),
      // The hover outline is a page canvas (map-renderer.ts): Phaser has nothing to redraw for it.
      this.bridge.onIntent((intent) => {
        if (intent.kind === 'hover') renderer.setHover(intent.space);
      }),
      this.bridge.onScreen((screen) => {
        const key = SCENE_OF[screen];
        this.wake();
        if (key !== this.scene.key) this.scene.start(key);
      }),
    ];
    const onResize = (): void => {
      this.wake();
      renderer.fit();
    };
    this.scale.on('resize', onResize);
    // The stage changes size with the screens around it (not only with the window): follow it,
    // even while the loop sleeps. Always refresh: Phaser's own size check may already have cached
    // the stage's new size without resizing the canvas, and would then report nothing changed.
    const fitStage = (): void => {
      this.scale.getParentBounds();
      this.scale.refresh();
    };
    const observer = new ResizeObserver(() => {
      this.wake();
      fitStage();
    });
    const canvasFitsStage = (): boolean => {
      const host = this.game.canvas.parentElement;
      // In CSS pixels, to the pixel: Phaser rounds the stage's fractional size down.
      return !host || (Math.abs(this.game.canvas.clientWidth - host.clientWidth) <= 1 && Math.abs(this.game.canvas.clientHeight - host.clientHeight) <= 1);
    };
    if (this.game.canvas.parentElement) observer.observe(this.game.canvas.parentElement);
    // Sleep while nothing moves: a still map then costs no frames at all (the browser keeps the
    // last picture); any snapshot, view change or resize wakes the loop at once. Pointers do not:
    // Phaser takes no input, and waking it for every mouse move drew frames with nothing new in them.
    offs.push(
      this.bridge.onSnapshot(() => this.wake()),
      this.bridge.onLarge(() => this.wake()),
    );
    this.idleFrames = 0;
    const onPostUpdate = (): void => {
      const busy = this.tweens.getTweens().some((tw) => tw.isPlaying());
      this.idleFrames = busy ? 0 : this.idleFrames + 1;
      // A few still frames (whatever the frame rate) and the picture is final, once the canvas has
      // the stage's size: a resize that slipped past the observer is caught here, not slept on.
      if (this.idleFrames > 2 && this.game.loop.running && !canvasFitsStage()) {
        this.idleFrames = 0;
        fitStage();
      }
      if (this.idleFrames > 2 && this.game.loop.running) {
        this.game.loop.sleep();
        document.body.dataset.mapLoop = 'asleep';
      }
    };
    this.events.on('postupdate', onPostUpdate);
    this.events.once('shutdown', () => {
      this.events.off('postupdate', onPostUpdate);
      observer.disconnect();
      for (const off of offs) off();
      this.scale.off('resize', onResize);
      renderer.destroy();
      this.mapRenderer = null;
    });
    // A screen change may have happened while this scene was starting.
    const wanted = SCENE_OF[this.bridge.screen];
    if (wanted !== this.scene.key) this.scene.start(wanted);
  }
}

export class SetupScene extends MapScene {
  constructor(bridge: MapBridge) {
    super('Setup', bridge, { plates: false, dim: true });
  }
}

export class GameScene extends MapScene {
  constructor(bridge: MapBridge) {
    super('Game', bridge, { plates: true, dim: false });
  }
}

export class DebriefScene extends MapScene {
  constructor(bridge: MapBridge) {
    super('Debrief', bridge, { plates: true, dim: false });
  }
}

/** Start Phaser in `parent` with the Qantar scenes. */
export function startPhaser(parent: HTMLElement, bridge: MapBridge): Phaser.Game {
  return new Phaser.Game({
    type: new URLSearchParams(location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    // Transparent: the still map is drawn on Canvas 2D layers under Phaser's canvas.
    transparent: true,
    // Phaser's global random generator is seeded and never used for anything that matters.
    seed: ['qantar'],
    banner: false,
    audio: { noAudio: true },
    // The page reads every pointer, finger and wheel itself (map-gestures.ts), so Phaser listens to none:
    // its touch handling would cancel the page's pinch and its mouse handling would double the taps.
    input: { keyboard: false, gamepad: false, mouse: false, touch: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // No multisampling: the map is drawn smooth by Canvas 2D, and MSAA is costly on software GL.
    render: { antialias: true, antialiasGL: false, powerPreference: 'high-performance' },
    scene: [new BootScene(), new PreloaderScene(bridge), new SetupScene(bridge), new GameScene(bridge), new DebriefScene(bridge)],
  });
}
