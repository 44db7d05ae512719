import {
  actingKindLabels,
  contentItemLabels,
  cooperationKindLabels,
  documentKindLabels,
  documentTypeLabels,
  financingSourceLabels,
  ksddNatureLabels,
  officeLabels,
  organizationKindLabels,
  partyKindLabels,
  stageLabels,
  type Label,
} from '../../domain/agreements';
import { programKindLabels, programStatusLabels } from '../../domain/records/program-labels';
import { regionByCode } from '../../domain/regions';
import { meetingKindLabels } from '../../domain/records/meeting-labels';
import { institutionKindLabels, recordTypeLabels, visitKindLabels } from '../../domain/records/visit-labels';
import type { Translate } from '../i18n/context';
import { isIsoTimestamp } from '../i18n/date-time';
import { isMessageKey } from '../i18n/translate';
import { periodLabel } from '../routes/evaluations/period-label';

/** Bookkeeping fields that every created record has; listing them tells the reader nothing. */
export const hiddenFields = new Set(['id', 'createdAt', 'updatedAt', 'version', 'changeId']);

/** What turns stored values into words in the reader's language. */
export type AuditFormat = {
  t: Translate;
  /** A domain label ({id, en}) in the reader's language. */
  label: (label: Label) => string;
  sectorLabel: (key: string) => string;
  /** A moment, on the reader's regional clock ("12 Mei 2025 14.05 WIB"). */
  dateTime: (iso: string) => string;
  /** A calendar date ("12 Mei 2025"). */
  date: (iso: string) => string;
  /** An amount or a count in the reader's language ("750.000.000"); without it, digits as stored. */
  number?: (value: number) => string;
  /** Names of the records the entry refers to by id (its OPDs), from the server. */
  referenceNames?: Readonly<Record<string, string>>;
};

type Labels = Readonly<Record<string, Label>>;

/** The kinds of a change that waits for the other parties (decision 009), as its history names them. */
const pendingChangeKindLabels: Labels = {
  delete: { id: 'Hapus catatan', en: 'Delete the record' },
  publish: { id: 'Publikasikan di portal publik', en: 'Publish on the public portal' },
  remove_parties: { id: 'Keluarkan pihak', en: 'Remove parties' },
};

/** Fields whose values are keys of a domain vocabulary; the first vocabulary knowing the value wins. */
const vocabularies: Readonly<Record<string, readonly Labels[]>> = {
  // `kind` is the cooperation kind of an agreement, the kind of a party, of an organisation or of a document.
  kind: [
    cooperationKindLabels,
    partyKindLabels,
    organizationKindLabels,
    documentKindLabels,
    programKindLabels,
    visitKindLabels,
    meetingKindLabels,
    pendingChangeKindLabels,
  ],
  status: [programStatusLabels],
  institution: [institutionKindLabels],
  fromType: [recordTypeLabels],
  toType: [recordTypeLabels],
  stage: [stageLabels],
  fromStage: [stageLabels],
  toStage: [stageLabels],
  entryStage: [stageLabels],
  ksddNature: [ksddNatureLabels],
  documentType: [documentTypeLabels],
  office: [officeLabels],
  actingKind: [actingKindLabels],
  source: [financingSourceLabels],
  content: [contentItemLabels],
};

