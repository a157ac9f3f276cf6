/** guard.ts keeps the page alive outside Excel without faking the runtime inside it. */
export {};
type G = { CustomFunctions?: { associate?: unknown; Error?: unknown } };
const g = globalThis as G;
/** Read after the guard ran (a function, so TypeScript does not keep the narrowing from before). */
const cf = () => g.CustomFunctions;

afterEach(() => {
  delete g.CustomFunctions;
});

function loadGuard(): void {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module per test
    require('../../src/functions/guard');
  });
}

test('outside Excel: a no-op associate, so the bundle’s appended associate calls do not throw', () => {
  delete g.CustomFunctions;
  loadGuard();
  expect(typeof cf()?.associate).toBe('function');
  expect(() => (cf()!.associate as (id: string, f: unknown) => void)('ATTAINMENT', () => 1)).not.toThrow();
  expect(cf()?.Error).toBeUndefined();
});

test('inside Excel: the runtime’s own associate is kept', () => {
  const associate = jest.fn();
  g.CustomFunctions = { associate, Error: class {} };
  loadGuard();
  expect(cf()?.associate).toBe(associate);
});
