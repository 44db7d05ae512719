import { useDocumentTitle } from '@mantine/hooks';
import { useT } from '../i18n/context';

/** Sets the browser tab title to "<page> · Sinergi", so history and tabs stay readable. */
export function usePageTitle(page: string | undefined): void {
  const t = useT();
  useDocumentTitle(page ? `${page} · ${t('app.name')}` : `${t('app.name')} — ${t('app.subtitle')}`);
}
