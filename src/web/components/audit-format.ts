import type { Translate } from '../i18n/context';
import { isMessageKey } from '../i18n/translate';

/** Bookkeeping fields that every created record has; listing them tells the reader nothing. */
export const hiddenFields = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/** Nested values left out of a summary: empty, or bookkeeping. */
function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/**
 * A stored value as a reader would write it: lists joined by commas, nested records as
 * "key: value" pairs without their empty parts, yes/no for flags. Never raw JSON.
 */
export function formatAuditValue(t: Translate, value: unknown, depth = 0): string {
  if (isBlank(value)) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const separator = value.some((item) => typeof item === 'object' && item !== null) ? ' | ' : ', ';
    return value.map((item) => formatAuditValue(t, item, depth + 1)).join(separator);
  }
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => !isBlank(item) && !hiddenFields.has(key))
      .map(([key, item]) =>
        depth > 2
          ? `${fieldLabel(t, key)}`
          : `${fieldLabel(t, key)}: ${formatAuditValue(t, item, depth + 1)}`,
      );
    return parts.length === 0 ? '—' : parts.join('; ');
  }
  return String(value);
}

/** A field's name in words when the UI knows it ("Tanggal penandatanganan"), or its key. */
export function fieldLabel(t: Translate, field: string): string {
  const key = `audit.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}
