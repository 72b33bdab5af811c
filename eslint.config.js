// Lint: the design's boundaries as rules (DESIGN.md §1) — core is pure (no I/O, no clock, no DOM, no
// Node), the renderer never reaches into the Node side, only the Electron shell imports 'electron' —
// plus TypeScript's and React hooks' recommended checks.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'stream', 'zlib', 'worker_threads'];
const group = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-control-regex': 'off', // text cleaning matches control characters on purpose
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          group(NODE_BUILTINS, 'src/core is pure: no Node modules (I/O lives in src/main).'),
          group(['electron', 'electron-store', 'react', 'react-dom', 'react/*'], 'src/core is pure: no Electron, no React.'),
          group(['**/main/**', '**/renderer/**', '**/preload/**'], 'src/core imports only src/core (and small pure libraries).'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'Buffer', 'require', 'setTimeout', 'setInterval'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/core has no clock: take "today" or "now" as an argument.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core has no clock: take "today" or "now" as an argument.' }],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          group(NODE_BUILTINS, 'src/api is the contract: schemas only.'),
          group(['electron', 'react', '**/main/**', '**/renderer/**', '**/preload/**'], 'src/api is the contract: it imports only src/core and zod.'),
        ],
      }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          group(NODE_BUILTINS, 'The renderer runs in a browser: no Node modules.'),
          group(['electron', 'electron-store', '**/main/**', '**/preload/**'], 'The renderer talks to the host only through the API (api-client).'),
        ],
      }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          group(['electron', 'electron-store'], "Only src/main/electron (and src/preload) import 'electron'."),
          group(['**/renderer/**'], 'The Node side never imports the renderer.'),
        ],
      }],
    },
  },
);
