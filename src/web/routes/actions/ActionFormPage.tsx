import { DateField } from '../../components/DateField';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { displayName, regionByCode } from '../../../domain/regions';
import {
  actionParentTypes,
  actionStatuses,
  type ActionParentType,
  type ActionStatus,
} from '../../../domain/records/kinds';
import { actionInputSchema } from '../../../domain/records/schema';
import { createAction } from '../../api/actions';
import { listOpds } from '../../api/opds';
import { useApiQuery } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { usePageTitle } from '../../components/use-page-title';
import { useRecordForm } from '../../forms/record-form';
import { recordErrorKey } from '../../forms/schema-errors';
import { useT } from '../../i18n/context';
import { EvidenceLinksInput } from './EvidenceLinksInput';
import { actionBodyOf, emptyActionForm, placeActionField, type ActionFormState } from './action-form';
import { getParent, parentPaths, type ParentInfo } from './parent';

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

type ActionFormProps = { parentType: ActionParentType; parentId: string; decisionId: string | null };

/** Reads the record followed up first: its parties offer the OPD, a meeting's decision gives the title. */
function ActionForm(props: ActionFormProps) {
  const parent = useApiQuery(['action-parent', props.parentType, props.parentId], (signal) =>
    getParent(props.parentType, props.parentId, signal),
  );
  if (parent.error) return <ApiErrorAlert error={parent.error} />;
  if (!parent.data) return <Loader size="sm" data-testid="action-form-loading" />;
  return <ActionFormFields {...props} parent={parent.data} />;
}

function ActionFormFields({
  parentType,
  parentId,
  decisionId,
  parent,
}: ActionFormProps & { parent: ParentInfo }) {
  const t = useT();
  const navigate = useNavigate();
  const regions = parent.partyRegionCodes;
  const opds = useApiQuery(['opds', 'of-regions', regions], async (signal) =>
    (await Promise.all(regions.map((code) => listOpds(code, signal)))).flatMap((page) => page.items),
  );
  // "Jadikan tindak lanjut": the decision's words are the action's title, for the user to change.
  const decision = decisionId
    ? parent.decisions?.find((candidate) => candidate.id === decisionId)
    : undefined;
  const { form, values, fieldError, submit, saving } = useRecordForm({
    initialValues: { ...emptyActionForm(), title: decision?.text ?? '' },
    schema: actionInputSchema,
    toBody: (values: ActionFormState) => actionBodyOf({ parentType, parentId, decisionId }, values),
    save: createAction,
    // The parent's page lists its actions (and a meeting's decisions show theirs).
    invalidates: [['actions'], [parentType, parentId]],
    onSaved: (created) => void navigate(`/tindak-lanjut/${created.id}`),
    place: placeActionField,
  });
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

  return (
    <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
      <form noValidate onSubmit={submit} data-testid="action-form">
        <Stack gap="md">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('act.form.parent')} · {t(`act.parentType.${parentType}`)}
            </Text>
            <Anchor component={Link} to={parentPage} fw={600} data-testid="action-form-parent">
              {parent.title}
            </Anchor>
          </Stack>
          <TextInput
            label={t('act.field.title')}
            required
            {...form.getInputProps('title')}
            error={fieldError('title')}
            data-testid="action-title"
          />
          <Textarea
            label={t('act.field.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Select
            label={t('act.field.opdId')}
            description={t('act.form.opdHint')}
            placeholder={t('act.form.opdPlaceholder')}
            required
            searchable
            data={opdGroups.filter((group) => group.items.length > 0)}
            value={values.opdId}
            onChange={(value) => form.setFieldValue('opdId', value)}
            nothingFoundMessage={t('act.form.noOpd')}
            error={fieldError('opdId')}
            data-testid="action-opd"
          />
          <Group grow align="flex-start" wrap="wrap">
            <DateField
              label={t('act.field.dueDate')}
              value={values.dueDate}
              onChange={(value) => form.setFieldValue('dueDate', value)}
              error={fieldError('dueDate')}
              data-testid="action-due"
              style={{ minWidth: 160 }}
            />
            <Select
              label={t('act.field.status')}
              data={actionStatuses.map((value) => ({ value, label: t(`act.status.${value}`) }))}
              value={values.status}
              onChange={(value) => value && form.setFieldValue('status', value as ActionStatus)}
              allowDeselect={false}
              style={{ minWidth: 160 }}
            />
            <NumberInput
              label={t('act.field.progress')}
              min={0}
              max={100}
              clampBehavior="none"
              allowDecimal={false}
              value={values.progress}
              onChange={(value) =>
                form.setFieldValue('progress', typeof value === 'number' ? value : Number(value) || 0)
              }
              error={fieldError('progress')}
              data-testid="action-progress"
              style={{ minWidth: 120 }}
            />
          </Group>
          <EvidenceLinksInput
            links={values.evidenceLinks}
            onChange={(links) => form.setFieldValue('evidenceLinks', links)}
            error={fieldError('evidenceLinks')}
          />
          {fieldError(recordErrorKey) && (
            <Alert color="red" data-testid="action-form-error">
              {fieldError(recordErrorKey)}
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
