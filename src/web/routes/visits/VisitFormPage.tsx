import { DateField } from '../../components/DateField';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  List,
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
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  institutionKinds,
  visitKinds,
  type InstitutionKind,
  type VisitKind,
} from '../../../domain/records/kinds';
import { visitInputSchema, type VisitFormValues } from '../../../domain/records/schema';
import { institutionKindLabels, visitKindLabels } from '../../../domain/records/visit-labels';
import { sectorKeys, type SectorKey } from '../../../domain/taxonomy/sectors';
import { ApiError } from '../../api/client';
import { createVisit, getVisit, updateVisit, type VisitDetailDto } from '../../api/visits';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { apiErrorWithField, validationMessage } from '../../i18n/api-errors';
import { useT, type Translate } from '../../i18n/context';
import { fieldPathLabel } from '../../i18n/field-label';
import { issueText, useLabel, useSectorLabel } from '../agreements/shared';

type Visitor = { regionCode: string | null; institution: InstitutionKind; name: string };
type Person = { name: string; post: string; regionCode: string | null; institution: InstitutionKind };
type Topic = { text: string; sector: SectorKey | null };
type Practice = { topic: string; description: string; sector: SectorKey | null };
type Values = {
  title: string;
  kind: VisitKind;
  hostRegionCode: string | null;
  visitors: Visitor[];
  delegates: Person[];
  hosts: Person[];
  startDate: string;
  endDate: string;
  place: string;
  topics: Topic[];
  purpose: string;
  outcomes: string;
  goodPractices: Practice[];
  notes: string;
  published: boolean;
};

const emptyVisitor = (regionCode: string | null = null): Visitor => ({
  regionCode,
  institution: 'pemda',
  name: '',
});
const emptyPerson = (): Person => ({ name: '', post: '', regionCode: null, institution: 'pemda' });

function fromDetail(visit: VisitDetailDto): Values {
  const person = (p: VisitDetailDto['delegates'][number]): Person => ({
    name: p.name,
    post: p.post ?? '',
    regionCode: p.regionCode,
    institution: p.institution,
  });
  return {
    title: visit.title,
    kind: visit.kind,
    hostRegionCode: visit.hostRegionCode,
    visitors: visit.visitors.map((v) => ({
      regionCode: v.regionCode,
      institution: v.institution,
      name: v.name ?? '',
    })),
    delegates: visit.delegates.map(person),
    hosts: visit.hosts.map(person),
    startDate: visit.startDate ?? '',
    endDate: visit.endDate ?? '',
    place: visit.place ?? '',
    topics: visit.topics.map((topic) => ({ text: topic.text, sector: topic.sector as SectorKey | null })),
    purpose: visit.purpose ?? '',
    outcomes: visit.outcomes ?? '',
    goodPractices: visit.goodPractices.map((p) => ({
      topic: p.topic,
      description: p.description ?? '',
      sector: p.sector as SectorKey | null,
    })),
    notes: visit.notes ?? '',
    published: visit.published,
  };
}

function toBody(values: Values): VisitFormValues & { published: boolean } {
  return {
    title: values.title,
    kind: values.kind,
    hostRegionCode: values.hostRegionCode ?? '',
    visitors: values.visitors.map((v) => ({
      regionCode: v.regionCode,
      institution: v.institution,
      name: v.name,
    })),
    delegates: values.delegates.filter((p) => p.name.trim()),
    hosts: values.hosts.filter((p) => p.name.trim()),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    place: values.place,
    topics: values.topics.filter((topic) => topic.text.trim()),
    // The sectors of the topics and good practices are added by the server.
    sectors: [],
    purpose: values.purpose,
    outcomes: values.outcomes,
    goodPractices: values.goodPractices.filter((p) => p.topic.trim()),
    notes: values.notes,
    published: values.published,
  };
}

type Problem = { field: string | null; message: string };

