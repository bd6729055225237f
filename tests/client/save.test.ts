// Saves: a bad text is refused with the field that is wrong; the stored game that cannot be
// resumed is kept byte for byte; a save of another rules edition opens only as a replay, and only
// if every move still applies, else it is refused with its edition named.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { buildReplay } from '../../src/client/replay.js';
import { RULES_VERSION } from '../../src/client/rules-version.js';
import { makeSave, MemoryStore, parseSave, SAVE_KEY, SaveSlot, serialiseSave } from '../../src/client/save.js';
import { editionName, openSave } from '../../src/client/save-edition.js';
import { saveProblemText } from '../../src/client/save-schema.js';
import { gameById } from '../../src/client/scenarios.js';
import type { SaveFile } from '../../src/client/types.js';
import { config, HUMANS, makeController, SCENARIO_ID } from './helpers.js';

const known = (id: string): boolean => gameById(id) !== undefined;

function replay(save: SaveFile): ReturnType<typeof buildReplay> {
  const game = gameById(save.config.scenarioId);
  if (!game) throw new Error('no scenario');
  return buildReplay(save, game);
}

/** A real game of a few human moves, as the controller saves it. */
async function playedSave(moves: number): Promise<SaveFile> {
  const { controller } = makeController();
  await controller.start(config(HUMANS, 21));
  for (let i = 0; i < moves; i++) {
    const m = controller.current();
    if (!m) throw new Error('no model');
    if (m.handoff) controller.acceptHandoff();
    const move = controller.current()?.legal[0];
    if (!move) throw new Error('no legal move');
    expect((await controller.act(move)).ok).toBe(true);
  }
  const save = controller.exportSave();
  controller.stop();
  if (!save) throw new Error('no save');
  return save;
}

function withEdition(save: SaveFile, rulesVersion: number | null): string {
  return serialiseSave({ ...save, rulesVersion });
}

describe('parsing a save', () => {
  const good = makeSave(config(HUMANS), []);

  it('reads back what it wrote, with the rules edition', () => {
    const parsed = parseSave(serialiseSave(good), known);
    expect(parsed).toEqual({ ok: true, save: good });
    expect(good.rulesVersion).toBe(RULES_VERSION);
  });

  it('names the wrong field and what it should be', () => {
    const text = JSON.stringify({ ...good, config: { ...good.config, seats: { ...good.config.seats, turkey: 'wizard' } } });
    const parsed = parseSave(text, known);
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'field', field: 'config.seats.turkey', expected: 'seat' } });
    if (parsed.ok) return;
    const words = saveProblemText(parsed.problem);
    expect(words).toContain('config.seats.turkey');
    expect(words).toContain(t('ui.save.expect.seat'));
  });

  it('names a missing field, a bad move and text that is not JSON', () => {
    const { seed: _seed, ...noSeed } = good.config;
    expect(parseSave(JSON.stringify({ ...good, config: noSeed }), known)).toMatchObject({ ok: false, problem: { code: 'missing', field: 'config.seed' } });
    const badMove = { ...good, steps: [{ move: { type: 'place', power: 'russia', space: 'atlantis' } }] };
    expect(parseSave(JSON.stringify(badMove), known)).toMatchObject({ ok: false, problem: { code: 'field', field: 'steps.0.move', expected: 'move' } });
    expect(parseSave(JSON.stringify({ ...good, config: { ...good.config, scenarioId: 'atlantis' } }), known)).toMatchObject({
      ok: false,
      problem: { field: 'config.scenarioId', expected: 'scenario' },
    });
    expect(parseSave('{"format": "qantar-save", ', known)).toEqual({ ok: false, problem: { code: 'json' } });
    expect(saveProblemText({ code: 'json' })).toBe(t('ui.save.problem.json'));
  });

  it('reports the edition a refused text says it was written under', () => {
    const text = JSON.stringify({ ...good, rulesVersion: 7, steps: 'lots' });
    expect(parseSave(text, known)).toMatchObject({ ok: false, rulesVersion: 7, problem: { field: 'steps', expected: 'steps' } });
  });
});

