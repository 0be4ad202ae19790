// ESLint flat config: typescript-eslint's strict and stylistic type-checked rules for every
// TypeScript file, plus the layering rules between the main process, the preload and the renderer.

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const rawIpcMessage =
  'Only electron/ipc/main-ipc.ts may use ipcMain and only electron/preload.cts may use ' +
  'ipcRenderer: add the call to the IPC contract instead.';

/**
 * Builds the `electron` import restriction, leaving out the name a file may import.
 * @param {'ipcMain' | 'ipcRenderer' | null} allowed
 */
function electronImportRule(allowed) {
  const restricted = ['ipcMain', 'ipcRenderer'].filter((name) => name !== allowed);
  return [
    'error',
    { paths: [{ name: 'electron', importNames: restricted, message: rawIpcMessage }] },
  ];
}

// A default, namespace or `import x = require()` import of `electron` would reach ipcMain and
// ipcRenderer by property and slip past the named-import rule above.
const wholeElectronImport = {
  selector:
    "ImportDeclaration[source.value='electron'] > :matches(ImportDefaultSpecifier, ImportNamespaceSpecifier)",
  message: "Import named members from 'electron' (import { app } from 'electron').",
};
const electronImportRequire = {
  selector: "TSImportEqualsDeclaration[moduleReference.expression.value='electron']",
  message: "Only electron/preload.cts may use import electron = require('electron').",
};

// The preload is CommonJS, where verbatimModuleSyntax allows only `import electron = require()`,
// so there the check moves to the property access.
const ipcMainByProperty = {
  selector: "MemberExpression[object.name='electron'][property.name='ipcMain']",
  message: rawIpcMessage,
};

/**
 * Reports an eslint-disable comment that gives no reason after ` -- `.
 * @type {import('eslint').Rule.RuleModule}
 */
const requireDisableReason = {
  meta: {
    type: 'suggestion',
    schema: [],
    messages: {
      missing: 'Give the reason on the same line: // eslint-disable-next-line rule -- reason.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, messageId: 'missing' });
          }
        }
      },
    };
  },
};

export default defineConfig(
  globalIgnores([
    'dist/',
    'release/',
    'node_modules/',
    'electron/containerd/generated/',
    'test-results/',
    'playwright-report/',
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,

  {
    languageOptions: {
      parserOptions: {
        // These JavaScript files are in no tsconfig, so they get the default project; .ci/ has its
        // own tsconfig.json with checkJs.
        projectService: { allowDefaultProject: ['eslint.config.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { quayside: { rules: { 'require-disable-reason': requireDisableReason } } },
    rules: {
      'quayside/require-disable-reason': 'error',
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's test() returns a promise that the runner itself awaits.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        {
          allowDefaultCaseForExhaustiveSwitch: true,
          considerDefaultExhaustiveForUnions: false,
          requireDefaultForNonUnion: true,
        },
      ],
      // Template literals of numbers are common in messages and byte counts; other types still
      // need an explicit String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': electronImportRule(null),
      'no-restricted-syntax': ['error', wholeElectronImport, electronImportRequire],
    },
  },

  {
    files: ['electron/ipc/main-ipc.ts'],
    rules: { 'no-restricted-imports': electronImportRule('ipcMain') },
  },
  {
    files: ['electron/preload.cts'],
    rules: {
      'no-restricted-imports': electronImportRule('ipcRenderer'),
      'no-restricted-syntax': ['error', wholeElectronImport, ipcMainByProperty],
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },

  {
    // The renderer runs in a sandboxed page: it talks to the main process only through the
    // preload's API, so main-process modules and Electron itself may appear only as types.
    files: ['renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message: 'The renderer reaches Electron only through window.quayside.',
            },
          ],
          patterns: [
            {
              regex: '^(\\.\\./)+electron(/|$)',
              allowTypeImports: true,
              message:
                'The renderer may import only types from electron/: use `import type` and call ' +
                'the main process through window.quayside.',
            },
          ],
        },
      ],
    },
  },

  {
    // Scripts run in a terminal, where standard output is the interface.
    files: ['.ci/**', 'scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // no-undef does not know Node's globals. Names are still checked: tsc checks .ci/ (checkJs in
    // .ci/tsconfig.json), and in other JavaScript files the type-aware rules report a value whose
    // name does not resolve as error-typed.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { 'no-undef': 'off' },
  },
);
