import { Badge, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  actingKindLabels,
  actingKinds,
  deputyOfficeFor,
  headOfficeFor,
  officeLabels,
  type ActingKind,
  type Office,
} from '../../../domain/agreements/kinds';
import { regionByCode } from '../../../domain/regions';
import { findOfficials, type OfficialTermDto } from '../../api/agreements';
import { ApiError } from '../../api/client';
import { createOfficialTerm, deleteOfficialTerm, updateOfficialTerm } from '../../api/officials';
import { RequireAuth } from '../../auth/RequireAuth';
import { FormModal, useFormSave, useRecordDialog, type SaveDialogProps } from '../../components/FormModal';
import {
  RegionScopedListPage,
  useRegionRecords,
  useRegionScope,
} from '../../components/RegionScopedListPage';
import { usePageTitle } from '../../components/use-page-title';
import { formErrors } from '../../i18n/api-errors';
import { useT, type Translate } from '../../i18n/context';
import { isMessageKey } from '../../i18n/translate';
import { todayWib, useFormatDate, useLabel } from '../agreements/shared';
import { DateField } from '../../components/DateField';

/**
 * /admin/pejabat: the register of a region's officials (heads, deputies, regional secretaries and
 * their Pj./Plt./Plh. replacements) with their terms of office, which the agreement form reads to
 * suggest signatories. A region admin manages their own region; a system admin picks one.
 */
export function OfficialsPage() {
  return (
    <RequireAuth permission="official:manage">
      <Officials />
    </RequireAuth>
  );
}

type TermStatus = 'current' | 'ended' | 'upcoming';

function statusOf(term: OfficialTermDto, today: string): TermStatus {
  if (term.start > today) return 'upcoming';
  if (term.end !== null && term.end < today) return 'ended';
  return 'current';
}

const statusColors: Record<TermStatus, string> = { current: 'teal', ended: 'gray', upcoming: 'blue' };

/** The offices this register is for at a region's level: head, deputy and regional secretary. */
function officesFor(regionCode: string): Office[] {
  const region = regionByCode(regionCode);
  if (!region) return ['sekretaris_daerah'];
  return [headOfficeFor(region.level), deputyOfficeFor(region.level), 'sekretaris_daerah'];
}

/** "Pj. Wali Kota" in the current language. */
function useOfficeTitle() {
  const label = useLabel();
  return (office: Office, actingKind: ActingKind) =>
    [actingKindLabels[actingKind].prefix, label(officeLabels[office])].filter(Boolean).join(' ');
}

function Officials() {
  const t = useT();
  const formatDate = useFormatDate();
  const officeTitle = useOfficeTitle();
  const scope = useRegionScope();
  const { regionCode } = scope;
  usePageTitle(t('officials.title'));

  const terms = useRegionRecords('officials', regionCode, (code, signal) =>
    findOfficials({ regionCode: code }, signal),
  );
  const ending = useRecordDialog<OfficialTermDto>(terms.family);
  const today = todayWib();
  const order = regionCode ? officesFor(regionCode) : [];
  const rank = (office: Office) => (order.includes(office) ? order.indexOf(office) : order.length);
  const items = [...(terms.shown?.items ?? [])].sort(
    (a, b) => rank(a.office) - rank(b.office) || (a.start < b.start ? 1 : a.start > b.start ? -1 : 0),
  );

  return (
    <RegionScopedListPage
      scope={scope}
      messages="officials"
      recordTestId="official"
      records={terms}
      items={items}
      rowProps={(term) => ({ 'data-name': term.personName, 'data-status': statusOf(term, today) })}
      minWidth={720}
      columns={[
        {
          header: t('officials.col.office'),
          cell: (term) => (
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={500}>
                {officeTitle(term.office, term.actingKind)}
              </Text>
              {term.actingKind !== 'definitif' && (
                <Badge size="xs" color="orange" variant="light" tt="none">
                  {actingKindLabels[term.actingKind].prefix}
                </Badge>
              )}
            </Group>
          ),
        },
        { header: t('officials.col.name'), cell: (term) => <Text size="sm">{term.personName}</Text> },
        {
          header: t('officials.col.period'),
          cell: (term) => (
            <Text size="sm" data-testid="official-period">
              {term.end
                ? t('officials.period.closed', { start: formatDate(term.start), end: formatDate(term.end) })
                : t('officials.period.open', { start: formatDate(term.start) })}
            </Text>
          ),
        },
        {
          header: t('officials.col.status'),
          cell: (term) => {
            const status = statusOf(term, today);
            return (
              <Badge color={statusColors[status]} variant="light" tt="none" size="sm">
                {t(`officials.status.${status}`)}
              </Badge>
            );
          },
        },
      ]}
      moreActions={(term) =>
        term.end === null
          ? [{ label: t('officials.endTerm'), onClick: () => ending.open(term), testId: 'official-end' }]
          : []
      }
      editor={(term, code, dialog) => <TermDialog regionCode={code} term={term} {...dialog} />}
      remove={(term) => deleteOfficialTerm(term.id)}
      deleteMessage={(term) =>
        t('officials.deleteConfirm', {
          name: term.personName,
          office: officeTitle(term.office, term.actingKind),
        })
      }
      dialogs={
        ending.record && <EndTermDialog key={ending.record.id} term={ending.record} {...ending.props} />
      }
    />
  );
}

