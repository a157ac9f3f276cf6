// ESLint 9 flat config. The point is Microsoft's round-trip rules for Office.js code
// (eslint-plugin-office-addins): load before read, sync before read, no sync in a loop, no empty load.
// The TypeScript parser is the one eslint-plugin-office-addins depends on (@typescript-eslint/parser,
// installed with it). Formatting is not linted (no prettier rules).
import officeAddins from 'eslint-plugin-office-addins';
import parser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'out/**'] },
  {
    // The code that runs inside Office. Elsewhere (exceljs in src/xlsx, the fake host in test/) the rules'
    // name-based heuristics see Office.js proxies where there are none.
    files: ['src/excel/**/*.ts', 'src/functions/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    languageOptions: {
      parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
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
];
