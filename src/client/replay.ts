// The replay viewer's frames: the saved game re-run step by step on a fresh match, keeping only
// what every seat may see (the board and the log) after each step.
import type { GameHandle, LogEntry, Message } from '../game/index.js';
import { publicOf } from './controller.js';
import { Session } from './session.js';
import type { PublicView, SaveFile } from './types.js';

export interface ReplayFrame {
  readonly board: PublicView;
  readonly log: readonly LogEntry[];
}

/** A step of the save that the rules refused: `step` counts from 1; `reason` is the kernel's, as a message. */
export interface ReplayFailure {
  readonly step: number;
  readonly reason: Message;
}

export async function buildReplay(save: SaveFile, game: GameHandle): Promise<ReplayFrame[] | ReplayFailure> {
  const session = await Session.open(save.config, game);
  const frames: ReplayFrame[] = [];
  const capture = (): void => {
    const view = session.view('russia');
    if (view) frames.push({ board: publicOf(view), log: session.log() });
  };
  capture();
  for (const [index, step] of save.steps.entries()) {
    const rejected = await session.send(step.move);
    if (rejected) {
      session.stop();
      return { step: index + 1, reason: rejected };
    }
    capture();
  }
  session.stop();
  return frames;
}
