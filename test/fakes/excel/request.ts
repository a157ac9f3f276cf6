/**
 * The request a batch becomes on the wire, built the way office.js builds it (read from
 * `@microsoft/office-js` dist/excel-web-16.00.debug.js: ClientRequestBase, ObjectPathFactory,
 * ActionFactory, setRangePropertiesInBulk), so that the fake measures the size Excel on the web limits:
 *
 *   { "AutoKeepReference": false,
 *     "Actions": [ { "Id": 7, "ActionType": 4, "Name": "Formulas", "ObjectPathId": 5, "ArgumentInfo": { "Arguments": [[["…"]]] } }, … ],
 *     "ObjectPaths": { "5": { "Id": 5, "ObjectPathType": 3, "Name": "GetRangeByIndexes", "ParentObjectPathId": 3, "ArgumentInfo": { "Arguments": [0,0,9,4] } }, … } }
 *
 * - Every proxy has an object path: the workbook is the global object (type 1), `worksheets`, `format`,
 *   `font` are property paths (type 4), `getItem(key)` on a collection an indexer (type 5), `getRange(…)`,
 *   `add(…)` method paths (type 3) whose arguments are serialized with them.
 * - A client object is instantiated (an action of type 1) in the request where it is created, as office.js's
 *   ClientObject constructor does, and again in any later request that uses it.
 * - Each queued call is an action: set property (type 4, the value as its only argument), method (type 3,
 *   its arguments), query (type 2, `QueryInfo.Select`). Before an action, every path it stands on that the
 *   request has not used yet is instantiated (an action of type 1) and listed once under ObjectPaths.
 * - Setting `values`, `formulas` or `numberFormat` with a matrix of more than 1,500 cells is cut by office.js
 *   into slices of rows, each set on `getRow(a).getBoundingRect(getRow(b))`: three more paths per slice.
 * - Ids count up per request context, across syncs, as office.js's `_nextId()` does.
 */

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

/** ObjectPathType in office.js. */
const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;

export class ObjectPath {
  constructor(
    readonly info: ObjectPathInfo,
    readonly parent: ObjectPath | null,
    /** Paths passed as arguments (office.js's argumentObjectPaths). */
    readonly argPaths: ObjectPath[] = [],
  ) {}
}

/** What a queued call is, for the request's size. */
export type ActionSpec =
  | { type: 'instantiate' }
  | { type: 'set'; name: string; value: unknown }
  | { type: 'method'; name: string; args: unknown[] }
  | { type: 'query'; select: string[] };

/** office.js's property and method names on the wire: `numberFormat` → `NumberFormat`. */
const wireName = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Bytes of a string in UTF-8 (what goes over the wire). Measured by the platform's own encoder, not by
 * the adapter's counter (src/excel/payload.ts), so that the fake's limits do not take the adapter's word.
 */
const encoder = new TextEncoder();
export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

/** office.js sends a client object passed as an argument by its path's id. */
function argumentsOf(args: unknown[]): { Arguments: unknown[]; ReferencedObjectPathIds?: number[]; paths: ObjectPath[] } {
  const paths: ObjectPath[] = [];
  const ids: number[] = [];
  const out = args.map((a) => {
    const p = a && typeof a === 'object' ? (a as { path?: unknown }).path : undefined;
    if (p instanceof ObjectPath) {
      paths.push(p);
      ids.push(p.info.Id);
      return p.info.Id;
    }
    ids.push(0);
    return a;
  });
  return paths.length ? { Arguments: out, ReferencedObjectPathIds: ids, paths } : { Arguments: out, paths };
}

/** The object paths of one request context: new paths get the context's next id. */
export class PathFactory {
  private id = 0;
  nextId(): number {
    return ++this.id;
  }
  global(): ObjectPath {
    return new ObjectPath({ Id: this.nextId(), ObjectPathType: PATH.global, Name: '' }, null);
  }
  property(parent: ObjectPath, name: string): ObjectPath {
    return new ObjectPath({ Id: this.nextId(), ObjectPathType: PATH.property, Name: wireName(name), ParentObjectPathId: parent.info.Id }, parent);
  }
  indexer(parent: ObjectPath, args: unknown[]): ObjectPath {
    return new ObjectPath({ Id: this.nextId(), ObjectPathType: PATH.indexer, Name: '', ParentObjectPathId: parent.info.Id, ArgumentInfo: { Arguments: args } }, parent);
  }
  method(parent: ObjectPath, name: string, args: unknown[]): ObjectPath {
    const a = argumentsOf(args);
    const info: ObjectPathInfo = { Id: this.nextId(), ObjectPathType: PATH.method, Name: wireName(name), ParentObjectPathId: parent.info.Id, ArgumentInfo: { Arguments: a.Arguments } };
    if (a.ReferencedObjectPathIds) info.ArgumentInfo!.ReferencedObjectPathIds = a.ReferencedObjectPathIds;
    return new ObjectPath(info, parent, a.paths);
  }
}

