import { useMemo } from 'react';
import { useLang } from './context';
import { localeOf } from './translate';

/** Formatters of dates and times in the UI language (Indonesian: "12 Mei 2025 14.05"). */
export function useFormatDate(): {
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
} {
  const { lang } = useLang();
  return useMemo(() => {
    const locale = localeOf(lang);
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const format = (formatter: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '—';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : formatter.format(value);
    };
    return { dateTime: format(dateTimeFormat), date: format(dateFormat) };
  }, [lang]);
}
