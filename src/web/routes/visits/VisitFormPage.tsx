import { DateField } from '../../components/DateField';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  institutionKinds,
  visitKinds,
  type InstitutionKind,
  type VisitKind,
} from '../../../domain/records/kinds';
import { visitInputSchema } from '../../../domain/records/schema';
import { institutionKindLabels, visitKindLabels } from '../../../domain/records/visit-labels';
import { sectorKeys, type SectorKey } from '../../../domain/taxonomy/sectors';
import { createVisit, getVisit, updateVisit, type VisitDetailDto } from '../../api/visits';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { FormProblems, RecordConflict, useRecordForm, useReloadAfterConflict } from '../../forms/record-form';
import { useT } from '../../i18n/context';
import { useLabel, useSectorLabel } from '../agreements/shared';
import {
  emptyPerson,
  emptyVisitForm,
  emptyVisitor,
  visitBodyOf,
  visitFormOf,
  type VisitFormState,
} from './visit-form';

function Block({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A row's text with its sector (topics and good practices). */
function TextWithSector({
  textLabel,
  text,
  sector,
  onChange,
  sectorOptions,
  testIdPrefix,
  remove,
}: {
  textLabel: string;
  text: string;
  sector: SectorKey | null;
  onChange: (patch: { text?: string; sector?: SectorKey | null }) => void;
  sectorOptions: Array<{ value: string; label: string }>;
  testIdPrefix: string;
  remove: ReactNode;
}) {
  const t = useT();
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        label={textLabel}
        value={text}
        onChange={(e) => onChange({ text: e.currentTarget.value })}
        style={{ flex: '2 1 240px' }}
        data-testid={`${testIdPrefix}-text`}
      />
      <Select
        label={t('visits.form.sector')}
        data={sectorOptions}
        value={sector}
        onChange={(value) => onChange({ sector: value as SectorKey | null })}
        searchable
        clearable
        placeholder={t('visits.form.sectorNone')}
        style={{ flex: '1 1 200px' }}
        data-testid={`${testIdPrefix}-sector`}
      />
      {remove}
    </Group>
  );
}

/** /kunjungan/baru and /kunjungan/:id/ubah: enter or change a work visit. */
export function VisitFormPage() {
  return (
    <RequireAuth permission="record:create">
      <VisitForm />
    </RequireAuth>
  );
}

function VisitForm() {
  const { id } = useParams();
  const stored = useApiQuery(id ? ['visit', id] : null, (signal) => getVisit(id ?? '', signal));
  const { replaced, reload } = useReloadAfterConflict(id ? ['visit', id] : null);
  if (id && stored.error) return <ApiErrorAlert error={stored.error} />;
  if (id && !stored.data) return <Skeleton h={400} />;
  return (
    <VisitFormBody
      key={stored.data?.version ?? 'new'}
      stored={stored.data}
      replaced={replaced}
      onReload={reload}
    />
  );
}

type ListField = 'visitors' | 'delegates' | 'topics' | 'goodPractices';

function VisitFormBody({
  stored,
  replaced,
  onReload,
}: {
  stored: VisitDetailDto | undefined;
  /** The form was just reloaded after a conflict: the user's entries were replaced. */
  replaced: boolean;
  onReload: () => Promise<void>;
}) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const navigate = useNavigate();
  const auth = useAuth();
  usePageTitle(stored ? t('visits.form.editTitle') : t('visits.form.newTitle'));
  const {
    form,
    values,
    setValue: set,
    fieldError: fieldProblem,
    submit,
    saving,
    conflict,
  } = useRecordForm({
    initialValues: stored ? visitFormOf(stored) : emptyVisitForm(auth.user?.regionCode ?? null),
    schema: visitInputSchema,
    toBody: visitBodyOf,
    save: (body) =>
      stored ? updateVisit(stored.id, { ...body, version: stored.version }) : createVisit(body),
    invalidates: [['visits'], ...(stored ? [['visit', stored.id] as const] : [])],
    onSaved: (saved) => void navigate(`/kunjungan/${saved.id}`),
  });
  const setRow = <K extends ListField>(key: K, index: number, patch: Partial<VisitFormState[K][number]>) =>
    form.setFieldValue(key, ((current: Array<VisitFormState[K][number]>) =>
      current.map((row, at) => (at === index ? { ...row, ...patch } : row))) as never);
  const addRow = <K extends ListField>(key: K, row: VisitFormState[K][number]) =>
    form.insertListItem(key, row as never);
  const removeRow = (key: ListField, index: number) => form.removeListItem(key, index);

  const sectorOptions = sectorKeys
    .map((key) => ({ value: key, label: sectorLabel(key) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const institutionOptions = institutionKinds.map((kind) => ({
    value: kind,
    label: label(institutionKindLabels[kind]),
  }));
  const removeButton = (key: ListField, index: number, testId: string) => (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={t('visits.form.remove')}
      onClick={() => removeRow(key, index)}
      data-testid={testId}
      mb={4}
    >
      ×
    </ActionIcon>
  );

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{stored ? t('visits.form.editTitle') : t('visits.form.newTitle')}</Title>

      <Block title={t('visits.form.basics')}>
        <TextInput
          label={t('visits.field.title')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldProblem('title')}
          data-testid="visit-title-input"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('visits.field.kind')}
            data={visitKinds.map((kind) => ({ value: kind, label: label(visitKindLabels[kind]) }))}
            value={values.kind}
            onChange={(value) => value && set('kind', value as VisitKind)}
            allowDeselect={false}
            data-testid="visit-kind"
          />
          <RegionSelect
            label={t('visits.field.host')}
            required
            value={values.hostRegionCode}
            onChange={(code) => set('hostRegionCode', code)}
            error={fieldProblem('hostRegionCode')}
            data-testid="visit-host"
          />
          <DateField
            label={t('visits.field.startDate')}
            value={values.startDate}
            onChange={(value) => set('startDate', value)}
            error={fieldProblem('startDate')}
            data-testid="visit-start"
          />
          <DateField
            label={t('visits.field.endDate')}
            value={values.endDate}
            min={values.startDate || undefined}
            onChange={(value) => set('endDate', value)}
            error={fieldProblem('endDate')}
            data-testid="visit-end"
          />
        </SimpleGrid>
        <TextInput
          label={t('visits.field.place')}
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          data-testid="visit-place"
        />
      </Block>

      <Block
        title={t('visits.field.visitors')}
        action={
          <Button
            size="xs"
            variant="light"
            onClick={() => addRow('visitors', emptyVisitor())}
            data-testid="visitor-add"
          >
            {t('visits.form.addVisitor')}
          </Button>
        }
      >
        <Text size="sm" c="dimmed">
          {t('visits.form.visitorsHint')}
        </Text>
        {fieldProblem('visitors') && (
          <Text size="sm" c="red" data-testid="visit-visitors-error">
            {fieldProblem('visitors')}
          </Text>
        )}
        {values.visitors.map((visitor, index) => (
          <Group key={index} align="flex-end" gap="xs" wrap="wrap" data-testid="visitor-row">
            <RegionSelect
              label={t('visits.form.visitorRegion')}
              value={visitor.regionCode}
              onChange={(code) => setRow('visitors', index, { regionCode: code })}
              error={fieldProblem(`visitors.${index}.regionCode`)}
              clearable
              style={{ flex: '1 1 220px' }}
              data-testid="visitor-region"
            />
            <Select
              label={t('visits.form.institution')}
              data={institutionOptions}
              value={visitor.institution}
              onChange={(value) =>
                value && setRow('visitors', index, { institution: value as InstitutionKind })
              }
              allowDeselect={false}
              style={{ flex: '1 1 160px' }}
              data-testid="visitor-institution"
            />
            <TextInput
              label={t('visits.form.visitorName')}
              placeholder={t('visits.form.visitorNamePlaceholder')}
              value={visitor.name}
              onChange={(e) => setRow('visitors', index, { name: e.currentTarget.value })}
              style={{ flex: '1 1 200px' }}
              data-testid="visitor-name"
            />
            {values.visitors.length > 1 && removeButton('visitors', index, 'visitor-remove')}
          </Group>
        ))}
      </Block>

      <Block
        title={t('visits.field.delegates')}
        action={
          <Button
            size="xs"
            variant="light"
            onClick={() => addRow('delegates', emptyPerson())}
            data-testid="delegate-add"
          >
            {t('visits.form.addDelegate')}
          </Button>
        }
      >
        {values.delegates.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('visits.form.noDelegates')}
          </Text>
        )}
        {values.delegates.map((person, index) => (
          <Group key={index} align="flex-end" gap="xs" wrap="wrap" data-testid="delegate-row">
            <TextInput
              label={t('visits.form.personName')}
              value={person.name}
              onChange={(e) => setRow('delegates', index, { name: e.currentTarget.value })}
              style={{ flex: '1 1 200px' }}
              data-testid="delegate-name"
            />
            <TextInput
              label={t('visits.form.personPost')}
              placeholder={t('visits.form.personPostPlaceholder')}
              value={person.post}
              onChange={(e) => setRow('delegates', index, { post: e.currentTarget.value })}
              style={{ flex: '1 1 240px' }}
              data-testid="delegate-post"
            />
            {removeButton('delegates', index, 'delegate-remove')}
          </Group>
        ))}
      </Block>

      <Block
        title={t('visits.field.topics')}
        action={
          <Button
            size="xs"
            variant="light"
            onClick={() => addRow('topics', { text: '', sector: null })}
            data-testid="topic-add"
          >
            {t('visits.form.addTopic')}
          </Button>
        }
      >
        {values.topics.map((topic, index) => (
          <div key={index} data-testid="topic-row">
            <TextWithSector
              textLabel={t('visits.form.topicText')}
              text={topic.text}
              sector={topic.sector}
              onChange={(patch) => setRow('topics', index, patch)}
              sectorOptions={sectorOptions}
              testIdPrefix="topic"
              remove={removeButton('topics', index, 'topic-remove')}
            />
          </div>
        ))}
      </Block>

      <Block title={t('visits.form.content')}>
        <Textarea
          label={t('visits.field.purpose')}
          autosize
          minRows={2}
          value={values.purpose}
          onChange={(e) => set('purpose', e.currentTarget.value)}
          data-testid="visit-purpose"
        />
        <Textarea
          label={t('visits.field.outcomes')}
          autosize
          minRows={2}
          value={values.outcomes}
          onChange={(e) => set('outcomes', e.currentTarget.value)}
          data-testid="visit-outcomes"
        />
      </Block>

      <Block
        title={t('visits.section.goodPractices')}
        action={
          <Button
            size="xs"
            variant="light"
            onClick={() => addRow('goodPractices', { topic: '', description: '', sector: null })}
            data-testid="practice-add"
          >
            {t('visits.form.addPractice')}
          </Button>
        }
      >
        <Text size="sm" c="dimmed">
          {t('visits.form.practicesHint')}
        </Text>
        {values.goodPractices.map((practice, index) => (
          <Stack key={index} gap={4} data-testid="practice-row">
            <TextWithSector
              textLabel={t('visits.form.practiceTopic')}
              text={practice.topic}
              sector={practice.sector}
              onChange={({ text, ...patch }) =>
                setRow('goodPractices', index, text === undefined ? patch : { ...patch, topic: text })
              }
              sectorOptions={sectorOptions}
              testIdPrefix="practice"
              remove={removeButton('goodPractices', index, 'practice-remove')}
            />
            <Textarea
              label={t('visits.form.practiceDescription')}
              autosize
              minRows={1}
              value={practice.description}
              onChange={(e) => setRow('goodPractices', index, { description: e.currentTarget.value })}
            />
          </Stack>
        ))}
      </Block>

      <Block title={t('visits.field.notes')}>
        <Textarea
          autosize
          minRows={2}
          aria-label={t('visits.field.notes')}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
        />
        {(stored
          ? stored.access.publish
          : auth.user?.role === 'region_admin' || auth.user?.role === 'system_admin') && (
          <Checkbox
            label={t('visits.form.published')}
            checked={values.published}
            onChange={(e) => set('published', e.currentTarget.checked)}
            data-testid="visit-published"
          />
        )}
      </Block>

      <RecordConflict conflict={conflict} replaced={replaced} onReload={onReload} prefix="visit" />
      <FormProblems errors={form.errors} title={t('visits.form.problems')} testId="visit-problems" />
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          onClick={() => void navigate(stored ? `/kunjungan/${stored.id}` : '/kunjungan')}
        >
          {t('visits.form.cancel')}
        </Button>
        <Button onClick={() => submit()} loading={saving} data-testid="visit-save">
          {t('visits.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
