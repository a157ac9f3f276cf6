/** The error factory: CustomFunctions.Error inside Excel, FunctionError elsewhere. */
import { FunctionError, isErrorValue, makeError } from '../../src/functions/errors';
import { ATTAINMENT } from '../../src/functions/functions';

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ErrorCode = { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' };

describe('makeError', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test('without the runtime: a FunctionError with the code and message', () => {
    const e = makeError('#VALUE!', 'sai');
    expect(e).toBeInstanceOf(FunctionError);
    expect(e).toMatchObject({ code: '#VALUE!', message: 'sai' });
    expect(isErrorValue(e)).toBe(true);
    expect(isErrorValue(1.5)).toBe(false);
  });

  test('inside Excel: CustomFunctions.Error, with the message only where Excel shows one', () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: FakeCfError, ErrorCode };
    expect(makeError('#VALUE!', 'sai')).toEqual(new FakeCfError('#VALUE!', 'sai'));
    expect(makeError('#N/A', 'trống')).toEqual(new FakeCfError('#N/A', 'trống'));
    const div = makeError('#DIV/0!', 'bằng 0') as FakeCfError;
    expect(div).toBeInstanceOf(FakeCfError);
    expect(div.code).toBe('#DIV/0!');
    expect(div.message).toBeUndefined();
    // and the functions return them in their cells
    const [[cell]] = ATTAINMENT([[1]], [[null]]);
    expect(cell).toEqual(new FakeCfError('#N/A', 'Chỉ tiêu để trống: đơn vị chưa đăng ký chỉ tiêu.'));
  });

  test('a runtime with only associate (the guard outside Excel) still gives plain errors', () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
    expect(makeError('#VALUE!', 'x')).toBeInstanceOf(FunctionError);
  });
});
