/** The pane's current language, switchable at run time; components read words through `useT()`. */
import { createContext, useContext } from 'react';
import type { Lang } from '../i18n';
import { t, type UiKey } from '../i18n/ui';

export const LangContext = createContext<Lang>('vi');

export type Translate = (key: UiKey, params?: Record<string, string | number | null | undefined>) => string;

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): Translate {
  const lang = useContext(LangContext);
  return (key, params) => t(lang, key, params);
}
