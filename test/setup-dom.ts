/**
 * jsdom lacks a few browser APIs that Fluent UI touches while rendering: ResizeObserver (overflow,
 * positioning), matchMedia (reduced-motion checks) and scrollIntoView (focus management). Minimal
 * stand-ins that do nothing, since layout is not what these tests check.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub;

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
}

// The .xlsx door (the pane's import reads returned files with it) needs TextDecoder/TextEncoder, and reads a
// picked File through arrayBuffer(): jsdom has neither; Node's own and a FileReader stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const util = require('node:util') as typeof import('node:util');
if (!g.TextDecoder) g.TextDecoder = util.TextDecoder;
if (!g.TextEncoder) g.TextEncoder = util.TextEncoder;
if (typeof File !== 'undefined' && !('arrayBuffer' in File.prototype)) {
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    value(this: File) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.onerror = () => reject(r.error);
        r.readAsArrayBuffer(this);
      });
    },
  });
}
