import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './id';
import { langStorageKey, localeOf, parseLang, translate, type Lang, type MessageParams } from './translate';

/** A translation function bound to the current language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type LangContextValue = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  formatNumber: (value: number) => string;
};

const LangContext = createContext<LangContextValue | null>(null);

function readStoredLang(): Lang {
  try {
    return parseLang(window.localStorage.getItem(langStorageKey));
  } catch {
    // Storage can be disabled (private mode, strict settings); Indonesian is the default then.
    return 'id';
  }
}

/**
 * Holds the UI language: read from localStorage (`sinergi.lang`) at start, saved on change and
 * mirrored to `<html lang>` so screen readers and the browser's spell-check use the right language.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(langStorageKey, next);
    } catch {
      // Not remembered across visits, but the switch still works for this one.
    }
  }, []);

  const value = useMemo<LangContextValue>(() => {
    const numberFormat = new Intl.NumberFormat(localeOf(lang));
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params, numberFormat),
      formatNumber: (n) => numberFormat.format(n),
    };
  }, [lang, setLang]);

  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

function useLangContext(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useT/useLang must be used inside <LangProvider>');
  return value;
}

/** The translation function of the current language. */
export function useT(): Translate {
  return useLangContext().t;
}

/** The current language, its setter and a number formatter for it. */
export function useLang(): Pick<LangContextValue, 'lang' | 'setLang' | 'formatNumber'> {
  const { lang, setLang, formatNumber } = useLangContext();
  return { lang, setLang, formatNumber };
}
