import { describe, expect, it } from 'vitest';
import { makeSave, parseSave, serialiseSave } from '../../src/client/save.js';
import { gameById } from '../../src/client/scenarios.js';
import type { UiModel } from '../../src/client/types.js';
import { POWERS, type Move } from '../../src/rules/index.js';
import { config, HUMANS, makeController } from './helpers.js';

function model(m: UiModel | null): UiModel {
  if (!m) throw new Error('no model');
  return m;
}

/** Strip what differs between two runs of the same game but not in meaning. */
function snapshot(m: UiModel): unknown {
  return { board: m.board, log: m.log.map((e) => e.events), active: m.active };
}

describe('controller', () => {
  it('starts three humans behind a handoff, then shows only the active seat hand', async () => {
    const { controller } = makeController();
    await controller.start(config(HUMANS));
    let m = model(controller.current());
    expect(m.handoff?.to).toBe(m.active);
    expect(m.hand).toBeNull();
    expect(m.legal).toEqual([]);
    controller.acceptHandoff();
    m = model(controller.current());
    expect(m.viewer).toBe(m.active);
    expect(m.hand?.length).toBe(4);
    expect(m.legal.length).toBeGreaterThan(0);
    controller.stop();
  });

  it('never puts another seat hand in the model', async () => {
    const { controller } = makeController();
    await controller.start(config({ russia: 'human', turkey: 'human', china: 'easy' }));
    const seen: UiModel[] = [];
    controller.subscribe((m) => seen.push(m));
    for (let i = 0; i < 40; i++) {
      const m = model(controller.current());
      if (m.over) break;
      if (m.handoff) controller.acceptHandoff();
      const now = model(controller.current());
      const move = now.legal.find((l) => l.type !== 'pass') ?? now.legal[0];
      if (move) await controller.act(move);
      else await controller.idle();
    }
    expect(seen.length).toBeGreaterThan(10);
    for (const m of seen) {
      // The model carries exactly one seat's private facts, the viewer's, or none.
      expect('hands' in m.board).toBe(false);
      expect('hand' in m.board).toBe(false);
      expect('deck' in m.board).toBe(false);
      if (m.viewer === null) expect(m.hand).toBeNull();
      if (m.hand) expect(m.viewer).not.toBeNull();
      const json = JSON.stringify(m);
      expect(json).not.toContain('"hands"');
      expect(json).not.toContain('"rng"');
    }
    controller.stop();
  });

  it('undo is allowed inside a human action and forbidden once the turn passed or a die was rolled', async () => {
    const { controller } = makeController();
    await controller.start(config(HUMANS));
    controller.acceptHandoff();
    let m = model(controller.current());
    expect(m.canUndo).toBe(false); // nothing played yet
    const active = m.active;
    const ops = m.legal.find((l) => l.type === 'playOps');
    expect(ops).toBeDefined();
    await controller.act(ops as Move);
    m = model(controller.current());
    expect(m.active).toBe(active);
    expect(m.canUndo).toBe(true);
    const before = m.steps;
    expect(await controller.undo()).toBe(true);
    m = model(controller.current());
    expect(m.steps).toBe(before - 1);
    expect(m.hand).toContain((ops as Extract<Move, { type: 'playOps' }>).card);
    // Pass: the turn goes to another seat, so no undo.
    const pass = m.legal.find((l) => l.type === 'pass') as Move;
    await controller.act(pass);
    m = model(controller.current());
    expect(m.active).not.toBe(active);
    expect(m.canUndo).toBe(false);
    expect(await controller.undo()).toBe(false);
    controller.stop();
  });

  it('save → load replays to the same state', async () => {
    const { controller, slot } = makeController();
    await controller.start(config({ russia: 'easy', turkey: 'easy', china: 'human' }, 11));
    for (let i = 0; i < 25; i++) {
      await controller.idle();
      const m = model(controller.current());
      if (m.over) break;
      const move = m.legal[0];
      if (move) await controller.act(move);
    }
    await controller.idle();
    const first = model(controller.current());
    const saved = slot.load();
    expect(saved.kind).toBe('game');
    const text = serialiseSave(saved.kind === 'game' ? saved.save : makeSave(first.config, []));
    const parsed = parseSave(text, (id) => gameById(id) !== undefined);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    controller.stop();
    const second = makeController().controller;
    await second.start(parsed.save.config, parsed.save.steps);
    await second.idle();
    const m2 = model(second.current());
    expect(m2.steps).toBe(first.steps);
    expect(snapshot(m2)).toEqual(snapshot(first));
    second.stop();
  });

  it('three easy bots play a whole game without a human', async () => {
    const { controller } = makeController();
    await controller.start(config({ russia: 'easy', turkey: 'easy', china: 'easy' }, 3));
    for (let i = 0; i < 2000 && !controller.current()?.over; i++) await controller.idle();
    const m = model(controller.current());
    expect(m.over).toBe(true);
    expect(m.hand).toBeNull();
    expect(POWERS.every((p) => typeof m.board.vp[p] === 'number')).toBe(true);
    controller.stop();
  });

  it('rejects a bad save with a reason', () => {
    expect(parseSave('{', () => true)).toEqual({ ok: false, problem: { code: 'json' } });
    expect(parseSave(JSON.stringify({ format: 'qantar-save', version: 1, config: { scenarioId: 'nope', seed: 1, agendas: false, seats: {} }, steps: [] }), () => false).ok).toBe(
      false,
    );
  });
});
