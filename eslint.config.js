// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Node globals for the few plain JavaScript files (configs and CI helpers). */
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  URL: 'readonly',
};

/** What `models/` must never reach: UI, DOM, app code or Node. */
const modelImportBans = {
  paths: [
    { name: 'react', message: 'models/ is pure TypeScript: no React.' },
    { name: 'react-dom', message: 'models/ is pure TypeScript: no React.' },
    { name: 'zustand', message: 'State lives in src/store, not in models/.' },
    { name: 'd3-selection', message: 'models/ has no DOM: d3-selection belongs in src/.' },
  ],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'zustand/*'],
      message: 'models/ is pure TypeScript: no UI libraries.',
    },
    { group: ['d3-selection/*'], message: 'models/ has no DOM.' },
    {
      group: ['../src/*', '../../src/*', '../../../src/*', '**/src/**'],
      message: 'models/ never imports src/.',
    },
    { group: ['node:*'], message: 'models/ runs in browsers and workers too: no Node built-ins.' },
    {
      group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'util'],
      message: 'models/ runs in browsers and workers too: no Node built-ins.',
    },
  ],
};

const modelGlobalBans = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'self',
  'process',
].map((name) => ({ name, message: `models/ must run anywhere: do not use \`${name}\`.` }));

/**
 * What would make models/ give different numbers for the same scenario and seed: every random draw comes
 * from the seeded streams of models/random/, nothing reads the clock, and no number goes through a library
 * function engines may round differently (models/random/exp.ts has e^x, ln x and 2^k in plain arithmetic).
 */
const transcendental = ['exp', 'log', 'pow', 'expm1', 'log1p', 'log2', 'log10', 'cbrt'].map((property) => ({
  object: 'Math',
  property,
  message: `models/ uses exp, log or pow2 from models/random/exp.ts: Math.${property} may differ by a unit in the last place from engine to engine.`,
}));
const modelPropertyBans = [
  ...transcendental,
  { object: 'Math', property: 'random', message: 'models/ draws from the seeded streams of models/random/.' },
  {
    object: 'Date',
    property: 'now',
    message: 'models/ never reads the clock: the same seed gives the same numbers.',
  },
  {
    object: 'performance',
    property: 'now',
    message: 'models/ never reads the clock: the same seed gives the same numbers.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    // Type-aware rules: each file is checked with the tsconfig that includes it (tsconfig.json references all).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A promise nobody awaits hides its failure; `void` says the fire-and-forget is meant.
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union names every member, so a new pattern, scope or kind cannot slip through.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', modelImportBans],
      'no-restricted-globals': ['error', ...modelGlobalBans],
      'no-restricted-properties': ['error', ...modelPropertyBans],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'models/ never reads the clock: the same seed gives the same numbers.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
