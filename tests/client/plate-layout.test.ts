// The plate layout on its own: plates never overlap, each touches its own country, none leaves the
// view or goes under a reserved rectangle, and a map too small reports it instead of cheating.
import { describe, expect, it } from 'vitest';
import { overlaps, placePlates, PLATE_GAP, rectAround, rectTouchesRings, type PlateRequest } from '../../src/client/map/plate-layout.js';
import type { Ring } from '../../src/map-asset.js';

const square = (x: number, y: number, size: number): Ring[] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ],
];

/** A row of small countries side by side, each with its label in its middle. */
function row(count: number, size: number, w: number, h: number): PlateRequest[] {
  return Array.from({ length: count }, (_, i) => ({ id: `c${i}`, w, h, anchor: [i * size + size / 2, 200] as const, rings: square(i * size, 200 - size / 2, size) }));
}

describe('placePlates', () => {
  it('keeps plates apart, each touching its own country, all inside the view', () => {
    const requests = row(6, 60, 110, 40);
    const view = { width: 400, height: 400 };
    const { centres, complete } = placePlates(requests, view);
    expect(complete).toBe(true);
    expect(centres.size).toBe(6);
    const rects = requests.map((r) => ({ r, rect: rectAround(centres.get(r.id)!, r.w, r.h) }));
    for (const { r, rect } of rects) {
      expect(rectTouchesRings(rect, r.rings), r.id).toBe(true);
      expect(rect.x).toBeGreaterThanOrEqual(PLATE_GAP);
      expect(rect.x + rect.w).toBeLessThanOrEqual(view.width - PLATE_GAP);
    }
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!.rect, rects[j]!.rect)).toBe(false);
  });

  it('puts a plate on its own country when there is room there', () => {
    const [one] = row(1, 200, 80, 30);
    const { centres } = placePlates([one!], { width: 400, height: 400 });
    expect(centres.get('c0')).toEqual(one!.anchor);
  });

  it('says so when the map is too small for the plates, and forced, still places every one', () => {
    const requests = row(6, 20, 110, 60);
    const view = { width: 130, height: 400 };
    expect(placePlates(requests, view).complete).toBe(false);
    const forced = placePlates(requests, view, true);
    expect(forced.centres.size).toBe(6);
    expect(forced.complete).toBe(false);
  });

  it('leaves a reserved rectangle free and gives countries out of view no plate', () => {
    const requests: PlateRequest[] = [
      { id: 'here', w: 60, h: 30, anchor: [350, 350], rings: square(300, 300, 100) },
      { id: 'away', w: 60, h: 30, anchor: [900, 900], rings: square(850, 850, 100) },
    ];
    const reserved = [{ x: 320, y: 320, w: 80, h: 80 }];
    const { centres } = placePlates(requests, { width: 400, height: 400 }, false, reserved);
    expect(centres.has('away')).toBe(false);
    const here = rectAround(centres.get('here')!, 60, 30);
    expect(overlaps(here, reserved[0]!)).toBe(false);
    expect(rectTouchesRings(here, requests[0]!.rings)).toBe(true);
  });
});
