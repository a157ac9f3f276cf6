/** The one roster rule, shared by the pane's template box and the command line's --units. */
import { parseRoster } from '../../src/core';

test('one unit a line (the pane) or by comma and semicolon (the command line); NFC, white space folded', () => {
  expect(parseRoster('Bắc Giang\n\n  Lạng\u00A0 Sơn \r\nThái Nguyên')).toEqual({ units: ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'], problem: null });
  expect(parseRoster('Ba\u0306\u0301c Giang, Lạng Sơn;Cao Bằng', /[,;\n]/)).toEqual({ units: ['Bắc Giang', 'Lạng Sơn', 'Cao Bằng'], problem: null });
});

test('the first problem: nothing typed, a name Excel refuses (History too), a unit twice', () => {
  expect(parseRoster(' \n \n').problem).toEqual({ kind: 'empty' });
  for (const bad of ['A/B', 'x'.repeat(32), "'Bắc Giang", 'History', 'HISTORY']) expect(parseRoster(`Lạng Sơn\n${bad}`).problem).toEqual({ kind: 'invalid', name: bad });
  expect(parseRoster('Bắc Giang\nbắc  giang').problem).toEqual({ kind: 'duplicate', name: 'bắc giang' });
});
