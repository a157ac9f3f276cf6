// ESLint 9 flat config, three layers:
// - typescript-eslint's recommended rules on every TypeScript file, plus two type-aware rules on the
//   sources (a promise left floating or handed to a place that ignores it is a lost error; the type
//   service costs a few seconds, so only these two);
// - React's rules of hooks (eslint-plugin-react-hooks, recommended) on the task pane;
// - Microsoft's round-trip rules for Office.js code (eslint-plugin-office-addins): load before read, sync
//   before read, no sync in a loop, no empty load.
// Formatting is not linted (no prettier rules). `npm run lint` allows no warning.
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'out/**', 'build/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // core/index.ts is core's one entry for everything outside it (the doors, the pane, i18n).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*'], message: 'Import core from its one entry (src/core, i.e. core/index.ts).' }] }],
    },
  },
  // Core depends on nothing of the project: no door, no i18n, nothing outside src/core, and no package
  // either (it is pure). The words it writes into the workbook are its own (src/core/words.ts). One block per
  // folder depth, since a relative path leaves core after as many `../` as the file is deep.
  ...['src/core/*.ts', 'src/core/*/*.ts', 'src/core/*/*/*.ts'].map((files, depth) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./){${depth + 1}}`, message: 'Core imports nothing outside src/core (src/i18n and the doors import core, not the reverse).' },
            { regex: '^[^.]', message: 'Core is pure: no package, no Node or Office module.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The code that runs inside Office. Elsewhere (exceljs in src/xlsx, the fake host in test/) the rules'
    // name-based heuristics see Office.js proxies where there are none.
    files: ['src/excel/**/*.ts', 'src/functions/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-office-initialize': 'error',
    },
  },
);
