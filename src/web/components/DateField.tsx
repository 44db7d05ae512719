import { DateInput, type DateInputProps } from '@mantine/dates';
import { isIsoDate } from '../../domain/agreements/index';
import { useLang, useT } from '../i18n/context';
import { dateDisplayFormat, parseDateText } from './date-text';

export type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'minDate' | 'maxDate' | 'valueFormat' | 'dateParser' | 'locale'
> & {
  /** The date as yyyy-mm-dd, or '' when empty: the forms' and the API's format. */
  value: string;
  /** Called with the new date as yyyy-mm-dd, or '' when the field was cleared. */
  onChange: (value: string) => void;
  /** The earliest date that may be chosen (yyyy-mm-dd). */
  min?: string | undefined;
  /** The latest date that may be chosen (yyyy-mm-dd). */
  max?: string | undefined;
  'data-testid'?: string;
};

/**
 * The one date field of the UI. A browser's own date input shows its locale's pattern
 * ("mm/dd/yyyy" in an English browser) whatever the UI language; this field shows "6 Desember 2026"
 * on an Indonesian screen and "6 December 2026" on an English one, takes typed dates day first
 * (06/12/2026), with a month name or as ISO, and opens a calendar in the UI's language.
 */
export function DateField({ value, onChange, min, max, ...props }: DateFieldProps) {
  const { lang } = useLang();
  const t = useT();
  return (
    <DateInput
      locale={lang}
      valueFormat={dateDisplayFormat}
      dateParser={parseDateText}
      placeholder={t('date.placeholder')}
      clearable
      // A value that is no date (an extractor's guess) shows as empty; the form names the error.
      value={isIsoDate(value) ? value : null}
      onChange={(next) => onChange(next ?? '')}
      minDate={min || undefined}
      maxDate={max || undefined}
      {...props}
    />
  );
}
