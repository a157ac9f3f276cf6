/**
 * Two projects: node for core/xlsx/cli/excel/functions, jsdom for the React task pane.
 *
 * ts-jest compiles with tsconfig.json (it reads the file at the root and applies the options below over it:
 * same strictness, same `moduleResolution: bundler`) and with type diagnostics on: a type error in a test
 * or in the code it imports fails that suite. Two overrides only: `module: commonjs`, since jest loads
 * CommonJS, and `isolatedModules: false`, since with it ts-jest transpiles file by file and checks no types
 * (`npm run typecheck` still holds the sources to the isolated-modules rule).
 */
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', isolatedModules: false }, diagnostics: true }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Tests that start the CLI or LibreOffice take seconds on a busy 2-core machine: jest's 5 s default made
  // them fail at random under load. Nothing here asserts speed (bench does); the limit only catches hangs.
  testTimeout: 60000,
};
module.exports = {
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'] },
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'], setupFiles: ['<rootDir>/test/setup-dom.ts'] },
  ],
};
