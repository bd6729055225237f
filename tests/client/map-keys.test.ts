// The arrow keys on the map go to the nearest space in that direction (src/client/map-keys.ts).
import { describe, expect, it } from 'vitest';
import { isMapKey, nextIndex } from '../../src/client/map-keys.js';

//   0 . 1
//   . 2 .
//   3 . 4      (x right, y down)
const GRID = [
  { x: 0, y: 0 },
  { x: 20, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 20 },
  { x: 20, y: 20 },
];

describe('moving across the map with the keys', () => {
  it('goes to the nearest plate in the pressed direction', () => {
    expect(nextIndex(GRID, 0, 'ArrowRight')).toBe(1);
    expect(nextIndex(GRID, 0, 'ArrowDown')).toBe(3);
    expect(nextIndex(GRID, 2, 'ArrowUp')).toBe(0);
    expect(nextIndex(GRID, 4, 'ArrowLeft')).toBe(3);
  });

  it('prefers a plate straight ahead to a nearer one off to the side', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 9 },
      { x: 25, y: 0 },
    ];
    expect(nextIndex(points, 0, 'ArrowRight')).toBe(2);
  });

  it('stays put when nothing lies that way, and Home/End go to the ends', () => {
    expect(nextIndex(GRID, 1, 'ArrowRight')).toBe(1);
    expect(nextIndex(GRID, 0, 'ArrowUp')).toBe(0);
    expect(nextIndex(GRID, 2, 'Home')).toBe(0);
    expect(nextIndex(GRID, 2, 'End')).toBe(4);
    expect(nextIndex([], 0, 'End')).toBe(0);
  });

  it('knows its keys', () => {
    expect(isMapKey('ArrowLeft')).toBe(true);
    expect(isMapKey('Enter')).toBe(false);
  });
});
