/**
 * The Vietnamese metadata (hand-written, wired under a vi-VN override in the manifest) must describe the
 * same functions as the metadata generated from functions.ts' JSDoc: same ids, parameters and results.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS_TEXT } from '../../src/i18n/functions';

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

const root = resolve(__dirname, '../..');
const vi = JSON.parse(readFileSync(resolve(root, 'src/functions/functions.vi-VN.json'), 'utf8')) as { functions: Fn[] };
let generated: { functions: Fn[] };

beforeAll(async () => {
  const out = await generateCustomFunctionsMetadata([resolve(root, 'src/functions/functions.ts')], true);
  expect(out.errors).toEqual([]);
  generated = JSON.parse(out.metadataJson);
}, 60000);

test('the generated metadata lists ATTAINMENT, STATUS and SCORE with help links', () => {
  expect(generated.functions.map((f) => f.id)).toEqual(['ATTAINMENT', 'STATUS', 'SCORE']);
  for (const f of generated.functions) expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id.toLowerCase()}`);
  expect(generated.functions[0].result).toEqual({ dimensionality: 'matrix' });
});

test('the vi-VN metadata has the same functions, parameters and results', () => {
  const shape = (fns: Fn[]) =>
    fns.map((f) => ({
      id: f.id,
      helpUrl: f.helpUrl,
      result: f.result,
      parameters: f.parameters.map((p) => ({ type: p.type, dimensionality: p.dimensionality ?? 'scalar', optional: !!p.optional })),
    }));
  expect(shape(vi.functions)).toEqual(shape(generated.functions));
});

test('Vietnamese names are valid, distinct Excel function names and every text is written', () => {
  const names = vi.functions.map((f) => f.name);
  expect(names).toEqual(['TYLEDAT', 'XEPLOAI', 'DIEM']);
  for (const f of vi.functions) {
    expect(f.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) {
      expect(p.name).toMatch(/^[a-z_]+$/);
      expect((p.description ?? '').length).toBeGreaterThan(10);
    }
  }
});

test('function messages exist in both languages with the same placeholders', () => {
  const keys = Object.keys(FUNCTIONS_TEXT.vi).sort();
  expect(Object.keys(FUNCTIONS_TEXT.en).sort()).toEqual(keys);
  const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const k of keys) expect(holes(FUNCTIONS_TEXT.en[k as keyof typeof FUNCTIONS_TEXT.en])).toEqual(holes(FUNCTIONS_TEXT.vi[k as keyof typeof FUNCTIONS_TEXT.vi]));
});
