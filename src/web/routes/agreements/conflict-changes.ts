import { actingKindLabels, contentItemLabels, officeLabels, type Label } from '../../../domain/agreements';
import { regionByCode } from '../../../domain/regions';
import type { AgreementDetailDto, FieldChangeDto } from '../../api/agreements';
import { fieldLabel as auditFieldLabel, formatAuditValue } from '../../components/audit-format';
import type { Translate } from '../../i18n/context';
import type { MessageKey } from '../../i18n/id';

/**
 * What someone else changed while the user was editing (409 VERSION_CONFLICT), in words: each changed
 * field of the audit snapshot with its label and its old and new value. Pure, so it can be tested.
 */

/** Labels of snapshot fields that the audit history does not label (see components/audit-format). */
const extraLabelKeys: Readonly<Record<string, MessageKey>> = {
  stageDate: 'agr.conflict.field.stageDate',
  confirmedParties: 'agr.conflict.field.confirmedParties',
  responsibleOpdIds: 'agr.conflict.field.responsibleOpdIds',
};

const dateFields = new Set(['signingDate', 'validFrom', 'validUntil', 'stageDate', 'deletedAt']);
const longestValue = 300;

/** The formatting helpers of the current language. */
export type ChangeFormatters = {
  t: Translate;
  label: (label: Label) => string;
  sectorLabel: (key: string) => string;
  formatDate: (iso: string) => string;
};

/** One change in words. */
export type DescribedChange = { field: string; label: string; from: string; to: string };

/** The label of a field, as the audit history writes it; a field the UI does not know shows its name. */
export function fieldLabel(t: Translate, field: string): string {
  const key = extraLabelKeys[field];
  return key ? t(key) : auditFieldLabel(t, field);
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function shorten(text: string): string {
  return text.length > longestValue ? `${text.slice(0, longestValue - 1)}…` : text;
}

function labelOf<T extends string>(labels: Readonly<Record<T, Label>>, value: unknown): Label | undefined {
  return typeof value === 'string' ? (labels as Record<string, Label | undefined>)[value] : undefined;
}

type StoredParty = { kind?: string; regionCode?: string | null; organizationId?: string | null };

/** The OPD of the current record, when the server sends them (responsible OPDs). */
function opdName(id: string, current: AgreementDetailDto): string {
  const opds = (current as { responsibleOpds?: Array<{ id: string; name: string }> }).responsibleOpds;
  return opds?.find((opd) => opd.id === id)?.name ?? id;
}

function partyName(party: StoredParty, current: AgreementDetailDto): string {
  if (party.regionCode) return regionByCode(party.regionCode)?.name ?? party.regionCode;
  const known = current.parties.find((item) => item.organizationId === party.organizationId);
  return known?.name ?? party.organizationId ?? '?';
}

function formatValue(
  field: string,
  value: unknown,
  current: AgreementDetailDto,
  format: ChangeFormatters,
): string {
  const { t, label } = format;
  if (isEmpty(value)) return t('agr.detail.nothing');
  if (dateFields.has(field) && typeof value === 'string') return format.formatDate(value);
  if (field === 'parentId' && typeof value === 'string')
    return current.parent?.id === value ? current.parent.title : value;
  if (field === 'parties' && Array.isArray(value)) {
    return (value as Array<StoredParty & { documentNumber?: string | null }>)
      .map((party) => {
        const name = partyName(party, current);
        return party.documentNumber
          ? `${name} (${t('agr.detail.documentNumber')} ${party.documentNumber})`
          : name;
      })
      .join('; ');
  }
  // Party keys: a region code or an organisation id.
  if (field === 'confirmedParties' && Array.isArray(value))
    return value
      .map((key) => {
        const text = String(key);
        return partyName(/^\d/.test(text) ? { regionCode: text } : { organizationId: text }, current);
      })
      .join(', ');
  if (field === 'responsibleOpdIds' && Array.isArray(value))
    return value.map((id) => opdName(String(id), current)).join(', ');
  if (field === 'signatories' && Array.isArray(value)) {
    return (value as Array<{ name?: string; office?: string; actingKind?: string }>)
      .map((signatory) => {
        const office = labelOf(officeLabels, signatory.office);
        const prefix =
          (actingKindLabels as Record<string, { prefix: string } | undefined>)[signatory.actingKind ?? '']
            ?.prefix ?? '';
        const title = [prefix, office ? label(office) : ''].filter(Boolean).join(' ');
        return title ? `${signatory.name ?? '?'} (${title})` : (signatory.name ?? '?');
      })
      .join('; ');
  }
  if (field === 'content' && typeof value === 'object') {
    const present = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== false && entry !== null)
      .map(([key]) => labelOf(contentItemLabels, key))
      .filter((item): item is Label => item !== undefined)
      .map(label);
    return present.length > 0 ? present.join(', ') : t('agr.detail.nothing');
  }
  // Kinds, stages, sectors and the rest read as the audit history writes them.
  const auditFormat = { ...format, date: format.formatDate, dateTime: format.formatDate };
  return shorten(formatAuditValue(auditFormat, value, field));
}

/**
 * Each change in words, in the order the server gave. When two values read the same (a party's rights
 * changed, which this summary does not show), the new value says that its details changed.
 */
export function describeChanges(
  changes: readonly FieldChangeDto[],
  current: AgreementDetailDto,
  format: ChangeFormatters,
): DescribedChange[] {
  return changes.map((change) => {
    const from = formatValue(change.field, change.from, current, format);
    let to = formatValue(change.field, change.to, current, format);
    if (from === to) to = `${to} (${format.t('agr.conflict.detailsChanged')})`;
    return { field: change.field, label: fieldLabel(format.t, change.field), from, to };
  });
}
