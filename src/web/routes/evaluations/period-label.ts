import type { Translate } from '../../i18n/context';

/** A period key in words: "2026-S1" -> "Semester 1 2026", "2026" -> "Tahun 2026", "2026-Q3" -> "Triwulan 3 2026". */
export function periodLabel(t: Translate, key: string): string {
  const match = /^(\d{4})(?:-([SCQBM])(\d{1,2}))?$/.exec(key);
  if (!match) return key;
  const [, year, letter, n] = match;
  if (!letter) return t('eval.periodLabel.year', { year: year! });
  return t(`eval.periodLabel.${letter as 'S' | 'C' | 'Q' | 'B' | 'M'}`, { n: Number(n), year: year! });
}