/** Fields that hold region codes, shown as region names. */
const regionFields = new Set([
  'regionCode',
  'hostRegionCode',
  'regionCodes',
  'partyKey',
  'confirmedParties',
  'confirmedRegion',
  'funderRegionCode',
  'recipientRegionCode',
  'evaluatorRegionCode',
  'requiredRegionCodes',
  'removeRegionCodes',
  'consentedRegionCodes',
]);
const sectorFields = new Set(['sectors', 'sectorKeys', 'sector']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** A nested key that only links to another record by its id ("sourceId"): the id means nothing to a reader. */
function isLinkId(key: string, value: unknown): boolean {
  return (
    /Ids?$/.test(key) &&
    (Array.isArray(value) ? value : [value]).every((item) => uuidPattern.test(String(item)))
  );
}

function formatText(format: AuditFormat, value: string, field: string | undefined): string {
  for (const labels of vocabularies[field ?? ''] ?? []) {
    const known = labels[value];
    if (known) return format.label(known);
  }
  const roleKey = `role.${value}`;
  if (field === 'role' && isMessageKey(roleKey)) return format.t(roleKey);
  // A follow-up action's status (a program's is in the vocabularies above).
  const actionStatusKey = `act.status.${value}`;
  if (field === 'status' && isMessageKey(actionStatusKey)) return format.t(actionStatusKey);
  const evaluatorKey = `eval.role.${value}`;
  if (field === 'evaluatorRole' && isMessageKey(evaluatorKey)) return format.t(evaluatorKey);
  if (field === 'period') return periodLabel(format.t, value);
  const languageKey = `lang.${value}Name`;
  if (field === 'locale' && isMessageKey(languageKey)) return format.t(languageKey);
  if (field && sectorFields.has(field)) return format.sectorLabel(value);
  if (field && regionFields.has(field)) return regionByCode(value)?.name ?? value;
  if (isIsoTimestamp(value)) return format.dateTime(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format.date(value);
  if (uuidPattern.test(value)) return format.referenceNames?.[value] ?? format.t('audit.value.linkedRecord');
  return value;
}

/** Fields that hold a calendar year (2026, not 2.026). */
const yearFields = new Set(['year', 'signingYear', 'fiscalYear']);

/**
 * A stored value as a reader would write it: vocabulary keys as their labels (stages, kinds,
 * offices, roles, sectors, regions), timestamps and dates in the reader's language and time zone,
 * lists joined by commas, nested records as "label: value" pairs without their empty parts and ids,
 * yes/no for flags. Never raw JSON or a raw key. `field` is the name the value is stored under.
 */
export function formatAuditValue(format: AuditFormat, value: unknown, field?: string, depth = 0): string {
  const { t } = format;
  if (isBlank(value)) return '—';
  if (typeof value === 'string') return formatText(format, value, field);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number')
    return field && yearFields.has(field) ? String(value) : (format.number?.(value) ?? String(value));
  if (typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const separator = value.some((item) => typeof item === 'object' && item !== null) ? ' | ' : ', ';
    return value.map((item) => formatAuditValue(format, item, field, depth + 1)).join(separator);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([key, item]) => !isBlank(item) && !hiddenFields.has(key) && !isLinkId(key, item),
    );
    // The content checklist stores {item: true}: the items present are what matters.
    if (field === 'content') {
      const present = entries
        .filter(([, item]) => item !== false)
        .map(([key]) => formatText(format, key, field));
      return present.length === 0 ? '—' : present.join(', ');
    }
    const parts = entries.map(([key, item]) =>
      depth > 2
        ? fieldLabel(t, key)
        : `${fieldLabel(t, key)}: ${formatAuditValue(format, item, key, depth + 1)}`,
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

/**
 * The note of an entry in the reader's language. The server writes a few notes of its own in English
 * (their forms are stable); any other note was written by a person and is shown as it is.
 */
export function auditNote(t: Translate, note: string | null): string | null {
  if (!note) return null;
  const changed = /^Changed: (.+)$/.exec(note);
  if (changed) {
    const fields = (changed[1] ?? '').split(', ').map((field) => fieldLabel(t, field));
    return t('audit.note.changed', { fields: fields.join(', ') });
  }
  const sessions = /^(\d+) session\(s\) ended$/.exec(note);
  if (sessions) return t('audit.note.sessionsEnded', { count: Number(sessions[1]) });
  if (/^Session \S+ ended$/.test(note)) return t('audit.note.sessionEnded');
  const locked = /^Locked for (\d+) minutes after (\d+) failed logins$/.exec(note);
  if (locked) return t('audit.note.locked', { minutes: Number(locked[1]), failures: Number(locked[2]) });
  if (note === 'Entered after the fact') return t('audit.note.enteredAfter');
  if (note === 'Stage corrected') return t('audit.note.stageCorrected');
  return note;
}
