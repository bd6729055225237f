// A short stable hash of any JSON-able value (FNV-1a over its JSON text): cheap, and the same in
// Node and every browser, for golden tests, replays and telling scenario files apart.
export function jsonHash(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