/** The problems of a failed check or save, each with its field in words. */
function problemsOf(t: Translate, label: ReturnType<typeof useLabel>, error: unknown): Problem[] {
  if (error instanceof ApiError && error.code === 'RULE_VIOLATION' && Array.isArray(error.details)) {
    return (error.details as Array<{ code: string; message: string; field: string | null }>).map((issue) => ({
      field: issue.field,
      message: issueText(t, issue, label),
    }));
  }
  return [{ field: null, message: apiErrorWithField(t, error) }];
}

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
  if (id && stored.error) return <ApiErrorAlert error={stored.error} />;
  if (id && !stored.data) return <Skeleton h={400} />;
  return <VisitFormBody key={stored.data?.version ?? 'new'} stored={stored.data} />;
}

function VisitFormBody({ stored }: { stored: VisitDetailDto | undefined }) {
  const invalidate = useInvalidate();
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const navigate = useNavigate();
  const auth = useAuth();
  usePageTitle(stored ? t('visits.form.editTitle') : t('visits.form.newTitle'));
  const [values, setValues] = useState<Values>(() =>
    stored
      ? fromDetail(stored)
      : {
          title: '',
          kind: 'kunjungan_kerja',
          hostRegionCode: null,
          visitors: [emptyVisitor(auth.user?.regionCode ?? null)],
          delegates: [],
          hosts: [],
          startDate: '',
          endDate: '',
          place: '',
          topics: [{ text: '', sector: null }],
          purpose: '',
          outcomes: '',
          goodPractices: [],
          notes: '',
          published: false,
        },
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setRow = <K extends 'visitors' | 'delegates' | 'topics' | 'goodPractices'>(
    key: K,
    index: number,
    patch: Partial<Values[K][number]>,
  ) =>
    setValues((v) => ({
      ...v,
      [key]: (v[key] as Array<Values[K][number]>).map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  const addRow = <K extends 'visitors' | 'delegates' | 'topics' | 'goodPractices'>(
    key: K,
    row: Values[K][number],
  ) => setValues((v) => ({ ...v, [key]: [...(v[key] as Array<Values[K][number]>), row] }));
  const removeRow = (key: 'visitors' | 'delegates' | 'topics' | 'goodPractices', index: number) =>
    setValues((v) => ({ ...v, [key]: (v[key] as unknown[]).filter((_, i) => i !== index) }));

  const sectorOptions = sectorKeys
    .map((key) => ({ value: key, label: sectorLabel(key) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const institutionOptions = institutionKinds.map((kind) => ({
    value: kind,
    label: label(institutionKindLabels[kind]),
  }));
  const fieldProblem = (field: string) => problems.find((problem) => problem.field === field)?.message;

  const submit = async () => {
    setConflict(false);
    const body = toBody(values);
    const checked = visitInputSchema.safeParse(body);
    if (!checked.success) {
      setProblems(
        checked.error.issues.map((issue) => {
          const code = (issue as { params?: { code?: string } }).params?.code;
          return {
            field: issue.path.join('.'),
            message: code
              ? issueText(t, { code, message: issue.message }, label)
              : (validationMessage(t, issue) ?? t('apiError.VALIDATION_FAILED')),
          };
        }),
      );
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      const saved = stored
        ? await updateVisit(stored.id, { ...body, version: stored.version })
        : await createVisit(body);
      await invalidate(['visit', saved.id]);
      void navigate(`/kunjungan/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setConflict(true);
      else setProblems(problemsOf(t, label, error));
    } finally {
      setSaving(false);
    }
  };

  const removeButton = (
    key: 'visitors' | 'delegates' | 'topics' | 'goodPractices',
    index: number,
    testId: string,
  ) => (
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

      {conflict && (
        <Alert color="orange" title={t('visits.form.conflictTitle')} data-testid="visit-conflict">
          <Stack gap="xs">
            <Text size="sm">{t('visits.form.conflict')}</Text>
            <Group>
              <Button size="xs" variant="light" onClick={() => window.location.reload()}>
                {t('visits.form.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="red" title={t('visits.form.problems')} role="alert" data-testid="visit-problems">
          <List size="sm" spacing={2}>
            {problems.map((problem, index) => {
              const field = fieldPathLabel(t, problem.field);
              return (
                <List.Item key={index}>{field ? `${field}: ${problem.message}` : problem.message}</List.Item>
              );
            })}
          </List>
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          onClick={() => void navigate(stored ? `/kunjungan/${stored.id}` : '/kunjungan')}
        >
          {t('visits.form.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={saving} data-testid="visit-save">
          {t('visits.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
