// ESLint for the whole repository: type-checked TypeScript rules, plus the architecture written
// down as import rules (README "Layout"), so a layer crossing fails `npm run lint` instead of a
// review. Formatting is Prettier's job (.prettierrc.json); eslint-config-prettier turns off every
// stylistic rule that would fight it.
import path from 'node:path';

import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// The layers. Each folder is one element; a file's element is the FIRST descriptor that matches,
// so the catch-all `src-shared` (src/palette.ts and any other file straight under src/) comes
// after the folders. Imports inside one element are always allowed; every import that crosses
// elements must be allowed by a policy below (default: disallow), and imports of files that are
// in no element at all are checked too (checkUnknownLocals), so a new folder is not a loophole.
// Paths are resolved by eslint-import-resolver-typescript, so `../rules/control.js`,
// `../../rules/types.js` and `import('../ai/index.js')` are all the same file to the rule.
// ---------------------------------------------------------------------------------------------
const ELEMENTS = [
  { type: 'rules', pattern: 'src/rules', partialMatch: false },
  { type: 'ai', pattern: 'src/ai', partialMatch: false },
  { type: 'game', pattern: 'src/game', partialMatch: false },
  { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
  { type: 'sim', pattern: 'src/sim', partialMatch: false },
  { type: 'client', pattern: 'src/client', partialMatch: false },
  { type: 'src-shared', pattern: 'src', partialMatch: false },
  { type: 'scenarios', pattern: 'scenarios', partialMatch: false },
  { type: 'assets', pattern: 'assets', partialMatch: false },
  { type: 'scripts', pattern: 'scripts', partialMatch: false },
  { type: 'tests', pattern: 'tests', partialMatch: false },
];

/** Selector for files of an element; `file` narrows to a path inside the element folder. */
const el = (type, file) => ({ element: file === undefined ? { type } : { type, fileInternalPath: file } });

// The kernel's public module (being created from kernel.ts + the re-exported types): the only
// door into src/rules for src/ai, src/game, src/sim, src/i18n and src/palette.ts. (tests/ and
// scripts/ may still reach internals; src/client may not import src/rules at all.)
const KERNEL = el('rules', 'index.ts');
// The bots' public module (src/ai/index.ts).
const BOTS = el('ai', 'index.ts');
// Shared modules straight under src/ that a layer may use: the palette (the game, the debrief and
// the report draw the powers alike) and the map asset's schema (the client reads assets/map.json
// with it, and scripts/build-map.ts checks what it writes with it).
const PALETTE = el('src-shared', 'palette.ts');
const MAP_ASSET = el('src-shared', 'map-asset.ts');

const BOUNDARY_POLICIES = [
  // src/rules: only its own files (internal, always allowed) and the scenario/card JSON.
  // Nothing from i18n (the kernel speaks codes), the bots, the adapter or the client.
  { from: el('rules'), allow: { to: el('scenarios') } },
  // src/ai: the kernel through its public module only; nothing from i18n (the bots speak codes).
  { from: el('ai'), allow: { to: KERNEL } },
  // src/game (the boardgame.io adapter and the client's one door into the game): the kernel's
  // public module, the bots' public module (bots are seats of the game: src/game/bots.ts runs
  // them on a seat's view, in the page or the bot web worker) and the catalogue.
  { from: el('game'), allow: { to: [KERNEL, BOTS, el('i18n')] } },
  // src/i18n: its own JSON; it may name the kernel's codes through the public module.
  { from: el('i18n'), allow: { to: KERNEL } },
  // src/palette.ts, src/map-asset.ts: the kernel's public module (power and space ids) and the catalogue.
  { from: el('src-shared'), allow: { to: [KERNEL, el('i18n')] } },
  // src/sim (the runner): the kernel's public module, the bots, the catalogue, the palette, the scenario JSON.
  { from: el('sim'), allow: { to: [KERNEL, el('ai'), el('i18n'), PALETTE, el('scenarios')] } },
  // src/client reaches the game only through src/game: the adapter, the catalogue, the palette
  // and the map/font assets. NOT src/rules (not even its public module) and NOT src/ai ...
  // The bot web worker too: it runs the bots through src/game/bots.ts.
  { from: el('client'), allow: { to: [el('game'), el('i18n'), PALETTE, MAP_ASSET, el('assets')] } },
  // tests/: anything of src (tests reach into internals on purpose), the data, their fixtures.
  { from: el('tests'), allow: { to: ['rules', 'ai', 'game', 'i18n', 'sim', 'client', 'src-shared', 'scenarios', 'assets'].map((t) => el(t)) } },
  // scripts/ (CLIs): src except the browser client, the data, and the test helpers they reuse
  // (bench-client drives tests/e2e/browser.ts).
  { from: el('scripts'), allow: { to: ['rules', 'ai', 'game', 'i18n', 'sim', 'src-shared', 'scenarios', 'assets', 'tests'].map((t) => el(t)) } },
  // Nothing imports scripts/ or src/client/ (beyond the allowances above): no policy allows it.
];

export default defineConfig(
  globalIgnores(['dist/', 'out/', 'coverage/', 'tests/artifacts/', '.vite/']),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // projectService finds the nearest tsconfig.json per file: src/rules/tsconfig.json (ES2022
      // only, no DOM/Node) for the kernel, the root tsconfig.json for everything else.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `any` is banned outright (also in strictTypeChecked; stated here so it stays).
      '@typescript-eslint/no-explicit-any': 'error',
      // Numbers in template literals are the bulk of the code's text building (log lines, CSV,
      // reports: ~150 hits) and always print fine; objects, nullish and unions still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Two idioms this code uses on purpose are exempt: `onClick(() => this.render())`
      // handlers (~80 hits), and the kernel's dispatch `case 'x': return doX(ctx);` inside a
      // function declared `: void` (17 hits in src/rules). A void value used anywhere else
      // (`const x = log()`, `f(log())`, a return from a non-void function) is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // The code drops fields with `const { seat: _seat, ...rest } = view` and marks unused
      // parameters with `_`, the same convention TypeScript's noUnused* flags honour.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The scenario loader (src/rules/load-scenario.ts) throws a plain `Fault` (path +
      // expectation) and catches it one level up to build the reader's message; it never
      // escapes, so it needs no stack trace. (No `path` in the selector: it is resolved against
      // the process's cwd and breaks under `eslint --concurrency`.)
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'Fault' }] }],
    },
  },

  // ----- Architecture: import boundaries (all TypeScript and JavaScript files) ----------------
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**', 'tests/**', 'scripts/**', 'scenarios/**', 'assets/**'],
      // import, export ... from, and dynamic import() are all dependencies.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
      // Patterns and tsconfig are relative to this file, so linting from an editor or a
      // subfolder classifies files the same way.
      'boundaries/root-path': import.meta.dirname,
      'import/resolver': { typescript: { project: path.join(import.meta.dirname, 'tsconfig.json'), alwaysTryTypes: true }, node: true },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkUnknownLocals: true,
          message: 'Layer boundary: {{from.type}} may not import {{to.elementPath}}/{{to.internalPath}} (allowed imports per layer: BOUNDARY_POLICIES in eslint.config.js).',
          policies: BOUNDARY_POLICIES,
        },
      ],
    },
  },
  // src/rules: npm packages limited to the two it is built on; no Node built-ins, no Phaser, no
  // boardgame.io (a bare specifier is anything not starting with `.`). Relative imports are the
  // boundaries rule's job above.
  {
    files: ['src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.|pure-rand(/|$)|zod(/|$))', message: 'src/rules may use only pure-rand and zod from npm (no Node, DOM or framework packages).' }] },
      ],
    },
  },

  // ----- Determinism: all randomness comes from the seeded generators -------------------------
  {
    files: ['src/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator (src/rules/rng.ts, src/ai/search-rng.ts); a fresh seed comes from crypto.getRandomValues.' },
      ],
    },
  },

  // ----- Environments ------------------------------------------------------------------------
  { files: ['src/client/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src/client/bot-worker.ts'], languageOptions: { globals: { ...globals.worker } } },
  { files: ['src/client/service-worker.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  { files: ['src/sim/**', 'scripts/**', 'tests/**', '*.{js,ts}'], languageOptions: { globals: { ...globals.node } } },

  // ----- Tests -------------------------------------------------------------------------------
  {
    files: ['tests/**'],
    rules: {
      // A test asserting on a fixture it just built (`byId.get('astana')!`) is clearer than a
      // guard; a wrong assumption fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Vitest's asymmetric matchers (expect.stringContaining, expect.any) are typed `any`, and
      // JSON.parse of a fixture is checked by the assertions that follow it.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // ----- Plain JavaScript (eslint.config.js, scripts/start.mjs, src/sim/worker-entry.mjs) ------
  // Not in any tsconfig, so no type information: the type-checked rules are switched off there.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },

  // Last, so it wins: turn off the rules that overlap with Prettier.
  prettier,
);
