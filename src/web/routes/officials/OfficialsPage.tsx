import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
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
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RegionSelect, useRegionName } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { formErrors } from '../../i18n/api-errors';
import { useT, type Translate } from '../../i18n/context';
import { isMessageKey } from '../../i18n/translate';
import { todayWib, useFormatDate, useLabel } from '../agreements/shared';

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
  const auth = useAuth();
  const formatDate = useFormatDate();
  const officeTitle = useOfficeTitle();
  const isSystemAdmin = auth.user?.role === 'system_admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const regionCode = isSystemAdmin ? searchParams.get('region') : (auth.user?.regionCode ?? null);
  const regionName = useRegionName(regionCode);
  usePageTitle(t('officials.title'));

  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<OfficialTermDto | 'new' | undefined>(undefined);
  const [ending, setEnding] = useState<OfficialTermDto | undefined>(undefined);
  const [deleting, setDeleting] = useState<OfficialTermDto | undefined>(undefined);
  const terms = useApiQuery(regionCode ? `officials:${regionCode}:${version}` : null, (signal) =>
    findOfficials({ regionCode: regionCode ?? '' }, signal),
  );
  const shown = terms.data ?? (terms.loading ? terms.lastData : undefined);
  const reload = () => setVersion((value) => value + 1);
  const today = todayWib();
  const order = regionCode ? officesFor(regionCode) : [];
  const rank = (office: Office) => (order.includes(office) ? order.indexOf(office) : order.length);
  const items = [...(shown?.items ?? [])].sort(
    (a, b) => rank(a.office) - rank(b.office) || (a.start < b.start ? 1 : a.start > b.start ? -1 : 0),
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('officials.title')}
        titleTestId="officials-title"
        intro={regionName ? t('officials.intro', { region: regionName }) : t('officials.introAll')}
        action={
          regionCode && (
            <Button onClick={() => setEditing('new')} data-testid="official-create">
              {t('officials.create')}
            </Button>
          )
        }
      />

      {isSystemAdmin && (
        <Paper withBorder p={{ base: 'sm', xs: 'md' }}>
          <RegionSelect
            label={t('form.region')}
            value={regionCode}
            onChange={(code) => setSearchParams(code ? { region: code } : {})}
            data-testid="officials-region"
            w={{ base: '100%', xs: 360 }}
          />
        </Paper>
      )}

      {!regionCode && (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t('officials.pickRegion')}
          </Text>
        </Paper>
      )}

      {terms.error && <ApiErrorAlert error={terms.error} />}
      {regionCode && !shown && !terms.error && <Skeleton h={160} />}

      {regionCode && shown && (
        <Stack gap="sm">
          <Text fw={600} data-testid="officials-total">
            {t('officials.total', { count: items.length })}
          </Text>
          {items.length === 0 ? (
            <Paper withBorder p="xl" data-testid="officials-empty">
              <Stack align="center" gap="xs">
                <Text fw={600}>{t('officials.empty.title')}</Text>
                <Text size="sm" c="dimmed" ta="center">
                  {t('officials.empty.hint')}
                </Text>
              </Stack>
            </Paper>
          ) : (
            <Paper withBorder style={{ overflow: 'hidden', opacity: terms.loading ? 0.6 : 1 }}>
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="sm" horizontalSpacing="md">
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>{t('officials.col.office')}</Table.Th>
                      <Table.Th>{t('officials.col.name')}</Table.Th>
                      <Table.Th>{t('officials.col.period')}</Table.Th>
                      <Table.Th>{t('officials.col.status')}</Table.Th>
                      <Table.Th ta="right">{t('officials.col.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((term) => {
                      const status = statusOf(term, today);
                      return (
                        <Table.Tr
                          key={term.id}
                          data-testid="official-row"
                          data-name={term.personName}
                          data-status={status}
                        >
                          <Table.Td>
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
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{term.personName}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" data-testid="official-period">
                              {term.end
                                ? t('officials.period.closed', {
                                    start: formatDate(term.start),
                                    end: formatDate(term.end),
                                  })
                                : t('officials.period.open', { start: formatDate(term.start) })}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Badge color={statusColors[status]} variant="light" tt="none" size="sm">
                              {t(`officials.status.${status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4} justify="flex-end" wrap="nowrap">
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                onClick={() => setEditing(term)}
                                data-testid="official-edit"
                              >
                                {t('action.edit')}
                              </Button>
                              {term.end === null && (
                                <Button
                                  size="compact-sm"
                                  variant="subtle"
                                  onClick={() => setEnding(term)}
                                  data-testid="official-end"
                                >
                                  {t('officials.endTerm')}
                                </Button>
                              )}
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color="red"
                                onClick={() => setDeleting(term)}
                                data-testid="official-delete"
                              >
                                {t('action.delete')}
                              </Button>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </Stack>
      )}

      {regionCode && editing !== undefined && (
        <TermDialog
          key={editing === 'new' ? 'new' : editing.id}
          regionCode={regionCode}
          term={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
      {ending && (
        <EndTermDialog
          key={ending.id}
          term={ending}
          onClose={() => setEnding(undefined)}
          onSaved={() => {
            setEnding(undefined);
            reload();
          }}
        />
      )}
      <ConfirmDialog
        opened={deleting !== undefined}
        onClose={() => setDeleting(undefined)}
        title={t('action.delete')}
        message={t('officials.deleteConfirm', {
          name: deleting?.personName ?? '',
          office: deleting ? officeTitle(deleting.office, deleting.actingKind) : '',
        })}
        confirmLabel={t('action.delete')}
        onConfirm={async () => {
          if (deleting) await deleteOfficialTerm(deleting.id);
          reload();
        }}
      />
    </Stack>
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
  const issue = error.details[0] as { code?: unknown } | undefined;
  const key = `officials.error.${String(issue?.code)}`;
  if (!isMessageKey(key)) return errors;
  const field = termFields.find((name) => `body.${name}` === error.field);
  return field ? { field: { [field]: t(key) }, general: undefined } : { field: {}, general: t(key) };
}

/** A dialog's save: busy while it runs, its failure kept for the form, `onSaved` once it succeeded. */
function useSave(onSaved: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async (event: FormEvent, save: () => Promise<unknown>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await save();
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function TermDialog({
  regionCode,
  term,
  onClose,
  onSaved,
}: {
  regionCode: string;
  term: OfficialTermDto | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const offices = officesFor(regionCode);
  const officeOptions = term && !offices.includes(term.office) ? [...offices, term.office] : offices;
  const [personName, setPersonName] = useState(term?.personName ?? '');
  const [office, setOffice] = useState<Office>(term?.office ?? offices[0] ?? 'sekretaris_daerah');
  const [actingKind, setActingKind] = useState<ActingKind>(term?.actingKind ?? 'definitif');
  const [start, setStart] = useState(term?.start ?? '');
  const [end, setEnd] = useState(term?.end ?? '');
  const { busy, error, run } = useSave(onSaved);
  const errors = termErrors(t, error);

  const submit = (event: FormEvent) =>
    run(event, () => {
      const body = { personName: personName.trim(), office, actingKind, regionCode, start, end: end || null };
      return term ? updateOfficialTerm(term.id, body) : createOfficialTerm(body);
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={term ? t('officials.edit.title') : t('officials.new.title')}
      size="lg"
      centered
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="official-form">
        <Stack gap="md">
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
            <TextInput
              type="date"
              label={t('officials.start')}
              required
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
              error={errors.field.start}
              data-testid="official-form-start"
            />
            <TextInput
              type="date"
              label={t('officials.end')}
              description={t('officials.endHint')}
              value={end}
              onChange={(event) => setEnd(event.currentTarget.value)}
              error={errors.field.end}
              data-testid="official-form-end"
            />
          </Group>
          <FormErrorAlert message={errors.general} error={error} testId="official-form-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="official-form-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EndTermDialog({
  term,
  onClose,
  onSaved,
}: {
  term: OfficialTermDto;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const officeTitle = useOfficeTitle();
  const [end, setEnd] = useState(() => {
    const today = todayWib();
    return today >= term.start ? today : term.start;
  });
  const { busy, error, run } = useSave(onSaved);
  const errors = termErrors(t, error);

  const submit = (event: FormEvent) => run(event, () => updateOfficialTerm(term.id, { end }));

  return (
    <Modal opened onClose={onClose} title={t('officials.endTerm.title')} centered>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="official-end-form">
        <Stack gap="md">
          <Text size="sm">
            {t('officials.endTerm.text', {
              name: term.personName,
              office: officeTitle(term.office, term.actingKind),
            })}
          </Text>
          <TextInput
            type="date"
            label={t('officials.endTerm.date')}
            required
            value={end}
            onChange={(event) => setEnd(event.currentTarget.value)}
            error={errors.field.end}
            data-testid="official-end-date"
            data-autofocus
          />
          <FormErrorAlert message={errors.general} error={error} testId="official-end-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="official-end-submit">
              {t('officials.endTerm.title')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
