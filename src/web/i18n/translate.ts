import { id, type MessageKey, type Messages } from './id';

/** Languages of the UI; Bahasa Indonesia first and by default. */
export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];

/** Where the chosen language is remembered between visits. */
export const langStorageKey = 'sinergi.lang';

/**
 * The dictionaries loaded so far. Indonesian, the default, is part of the first load; English is
 * its own chunk, fetched when chosen (`loadDictionary`), so that Indonesian readers do not
 * download it.
 */
const loaded: Partial<Record<Lang, Messages>> = { id };

/** The dictionary of a language when it is loaded already. */
export function loadedDictionary(lang: Lang): Messages | undefined {
  return loaded[lang];
}

/** Loads the dictionary of a language (once) and returns it. */
export async function loadDictionary(lang: Lang): Promise<Messages> {
  const known = loaded[lang];
  if (known) return known;
  const messages = lang === 'en' ? (await import('./en')).en : id;
  loaded[lang] = messages;
  return messages;
}

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
  // A language not loaded yet falls back to Indonesian, never to a raw key.
  const message = (loaded[lang] ?? id)[key];
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
