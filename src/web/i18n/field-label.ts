import type { Translate } from './context';
import type { MessageKey } from './id';
import { isMessageKey } from './translate';

/** Prefixes of request bodies that say nothing to the user (`body.`, the import's `target.agreement.`). */
const wrapperPrefix = /^(body\.)?(target\.(agreement\.)?|source\.)?/;

/** List fields whose items are numbered in words ("Pihak 2"), by the message of one item. */
const itemLabels: Readonly<Record<string, MessageKey>> = {
  parties: 'field.item.parties',
  participants: 'field.item.participants',
  persons: 'field.item.persons',
  decisions: 'field.item.decisions',
  signatories: 'field.item.signatories',
  sectors: 'field.item.sectors',
  rights: 'field.item.rights',
  obligations: 'field.item.obligations',
  budgets: 'field.item.budgets',
  indicators: 'field.item.indicators',
};

/**
 * The word of one field name: `field.<list>.<name>` inside a list item ("decisions.0.text"), then
 * `field.<name>`, then the audit trail's label.
 */
function nameLabel(t: Translate, name: string, list?: string): string | undefined {
  const keys = [...(list ? [`field.${list}.${name}`] : []), `field.${name}`, `audit.field.${name}`];
  for (const key of keys) if (isMessageKey(key)) return t(key);
  return undefined;
}

/**
 * A request field path in words, for messages about a field: `parties.1.regionCode` ->
 * "Pihak 2 – Daerah", `body.target.agreement.title` -> "Judul". Parts the UI has no word for are left
 * out rather than shown raw; a path with no known part gives undefined.
 */
export function fieldPathLabel(t: Translate, path: string | null | undefined): string | undefined {
  if (!path) return undefined;
  const parts = path.replace(wrapperPrefix, '').split('.').filter(Boolean);
  const words: string[] = [];
  let list: string | undefined;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    const next = parts[index + 1];
    const itemKey = itemLabels[part];
    if (itemKey && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(itemKey, { n: Number(next) + 1 }));
      list = part;
      index += 1;
      continue;
    }
    if (/^\d+$/.test(part)) continue;
    const word = nameLabel(t, part, list);
    if (word) words.push(word);
  }
  return words.length > 0 ? words.join(' – ') : undefined;
}
