import { en } from './en';
import { id, type MessageKey, type Messages } from './id';

/** Languages of the UI; Bahasa Indonesia first and by default. */
export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];

/** Where the chosen language is remembered between visits. */
export const langStorageKey = 'sinergi.lang';

/** Dictionary of every language. */
export const dictionaries: Record<Lang, Messages> = { id, en };

/** Values for the `{name}` placeholders of a message. */
export type MessageParams = Record<string, string | number>;

/** Narrows any stored or user-provided value to a supported language, falling back to Indonesian. */
export function parseLang(value: string | null | undefined): Lang {
  return languages.find((lang) => lang === value) ?? 'id';
}

/** Locale used to format numbers and dates: Indonesian groups thousands with dots, English with commas. */
export function localeOf(lang: Lang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

/** Names of the `{placeholders}` of a message, sorted; used to check that translations agree. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * Looks a key up in a dictionary and fills its placeholders. Numbers are formatted for the language
 * (1.234 in Indonesian, 1,234 in English), except a `{year}`: a calendar year is written 2026, not
 * 2.026. A placeholder with no value is left visible so a missing parameter is noticed rather than
 * silently dropped.
 */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: MessageParams,
  numberFormat: Intl.NumberFormat = new Intl.NumberFormat(localeOf(lang)),
): string {
  const message = dictionaries[lang][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    return name === 'year' ? String(value) : numberFormat.format(value);
  });
}

/** True when `key` is a message key: for keys built from data, such as `audit.action.${action}`. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(id, key);
}
