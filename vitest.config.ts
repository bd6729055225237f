// Vitest runs every test under tests/ (the browser client's end-to-end tests will live in
// tests/e2e/). Property, fuzz and replay tests are heavy, so the per-test timeout is generous; no
// test asserts on time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
