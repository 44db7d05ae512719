import { useMemo } from 'react';
import { useAuth } from '../auth/auth-context';
import { useLang } from './context';
import { formatDateTime } from './date-time';

/**
 * Formatters of dates and times in the UI language; times on the clock of the reader's region
 * ("12 Mei 2025 14.05 WIB").
 */
export function useFormatDate(): {
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
} {
  const { lang } = useLang();
  const regionCode = useAuth().user?.regionCode ?? null;
  return useMemo(
    () => ({
      dateTime: (iso) => formatDateTime(iso, lang, regionCode),
      date: (iso) => formatDateTime(iso, lang, regionCode, { time: false }),
    }),
    [lang, regionCode],
  );
}
