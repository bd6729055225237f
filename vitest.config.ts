// Vitest runs every test under tests/ (the browser client's end-to-end tests live in tests/e2e/;
// `npm run test:unit` leaves them out). Property, fuzz and replay tests are heavy, so the per-test
// timeout is generous; no test asserts on time.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The browser tests' Chromium is unpacked once, before the test files run in parallel.
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One test file per core: the tests are CPU-bound and Vitest's own process mostly waits, so its
    // default (one core fewer) runs a two-core machine one file at a time.
    maxWorkers: availableParallelism(),
  },
});
