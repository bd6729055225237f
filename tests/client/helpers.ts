import { Controller } from '../../src/client/controller.js';
import { InlineBotRunner } from '../../src/client/bots.js';
import { MemoryStore, SaveSlot } from '../../src/client/save.js';
import { gameById } from '../../src/client/scenarios.js';
import type { GameConfig, SeatKind } from '../../src/client/types.js';
import type { ByPower } from '../../src/rules/index.js';

export const SCENARIO_ID = 'classroom';

export function config(seats: ByPower<SeatKind>, seed = 7): GameConfig {
  return { scenarioId: SCENARIO_ID, seed, agendas: false, seats };
}

export function makeController(store = new MemoryStore()): { controller: Controller; store: MemoryStore; slot: SaveSlot } {
  const slot = new SaveSlot(store, (id) => gameById(id) !== undefined);
  const controller = new Controller({ bots: new InlineBotRunner(), scenario: gameById, slot, botDelayMs: 0 });
  return { controller, store, slot };
}

export const HUMANS: ByPower<SeatKind> = { russia: 'human', turkey: 'human', china: 'human' };
