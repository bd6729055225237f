// The browser entry: the DOM shell and the controller start at once; Phaser (the biggest chunk)
// loads in parallel and draws the map as soon as it is ready.
import '../../assets/fonts/fonts.css';
import './styles.css';
import { App } from './app.js';
import { MapBridge } from './bridge.js';
import { Controller } from './controller.js';
import { byId } from './dom.js';
import { applyPalette } from './palette-css.js';
import { makeSave, MemoryStore, SaveSlot, type KeyValueStore } from './save.js';
import { gameById } from './scenarios.js';
import { SEAT_KINDS, type SeatKind } from './types.js';
import { WorkerBotRunner } from './worker-runner.js';
import { registerServiceWorker } from './offline.js';
import { isLocale, LOCALES, RTL_LOCALES, say, setLocale } from '../i18n/catalogue.js';

function storage(): KeyValueStore {
  try {
    const probe = '__qantar_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return new MemoryStore();
  }
}

// The stylesheet's colours come from the one palette: set them before anything is drawn.
applyPalette(document.documentElement.style);

const params = new URLSearchParams(location.search);
// `?lang=en-XA` switches on the pseudo-locale (accented, a third longer) to find text that bypasses
// the catalogue or does not fit; every other language will come the same way.
const asked = params.get('lang') ?? '';
const locale = isLocale(asked) ? asked : LOCALES[0];
setLocale(locale);
document.documentElement.lang = locale;
document.documentElement.dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';

const fastBots = params.has('fastbots');
const bridge = new MapBridge();
const slot = new SaveSlot(storage(), (id) => gameById(id) !== undefined);
// A failed bot worker is said on screen (the bots go on in the page): `app` exists by the time a bot thinks.
const bots = new WorkerBotRunner({ onFailure: (message) => app.toast(say(message)) });
const controller = new Controller({ bots, scenario: gameById, slot, botDelayMs: fastBots ? 0 : 700 });
const app = new App({ controller, bridge, slot, fastBots, setBotDelay: (ms) => controller.setBotDelay(fastBots ? 0 : ms) });

registerServiceWorker();

void import('./phaser/scenes.js').then(({ startPhaser }) => startPhaser(byId('stage-canvas'), bridge));

/** `?new` forces the setup screen; `?play=classroom&seed=5&seats=hhe` starts a game directly (demos, bench). */
function seatsFrom(code: string): Record<'russia' | 'turkey' | 'china', SeatKind> | null {
  const kinds: Record<string, SeatKind> = { h: 'human', e: 'easy', m: 'medium', d: 'hard' };
  const [r, t, c] = code.split('').map((ch) => kinds[ch]);
  return r && t && c && SEAT_KINDS.includes(r) ? { russia: r, turkey: t, china: c } : null;
}

const play = params.get('play');
const stored = slot.load();
if (play && gameById(play)) {
  const seats = seatsFrom(params.get('seats') ?? 'hhh') ?? { russia: 'human', turkey: 'human', china: 'human' };
  slot.clear();
  void app.resume(makeSave({ scenarioId: play, seed: Number(params.get('seed') ?? 1) || 1, agendas: params.has('agendas'), seats }, []));
} else if (stored.kind === 'game' && !params.has('new')) {
  void app.resumeStored(stored.save);
} else {
  // A stored text that is not a resumable game is shown on the setup screen, not dropped.
  app.showSetup();
}
