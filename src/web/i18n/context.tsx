import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './id';
import {
  langStorageKey,
  loadDictionary,
  loadedDictionary,
  localeOf,
  parseLang,
  translate,
  type Lang,
  type MessageParams,
} from './translate';

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
 * A language other than Indonesian is loaded first: the UI shows it once its dictionary is there
 * (a chosen English start renders nothing for that moment rather than Indonesian first).
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const [stored] = useState<Lang>(readStoredLang);
  const [lang, setLangState] = useState<Lang | null>(() => (loadedDictionary(stored) ? stored : null));

  useEffect(() => {
    if (lang !== null) return;
    let live = true;
    void loadDictionary(stored)
      .then(() => live && setLangState(stored))
      // The chunk could not be fetched (offline): Indonesian rather than nothing.
      .catch(() => live && setLangState('id'));
    return () => {
      live = false;
    };
  }, [lang, stored]);

  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      window.localStorage.setItem(langStorageKey, next);
    } catch {
      // Not remembered across visits, but the switch still works for this one.
    }
    void loadDictionary(next)
      .then(() => setLangState(next))
      .catch(() => undefined);
  }, []);

  const value = useMemo<LangContextValue | null>(() => {
    if (lang === null) return null;
    const numberFormat = new Intl.NumberFormat(localeOf(lang));
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params, numberFormat),
      formatNumber: (n) => numberFormat.format(n),
    };
  }, [lang, setLang]);

  if (value === null) return null;
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
