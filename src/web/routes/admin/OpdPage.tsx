import {
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isSectorKey, sectorLabel, sectors, type SectorKey } from '../../../domain/taxonomy/sectors';
import { createOpd, deleteOpd, listOpds, updateOpd, type OpdDto } from '../../api/opds';
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
import { useLang, useT } from '../../i18n/context';

const shownSectors = 3;

/** /admin/opd: the perangkat daerah of the administrator's region (a system admin picks one). */
export function OpdPage() {
  return (
    <RequireAuth permission="opd:manage">
      <Opds />
    </RequireAuth>
  );
}

function Opds() {
  const t = useT();
  const { lang } = useLang();
  const auth = useAuth();
  const isSystemAdmin = auth.user?.role === 'system_admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const regionCode = isSystemAdmin ? searchParams.get('region') : (auth.user?.regionCode ?? null);
  const regionName = useRegionName(regionCode);
  usePageTitle(t('opd.title'));

  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<OpdDto | 'new' | undefined>(undefined);
  const [deleting, setDeleting] = useState<OpdDto | undefined>(undefined);
  const opds = useApiQuery(regionCode ? `opds:${regionCode}:${version}` : null, (signal) =>
    listOpds(regionCode ?? '', signal),
  );
  const shown = opds.data ?? (opds.loading ? opds.lastData : undefined);
  const reload = () => setVersion((value) => value + 1);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('opd.title')}
        intro={regionName ? t('opd.intro', { region: regionName }) : t('opd.introAll')}
        action={
          regionCode && (
            <Button onClick={() => setEditing('new')} data-testid="opd-create">
              {t('opd.create')}
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
            data-testid="opd-region"
            w={{ base: '100%', xs: 360 }}
          />
        </Paper>
      )}

      {!regionCode && (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t('opd.pickRegion')}
          </Text>
        </Paper>
      )}

      {opds.error && <ApiErrorAlert error={opds.error} />}
      {regionCode && !shown && !opds.error && <Skeleton h={160} />}

      {regionCode && shown && (
        <Stack gap="sm">
          <Text fw={600} data-testid="opd-total">
            {t('opd.total', { count: shown.items.length })}
          </Text>
          {shown.items.length === 0 ? (
            <Paper withBorder p="xl" data-testid="opd-empty">
              <Stack align="center" gap="xs">
                <Text fw={600}>{t('opd.empty.title')}</Text>
                <Text size="sm" c="dimmed" ta="center">
                  {t('opd.empty.hint')}
                </Text>
              </Stack>
            </Paper>
          ) : (
            <Paper withBorder style={{ overflow: 'hidden', opacity: opds.loading ? 0.6 : 1 }}>
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="sm" horizontalSpacing="md">
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>{t('opd.col.name')}</Table.Th>
                      <Table.Th>{t('opd.col.abbreviation')}</Table.Th>
                      <Table.Th>{t('opd.col.sectors')}</Table.Th>
                      <Table.Th ta="right">{t('opd.col.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.items.map((opd) => (
                      <Table.Tr key={opd.id} data-testid="opd-row" data-name={opd.name}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {opd.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c={opd.abbreviation ? undefined : 'dimmed'}>
                            {opd.abbreviation ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {opd.sectorKeys.slice(0, shownSectors).map((key) => (
                              <Badge key={key} variant="light" color="gray" tt="none" size="sm">
                                {isSectorKey(key) ? sectorLabel(key, lang) : key}
                              </Badge>
                            ))}
                            {opd.sectorKeys.length > shownSectors && (
                              <Text size="xs" c="dimmed">
                                {t('opd.moreSectors', { count: opd.sectorKeys.length - shownSectors })}
                              </Text>
                            )}
                            {opd.sectorKeys.length === 0 && (
                              <Text size="sm" c="dimmed">
                                —
                              </Text>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => setEditing(opd)}
                              data-testid="opd-edit"
                            >
                              {t('action.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => setDeleting(opd)}
                              data-testid="opd-delete"
                            >
                              {t('action.delete')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </Stack>
      )}

      {regionCode && editing !== undefined && (
        <OpdDialog
          key={editing === 'new' ? 'new' : editing.id}
          regionCode={regionCode}
          opd={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
      <ConfirmDialog
        opened={deleting !== undefined}
        onClose={() => setDeleting(undefined)}
        title={t('action.delete')}
        message={t('opd.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('action.delete')}
        onConfirm={async () => {
          if (deleting) await deleteOpd(deleting.id);
          reload();
        }}
      />
    </Stack>
  );
}

const opdFields = ['name', 'abbreviation', 'sectorKeys'] as const;

function OpdDialog({
  regionCode,
  opd,
  onClose,
  onSaved,
}: {
  regionCode: string;
  opd: OpdDto | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [name, setName] = useState(opd?.name ?? '');
  const [abbreviation, setAbbreviation] = useState(opd?.abbreviation ?? '');
  const [sectorKeys, setSectorKeys] = useState<string[]>(opd?.sectorKeys ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const errors = formErrors(t, error, opdFields);

  const sectorOptions = useMemo(
    () => sectors.map((sector) => ({ value: sector.key, label: sectorLabel(sector.key, lang) })),
    [lang],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body = {
      name: name.trim(),
      abbreviation: abbreviation.trim() || null,
      sectorKeys: sectorKeys.filter(isSectorKey) satisfies SectorKey[],
    };
    try {
      if (opd) await updateOpd(opd.id, body);
      else await createOpd({ ...body, regionCode });
      onSaved();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={opd ? t('opd.edit.title') : t('opd.new.title')} size="lg" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('opd.name')}
            placeholder={t('opd.namePlaceholder')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field.name}
            data-testid="opd-form-name"
            data-autofocus
          />
          <TextInput
            label={t('opd.abbreviation')}
            placeholder={t('opd.abbreviationPlaceholder')}
            value={abbreviation}
            onChange={(event) => setAbbreviation(event.currentTarget.value)}
            error={errors.field.abbreviation}
            data-testid="opd-form-abbreviation"
            maw={240}
          />
          <MultiSelect
            label={t('opd.sectors')}
            placeholder={sectorKeys.length === 0 ? t('opd.sectorsPlaceholder') : undefined}
            nothingFoundMessage={t('opd.sectorsNone')}
            data={sectorOptions}
            value={sectorKeys}
            onChange={setSectorKeys}
            searchable
            clearable
            error={errors.field.sectorKeys}
            data-testid="opd-form-sectors"
            comboboxProps={{ withinPortal: true }}
          />
          <FormErrorAlert message={errors.general} error={error} testId="opd-form-error" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="opd-form-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