const termFields = ['personName', 'office', 'actingKind', 'start', 'end'] as const;
type TermField = (typeof termFields)[number];

/**
 * Field messages of a failed save. A broken rule (422) carries its issue code, which says more in
 * the user's language than the generic message ("the end is before the start").
 */
function termErrors(t: Translate, error: unknown) {
  const errors = formErrors<TermField>(t, error, termFields);
  if (!(error instanceof ApiError) || error.code !== 'RULE_VIOLATION' || !Array.isArray(error.details))
    return errors;
  const issue = error.details[0] as { code?: unknown; params?: Record<string, string> } | undefined;
  const key = `officials.error.${String(issue?.code)}`;
  if (!isMessageKey(key)) return errors;
  const message = t(key, issue?.params);
  const field = termFields.find((name) => `body.${name}` === error.field);
  return field ? { field: { [field]: message }, general: undefined } : { field: {}, general: message };
}

function TermDialog({
  regionCode,
  term,
  ...dialog
}: SaveDialogProps & { regionCode: string; term: OfficialTermDto | undefined }) {
  const t = useT();
  const label = useLabel();
  const offices = officesFor(regionCode);
  const officeOptions = term && !offices.includes(term.office) ? [...offices, term.office] : offices;
  const [personName, setPersonName] = useState(term?.personName ?? '');
  const [office, setOffice] = useState<Office>(term?.office ?? offices[0] ?? 'sekretaris_daerah');
  const [actingKind, setActingKind] = useState<ActingKind>(term?.actingKind ?? 'definitif');
  const [start, setStart] = useState(term?.start ?? '');
  const [end, setEnd] = useState(term?.end ?? '');
  const saving = useFormSave(dialog.onSaved);
  const errors = termErrors(t, saving.error);

  const save = () => {
    const body = { personName: personName.trim(), office, actingKind, regionCode, start, end: end || null };
    return term ? updateOfficialTerm(term.id, body) : createOfficialTerm(body);
  };

  return (
    <FormModal
      title={term ? t('officials.edit.title') : t('officials.new.title')}
      size="lg"
      onClose={dialog.onClose}
      saving={saving}
      save={save}
      errorMessage={errors.general}
      testId="official-form"
      errorTestId="official-form-error"
      submitTestId="official-form-submit"
    >
      <TextInput
        label={t('officials.personName')}
        placeholder={t('officials.personNamePlaceholder')}
        description={t('officials.personNameHint')}
        required
        value={personName}
        onChange={(event) => setPersonName(event.currentTarget.value)}
        error={errors.field.personName}
        data-testid="official-form-name"
        data-autofocus
      />
      <Group grow align="flex-start" gap="sm">
        <Select
          label={t('officials.office')}
          required
          data={officeOptions.map((value) => ({ value, label: label(officeLabels[value]) }))}
          value={office}
          onChange={(value) => value && setOffice(value as Office)}
          allowDeselect={false}
          error={errors.field.office}
          data-testid="official-form-office"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('officials.actingKind')}
          required
          data={actingKinds.map((value) => ({
            value,
            label: actingKindLabels[value].prefix
              ? `${actingKindLabels[value].prefix} (${label(actingKindLabels[value])})`
              : label(actingKindLabels[value]),
          }))}
          value={actingKind}
          onChange={(value) => value && setActingKind(value as ActingKind)}
          allowDeselect={false}
          error={errors.field.actingKind}
          data-testid="official-form-acting"
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Group grow align="flex-start" gap="sm">
        <DateField
          label={t('officials.start')}
          required
          value={start}
          onChange={setStart}
          error={errors.field.start}
          data-testid="official-form-start"
        />
        <DateField
          label={t('officials.end')}
          description={t('officials.endHint')}
          value={end}
          onChange={setEnd}
          error={errors.field.end}
          data-testid="official-form-end"
        />
      </Group>
    </FormModal>
  );
}

function EndTermDialog({ term, ...dialog }: SaveDialogProps & { term: OfficialTermDto }) {
  const t = useT();
  const officeTitle = useOfficeTitle();
  const [end, setEnd] = useState(() => {
    const today = todayWib();
    return today >= term.start ? today : term.start;
  });
  const saving = useFormSave(dialog.onSaved);
  const errors = termErrors(t, saving.error);

  return (
    <FormModal
      title={t('officials.endTerm.title')}
      onClose={dialog.onClose}
      saving={saving}
      save={() => updateOfficialTerm(term.id, { end })}
      errorMessage={errors.general}
      submitLabel={t('officials.endTerm.title')}
      testId="official-end-form"
      errorTestId="official-end-error"
      submitTestId="official-end-submit"
    >
      <Text size="sm">
        {t('officials.endTerm.text', {
          name: term.personName,
          office: officeTitle(term.office, term.actingKind),
        })}
      </Text>
      <DateField
        label={t('officials.endTerm.date')}
        required
        value={end}
        onChange={setEnd}
        error={errors.field.end}
        data-testid="official-end-date"
        data-autofocus
      />
    </FormModal>
  );
}
