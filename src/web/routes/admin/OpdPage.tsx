import { Badge, Group, MultiSelect, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { isSectorKey, sectorLabel, sectors, type SectorKey } from '../../../domain/taxonomy/sectors';
import { createOpd, deleteOpd, listOpds, updateOpd, type OpdDto } from '../../api/opds';
import { RequireAuth } from '../../auth/RequireAuth';
import { FormModal, useFormSave, type SaveDialogProps } from '../../components/FormModal';
import {
  RegionScopedListPage,
  useRegionRecords,
  useRegionScope,
} from '../../components/RegionScopedListPage';
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
  const scope = useRegionScope();
  usePageTitle(t('opd.title'));

  const opds = useRegionRecords('opds', scope.regionCode, listOpds);

  return (
    <RegionScopedListPage
      scope={scope}
      messages="opd"
      recordTestId="opd"
      records={opds}
      items={opds.shown?.items ?? []}
      rowProps={(opd) => ({ 'data-name': opd.name })}
      minWidth={640}
      columns={[
        {
          header: t('opd.col.name'),
          cell: (opd) => (
            <Text size="sm" fw={500}>
              {opd.name}
            </Text>
          ),
        },
        {
          header: t('opd.col.abbreviation'),
          cell: (opd) => (
            <Text size="sm" c={opd.abbreviation ? undefined : 'dimmed'}>
              {opd.abbreviation ?? '—'}
            </Text>
          ),
        },
        {
          header: t('opd.col.sectors'),
          cell: (opd) => (
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
          ),
        },
      ]}
      editor={(opd, code, dialog) => <OpdDialog regionCode={code} opd={opd} {...dialog} />}
      remove={(opd) => deleteOpd(opd.id)}
      deleteMessage={(opd) => t('opd.deleteConfirm', { name: opd.name })}
    />
  );
}

const opdFields = ['name', 'abbreviation', 'sectorKeys'] as const;

function OpdDialog({
  regionCode,
  opd,
  ...dialog
}: SaveDialogProps & { regionCode: string; opd: OpdDto | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const [name, setName] = useState(opd?.name ?? '');
  const [abbreviation, setAbbreviation] = useState(opd?.abbreviation ?? '');
  const [sectorKeys, setSectorKeys] = useState<string[]>(opd?.sectorKeys ?? []);
  const saving = useFormSave(dialog.onSaved);
  const errors = formErrors(t, saving.error, opdFields);

  const sectorOptions = useMemo(
    () => sectors.map((sector) => ({ value: sector.key, label: sectorLabel(sector.key, lang) })),
    [lang],
  );

  const save = () => {
    const body = {
      name: name.trim(),
      abbreviation: abbreviation.trim() || null,
      sectorKeys: sectorKeys.filter(isSectorKey) satisfies SectorKey[],
    };
    return opd ? updateOpd(opd.id, body) : createOpd({ ...body, regionCode });
  };

  return (
    <FormModal
      title={opd ? t('opd.edit.title') : t('opd.new.title')}
      size="lg"
      onClose={dialog.onClose}
      saving={saving}
      save={save}
      errorMessage={errors.general}
      errorTestId="opd-form-error"
      submitTestId="opd-form-submit"
    >
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
    </FormModal>
  );
}
