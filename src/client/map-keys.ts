// Moving the keyboard across the map: the arrow keys go from a space's button to the nearest plate
// in that direction on screen (the map is a picture, so "next in the list" would jump about), Home
// and End to the first and last space. Every space is reachable this way, legal target or not, so
// a keyboard or screen-reader player can read any space's facts, as a mouse player hovers them.

export type MapKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isMapKey(key: string): key is MapKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The index in `points` to go to from `from` with `key`, or `from` when nothing lies that way.
 * A plate counts as "that way" when it is further along the direction than across it; among
 * those the nearest wins, with distance across the direction counting double, so a plate
 * straight ahead beats a nearer one off to the side.
 */
export function nextIndex(points: readonly Point[], from: number, key: MapKey): number {
  if (key === 'Home') return points.length > 0 ? 0 : from;
  if (key === 'End') return points.length > 0 ? points.length - 1 : from;
  const here = points[from];
  if (!here) return from;
  const [dx, dy] = key === 'ArrowLeft' ? [-1, 0] : key === 'ArrowRight' ? [1, 0] : key === 'ArrowUp' ? [0, -1] : [0, 1];
  let best = from;
  let bestCost = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    if (i === from) return;
    const along = (p.x - here.x) * dx + (p.y - here.y) * dy;
    const across = Math.abs((p.x - here.x) * dy - (p.y - here.y) * dx);
    if (along <= 0 || across > along) return;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  });
  return best;
}
