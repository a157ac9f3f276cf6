/**
 * Can this host run the add-in? (issue 12.) The manifest already asks Office for these requirement sets,
 * but the pane's page can still be opened where they are missing: in a plain browser, in another Office
 * application (Word, PowerPoint: office.js then reports that host), or in an Excel too old for one of the
 * sets. The pane then says what is needed and points to the web page, instead of failing at the first
 * workbook call ("Excel is not defined"). Pure: Office's answers are passed in.
 *
 * What each part needs (Microsoft's requirement-set tables; README "Which Excel runs the add-in"):
 * - SharedRuntime 1.1: the pane and the functions share one page (manifest `<Runtime lifetime="long">`).
 * - CustomFunctionsRuntime 1.2: THIDUA.* with error messages (`CustomFunctions.Error` with a message).
 * - ExcelApi 1.9: reading and writing the sheets as the adapter does (print setup, suspended screen updating).
 */
import type { Lang } from '../i18n';

export interface RequiredSet {
  set: 'SharedRuntime' | 'CustomFunctionsRuntime' | 'ExcelApi';
  version: string;
}

export const REQUIRED_SETS: RequiredSet[] = [
  { set: 'SharedRuntime', version: '1.1' },
  { set: 'CustomFunctionsRuntime', version: '1.2' },
  { set: 'ExcelApi', version: '1.9' },
];

export type HostCheck =
  | { ok: true }
  /** Not Excel: a plain browser (`host` null) or another Office application. */
  | { ok: false; reason: 'notExcel'; host: string | null }
  /** Excel, without one or more of the sets the add-in needs. */
  | { ok: false; reason: 'tooOld'; missing: RequiredSet[] };

export interface HostFacts {
  /** `Office.onReady`'s `info.host` ('Excel', 'Word', … ; null outside Office). */
  host: string | null | undefined;
  /** `Office.context.requirements.isSetSupported`, when office.js has it. */
  isSetSupported?: ((set: string, version: string) => boolean) | null;
}

export function checkHost(facts: HostFacts): HostCheck {
  const host = facts.host ?? null;
  if (host !== 'Excel') return { ok: false, reason: 'notExcel', host };
  const supported = (s: RequiredSet): boolean => {
    try {
      return facts.isSetSupported ? facts.isSetSupported(s.set, s.version) === true : false;
    } catch {
      return false;
    }
  };
  const missing = REQUIRED_SETS.filter((s) => !supported(s));
  return missing.length ? { ok: false, reason: 'tooOld', missing } : { ok: true };
}

/** Thrown by the pane's start when the host cannot run it; Boot shows the message for it. */
export class HostUnsupported extends Error {
  /** `lang`: Office's display language when Office gave one (else the pane keeps the browser's). */
  constructor(
    readonly check: Exclude<HostCheck, { ok: true }>,
    readonly lang?: Lang,
  ) {
    super(check.reason === 'notExcel' ? `not Excel (${check.host ?? 'no Office host'})` : `missing ${check.missing.map((m) => `${m.set} ${m.version}`).join(', ')}`);
    this.name = 'HostUnsupported';
  }
}

/** The user guide, built beside the pane (dist/huong-dan/, from docs/huong-dan/). */
export function guidePageUrl(base: string = globalThis.location?.href ?? ''): string {
  try {
    return new URL('huong-dan/index.html', base).href;
  } catch {
    return 'huong-dan/index.html';
  }
}

/** Where the web page is: `index.html` beside the pane (same build, same folder). */
export function webPageUrl(base: string = globalThis.location?.href ?? ''): string {
  try {
    return new URL('index.html', base).href;
  } catch {
    return 'index.html';
  }
}
