/** Errors as Office.js rejects `context.sync()` with them: an object with a `code` (Excel.ErrorCodes). */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message: message ?? code };
  }
}

export function fail(code: string, message?: string): never {
  throw new FakeOfficeError(code, message);
}

/** What Office.js throws when a property is read before `load` + `sync`. */
export function propertyNotLoaded(className: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' of ${className} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