describe('the game kept in the browser', () => {
  it('keeps a text that is not a save, exactly, and says what is wrong', () => {
    const store = new MemoryStore();
    const text = '{"format":"qantar-save","version":1,"config":{"scenarioId":"classroom","seed":3,"agendas":fal';
    store.setItem(SAVE_KEY, text);
    const slot = new SaveSlot(store, known);
    const stored = slot.load();
    expect(stored).toEqual({ kind: 'unreadable', text, problem: { code: 'unreadable', problem: { code: 'json' } } });
    // Loading again (a reload) finds the same text: nothing dropped it.
    expect(slot.load()).toEqual(stored);
    expect(store.getItem(SAVE_KEY)).toBe(text);
    slot.clear();
    expect(slot.load()).toEqual({ kind: 'none' });
  });

  it('does not resume a game stored under another rules edition', () => {
    const store = new MemoryStore();
    const text = withEdition(makeSave(config(HUMANS), []), RULES_VERSION + 1);
    store.setItem(SAVE_KEY, text);
    expect(new SaveSlot(store, known).load()).toEqual({ kind: 'unreadable', text, problem: { code: 'otherEdition', rulesVersion: RULES_VERSION + 1 } });
  });

  it('resumes a game stored under these rules', () => {
    const store = new MemoryStore();
    const save = makeSave(config(HUMANS), []);
    store.setItem(SAVE_KEY, JSON.stringify(save));
    expect(new SaveSlot(store, known).load()).toEqual({ kind: 'game', save, text: JSON.stringify(save) });
  });
});

describe('opening a save by its rules edition', () => {
  it('offers a save of these rules to play on', async () => {
    const save = await playedSave(2);
    const opening = await openSave(parseSave(serialiseSave(save), known), () => {
      throw new Error('a save of these rules is not replayed first');
    });
    expect(opening).toEqual({ kind: 'current', save });
  });

  it('opens a save of another edition as a replay when every move still applies', async () => {
    const save = await playedSave(3);
    const old = RULES_VERSION - 1;
    const opening = await openSave(parseSave(withEdition(save, old), known), replay);
    expect(opening.kind).toBe('replay');
    if (opening.kind !== 'replay') return;
    expect(opening.frames).toHaveLength(save.steps.length + 1);
    expect(opening.save.rulesVersion).toBe(old);
    expect(opening.note).toContain(editionName(old));
    expect(opening.note).toContain(String(old));
  });

  it('opens a save from before editions were recorded as a replay too', async () => {
    const save = await playedSave(1);
    const { rulesVersion: _none, ...unnumbered } = save;
    const opening = await openSave(parseSave(JSON.stringify(unnumbered), known), replay);
    expect(opening).toMatchObject({ kind: 'replay', note: expect.stringContaining(t('ui.save.edition.unnumbered')) });
  });

  it('refuses a save of another edition whose moves no longer apply, naming the edition and the step', async () => {
    const save = await playedSave(3);
    const first = save.steps[0];
    if (!first) throw new Error('no step');
    // The same move twice: the card is no longer in the hand the second time.
    const broken: SaveFile = { ...save, rulesVersion: 0, steps: [first, first, ...save.steps.slice(1)] };
    const opening = await openSave(parseSave(serialiseSave(broken), known), replay);
    expect(opening.kind).toBe('refused');
    if (opening.kind !== 'refused') return;
    expect(opening.message).toContain(editionName(0));
    expect(opening.message).toContain(t('ui.save.edition.numbered', { version: 0 }));
    expect(opening.message).toContain(String(RULES_VERSION));
    expect(opening.message).toMatch(/move 2\b/);
  });

  it('refuses a save of another edition that cannot even be read, naming the edition', async () => {
    const text = JSON.stringify({ ...makeSave(config(HUMANS), []), rulesVersion: 9, steps: [{ move: { type: 'teleport' } }] });
    const opening = await openSave(parseSave(text, known), replay);
    expect(opening).toEqual({
      kind: 'refused',
      message: t('ui.save.edition.unreadable', {
        edition: editionName(9),
        current: RULES_VERSION,
        detail: saveProblemText({ code: 'field', field: 'steps.0.move', expected: 'move' }),
      }),
    });
  });

  it('refuses a damaged save of these rules with the field named', async () => {
    const text = JSON.stringify({ ...makeSave(config(HUMANS), []), config: { scenarioId: SCENARIO_ID, seed: -4, agendas: false, seats: HUMANS } });
    const opening = await openSave(parseSave(text, known), replay);
    expect(opening).toMatchObject({ kind: 'refused', message: expect.stringContaining('config.seed') });
  });
});
