import { DateField } from '../../components/DateField';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { displayName, regionByCode } from '../../../domain/regions';
import {
  actionParentTypes,
  actionStatuses,
  type ActionParentType,
  type ActionStatus,
} from '../../../domain/records/kinds';
import { createAction } from '../../api/actions';
import { listOpds } from '../../api/opds';
import { useApiQuery } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { EvidenceLinksInput, type LinkDraft } from './EvidenceLinksInput';
import { getParent, parentPaths } from './parent';
import { actionFormErrors } from './shared';

function isParentType(value: string | null): value is ActionParentType {
  return (actionParentTypes as readonly string[]).includes(value ?? '');
}

/** A new follow-up action of the record named in the URL (?parentType=&parentId=&decisionId=). */
export function ActionFormPage() {
  const t = useT();
  usePageTitle(t('act.form.title'));
  const [params] = useSearchParams();
  const rawType = params.get('parentType');
  const parentType = isParentType(rawType) ? rawType : null;
  const parentId = params.get('parentId');
  const decisionId = params.get('decisionId');

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1} size="h2">
        {t('act.form.title')}
      </Title>
      {parentType && parentId ? (
        <ActionForm parentType={parentType} parentId={parentId} decisionId={decisionId} />
      ) : (
        <Alert color="yellow" data-testid="action-form-no-parent">
          {t('act.form.noParent')}
        </Alert>
      )}
    </Stack>
  );
}

function ActionForm({
  parentType,
  parentId,
  decisionId,
}: {
  parentType: ActionParentType;
  parentId: string;
  decisionId: string | null;
}) {
  const t = useT();
  const navigate = useNavigate();
  const parent = useApiQuery(['action-parent', parentType, parentId], (signal) =>
    getParent(parentType, parentId, signal),
  );
  const regions = parent.data?.partyRegionCodes ?? [];
  const opds = useApiQuery(parent.data ? ['opds', 'of-regions', regions] : null, async (signal) =>
    (await Promise.all(regions.map((code) => listOpds(code, signal)))).flatMap((page) => page.items),
  );
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [opdId, setOpdId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<ActionStatus>('direncanakan');
  const [progress, setProgress] = useState<number>(0);
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = actionFormErrors(t, error);
  const parentPage = `${parentPaths[parentType].page}/${parentId}`;

  const opdGroups = regions.map((code) => {
    const region = regionByCode(code);
    return {
      group: region ? displayName(region) : code,
      items: (opds.data ?? [])
        .filter((opd) => opd.regionCode === code)
        .map((opd) => ({
          value: opd.id,
          label: opd.abbreviation ? `${opd.name} (${opd.abbreviation})` : opd.name,
        })),
    };
  });

  const submit = () => {
    setSaving(true);
    setError(null);
    createAction({
      parentType,
      parentId,
      decisionId,
      title,
      description: description.trim() === '' ? null : description,
      opdId: opdId ?? '',
      dueDate: dueDate === '' ? null : dueDate,
      status,
      progress,
      evidenceLinks: links
        .filter((link) => link.url.trim() !== '')
        .map((link) => ({
          url: link.url.trim(),
          label: link.label.trim() === '' ? null : link.label.trim(),
        })),
    }).then(
      (created) => navigate(`/tindak-lanjut/${created.id}`),
      (cause: unknown) => {
        setError(cause);
        setSaving(false);
      },
    );
  };

  if (parent.error) return <ApiErrorAlert error={parent.error} />;
  return (
    <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        data-testid="action-form"
      >
        <Stack gap="md">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('act.form.parent')} · {t(`act.parentType.${parentType}`)}
            </Text>
            <Anchor component={Link} to={parentPage} fw={600} data-testid="action-form-parent">
              {parent.data?.title ?? '…'}
            </Anchor>
          </Stack>
          <TextInput
            label={t('act.field.title')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.fields.title}
            data-testid="action-title"
          />
          <Textarea
            label={t('act.field.description')}
            autosize
            minRows={2}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <Select
            label={t('act.field.opdId')}
            description={t('act.form.opdHint')}
            placeholder={t('act.form.opdPlaceholder')}
            required
            searchable
            data={opdGroups.filter((group) => group.items.length > 0)}
            value={opdId}
            onChange={setOpdId}
            nothingFoundMessage={t('act.form.noOpd')}
            error={errors.fields.opdId}
            data-testid="action-opd"
          />
          <Group grow align="flex-start" wrap="wrap">
            <DateField
              label={t('act.field.dueDate')}
              value={dueDate}
              onChange={setDueDate}
              error={errors.fields.dueDate}
              data-testid="action-due"
              style={{ minWidth: 160 }}
            />
            <Select
              label={t('act.field.status')}
              data={actionStatuses.map((value) => ({ value, label: t(`act.status.${value}`) }))}
              value={status}
              onChange={(value) => value && setStatus(value as ActionStatus)}
              allowDeselect={false}
              style={{ minWidth: 160 }}
            />
            <NumberInput
              label={t('act.field.progress')}
              min={0}
              max={100}
              clampBehavior="none"
              allowDecimal={false}
              value={progress}
              onChange={(value) => setProgress(typeof value === 'number' ? value : Number(value) || 0)}
              error={errors.fields.progress}
              data-testid="action-progress"
              style={{ minWidth: 120 }}
            />
          </Group>
          <EvidenceLinksInput links={links} onChange={setLinks} error={errors.fields.evidenceLinks} />
          {errors.general && (
            <Alert color="red" data-testid="action-form-error">
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={parentPage}>
              {t('act.form.back')}
            </Button>
            <Button type="submit" loading={saving} data-testid="action-save">
              {t('act.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
