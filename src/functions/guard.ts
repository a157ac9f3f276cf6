/**
 * Loaded before functions.ts in the bundle. The metadata plugin appends `CustomFunctions.associate(…)`
 * calls to functions.ts; inside Excel the runtime defines `CustomFunctions`, but on a page opened outside
 * Excel (a browser test with a fake Office host, or office.js that failed to load) it does not exist, and
 * the bundle would stop with a ReferenceError. A no-op `associate` there keeps the page alive; nothing else
 * of the runtime is faked (errors.ts still sees no `CustomFunctions.Error` and returns plain errors).
 */
const g = globalThis as { CustomFunctions?: { associate?: unknown } };
if (!g.CustomFunctions) g.CustomFunctions = { associate: () => undefined };
else if (typeof g.CustomFunctions.associate !== 'function') g.CustomFunctions.associate = () => undefined;

export {};