/** Properties office.js sets in slices of rows when the matrix is large (setRangePropertiesInBulk). */
const BULK = new Set(['Values', 'Formulas', 'FormulasLocal', 'FormulasR1C1', 'NumberFormat', 'NumberFormatLocal']);
const BULK_CELLS = 1500;

/** One request being assembled: its actions and the object paths they reference. */
export class RequestBuilder {
  private readonly actions: Record<string, unknown>[] = [];
  private readonly paths = new Map<number, ObjectPathInfo>();
  private readonly instantiated = new Set<number>();

  constructor(private readonly factory: PathFactory) {}

  get size(): number {
    return this.actions.length;
  }

  private reference(path: ObjectPath | null): void {
    for (let p = path; p; p = p.parent) {
      if (this.paths.has(p.info.Id)) return;
      this.paths.set(p.info.Id, p.info);
      if (p.info.ObjectPathType === PATH.method) p.argPaths.forEach((a) => this.reference(a));
    }
  }

  private instantiate(path: ObjectPath | null): void {
    if (!path || this.instantiated.has(path.info.Id)) return;
    this.instantiate(path.parent);
    path.argPaths.forEach((a) => this.instantiate(a));
    this.instantiated.add(path.info.Id);
    this.actions.push({ Id: this.factory.nextId(), ActionType: 1, Name: '', ObjectPathId: path.info.Id });
    this.reference(path);
  }

  private push(path: ObjectPath, action: Record<string, unknown>, argPaths: ObjectPath[] = []): void {
    this.instantiate(path);
    argPaths.forEach((a) => this.instantiate(a));
    this.actions.push(action);
    this.reference(path);
    argPaths.forEach((a) => this.reference(a));
  }

  add(path: ObjectPath, spec: ActionSpec): void {
    const f = this.factory;
    if (spec.type === 'instantiate') {
      this.instantiate(path);
      return;
    }
    if (spec.type === 'query') {
      this.push(path, { Id: f.nextId(), ActionType: 2, Name: '', ObjectPathId: path.info.Id, QueryInfo: { Select: spec.select, Expand: [] } });
      return;
    }
    if (spec.type === 'method') {
      const a = argumentsOf(spec.args);
      const info: Record<string, unknown> = { Arguments: a.Arguments };
      if (a.ReferencedObjectPathIds) info.ReferencedObjectPathIds = a.ReferencedObjectPathIds;
      this.push(path, { Id: f.nextId(), ActionType: 3, Name: wireName(spec.name), ObjectPathId: path.info.Id, ArgumentInfo: info }, a.paths);
      return;
    }
    const name = wireName(spec.name);
    const v = spec.value;
    if (BULK.has(name) && Array.isArray(v) && v.length > 0 && Array.isArray(v[0]) && v.length * (v[0] as unknown[]).length > BULK_CELLS) {
      const rowsPer = Math.max(1, Math.round(BULK_CELLS / (v[0] as unknown[]).length));
      for (let start = 0; start < v.length; start += rowsPer) {
        const end = Math.min(v.length, start + rowsPer) - 1;
        const first = f.method(path, 'getRow', [start]);
        const last = f.method(path, 'getRow', [end]);
        const slice = f.method(first, 'getBoundingRect', [{ path: last }]);
        this.push(slice, { Id: f.nextId(), ActionType: 4, Name: name, ObjectPathId: slice.info.Id, ArgumentInfo: { Arguments: [v.slice(start, end + 1)] } });
      }
      return;
    }
    this.push(path, { Id: f.nextId(), ActionType: 4, Name: name, ObjectPathId: path.info.Id, ArgumentInfo: { Arguments: [v] } });
  }

  /** The request body office.js sends. */
  body(): { AutoKeepReference: boolean; Actions: Record<string, unknown>[]; ObjectPaths: Record<string, ObjectPathInfo> } {
    return { AutoKeepReference: false, Actions: this.actions, ObjectPaths: Object.fromEntries(this.paths) };
  }

  /** Its size in bytes of UTF-8 JSON. */
  bytes(): number {
    return utf8Length(JSON.stringify(this.body()));
  }
}
