import type { Language } from '../../../domain/agreements';

/**
 * An amount of rupiah as people write it: "Rp 1.234.567" in Indonesian (points between thousands),
 * "Rp 1,234,567" in English. Whole rupiah; no currency symbol games of Intl (which writes "IDR" in
 * some locales and a non-breaking space in others).
 */
export function formatRupiah(amount: number, lang: Language): string {
  const digits = Math.round(Math.abs(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

/** A percentage with one decimal at most, in the language's decimal sign ("33,3%" / "33.3%"). */
export function formatPercent(value: number | null, lang: Language): string {
  if (value === null) return '—';
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${lang === 'en' ? text : text.replace('.', ',')}%`;
}
