import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'stream', 'util'];

/**
 * The boundaries of architecture.md: which room may import what. `packages` are
 * module names (`electron`, not a folder of that name); `patterns` match paths.
 */
const boundary = (message, { packages = [], patterns = [] }) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: packages.map((name) => ({ name, message })),
      patterns: patterns.length ? [{ group: patterns, message }] : [],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'db/migrations', '.tmp', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  { ...reactHooks.configs.flat.recommended, files: ['renderer/**/*.{ts,tsx}'] },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundary('The renderer talks only to window.planDesk / the HTTP API: no electron, node:* or db/.', {
      packages: ['electron', 'better-sqlite3', ...nodeBuiltins],
      patterns: ['node:*', '**/db/**', '**/db'],
    }),
  },
  {
    files: ['core/**/*.ts'],
    rules: boundary('core/ is pure domain logic: no I/O, no electron, no database.', {
      packages: ['electron', 'better-sqlite3', 'drizzle-orm', ...nodeBuiltins],
      patterns: ['node:*', '**/db/**', '**/db', 'drizzle-orm/*', '**/electron/**'],
    }),
  },
  {
    files: [
      'db/**/*.ts',
      'electron/api/**/*.ts',
      'electron/server.ts',
      'electron/serve.ts',
      'electron/security.ts',
      'electron/cli.ts',
      'electron/cli/**/*.ts',
    ],
    rules: boundary('Handlers, db/ and the serve/CLI entry points run without Electron: no electron import.', {
      packages: ['electron'],
    }),
  },
);
