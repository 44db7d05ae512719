import { SegmentedControl } from '@mantine/core';
import { useLang, useT } from '../i18n/context';
import { parseLang } from '../i18n/translate';

/** ID / EN switch; the choice is remembered in localStorage by the language provider. */
export function LanguageSwitch() {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <SegmentedControl
      size="xs"
      value={lang}
      onChange={(value) => setLang(parseLang(value))}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      data={[
        { value: 'id', label: <span title={t('lang.idName')}>{t('lang.id')}</span> },
        { value: 'en', label: <span title={t('lang.enName')}>{t('lang.en')}</span> },
      ]}
    />
  );
}
