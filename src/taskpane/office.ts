/**
 * Waiting for Office: `Office.onReady` never settles when office.js cannot load (it comes from Microsoft's
 * CDN), so the wait has a deadline. Also reads the display language and the theme from Office.
 */
import { langFromLocale, type Lang } from '../i18n';

export const OFFICE_TIMEOUT_MS = 10_000;

export interface OfficeInfo {
  lang: Lang;
  dark: boolean;
}

type OfficeLike = {
  onReady: () => Promise<unknown>;
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    requirements?: { isSetSupported?: (set: string, version: string) => boolean };
  };
};

/** What `Office.onReady` answers: the host ('Excel', 'Word', …; null outside Office) and the platform. */
interface ReadyInfo {
  host: string | null;
  platform: string | null;
}

export interface Ready {
  office: OfficeLike;
  info: ReadyInfo;
}

const officeGlobal = (): OfficeLike | undefined => (globalThis as { Office?: OfficeLike }).Office;

/**
 * Resolves once Office is ready. The script tag may still be loading (or may have failed): poll for the
 * global, then wait for onReady. Never rejects; the caller races it against a timer.
 */
export function officeReady(getOffice: () => OfficeLike | undefined = officeGlobal, pollMs = 100): Promise<Ready> {
  return new Promise((resolve) => {
    const attempt = () => {
      const office = getOffice();
      if (office && typeof office.onReady === 'function') {
        void office.onReady().then((raw) => {
          const i = (raw && typeof raw === 'object' ? raw : {}) as { host?: unknown; platform?: unknown };
          resolve({ office, info: { host: typeof i.host === 'string' && i.host ? i.host : null, platform: typeof i.platform === 'string' && i.platform ? i.platform : null } });
        });
      } else setTimeout(attempt, pollMs);
    };
    attempt();
  });
}

/** Dark when the body background Office reports is dark (relative luminance under one half). */
export function isDark(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function officeInfo(office: OfficeLike): OfficeInfo {
  return {
    lang: langFromLocale(office.context?.displayLanguage),
    dark: isDark(office.context?.officeTheme?.bodyBackgroundColor),
  };
}

/** The facts the host check needs (src/taskpane/host.ts), read defensively: outside Office some are absent. */
export function hostFacts({ office, info }: Ready): { host: string | null; isSetSupported: ((set: string, version: string) => boolean) | null } {
  const req = office.context?.requirements;
  return { host: info.host, isSetSupported: req && typeof req.isSetSupported === 'function' ? (set, version) => req.isSetSupported!(set, version) : null };
}
