import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { programKinds, programStatuses, type ProgramParentType } from '../../../domain/records/kinds';
import { programKindLabels, programStatusLabels } from '../../../domain/records/program-labels';
import { programInputSchema, type ProgramFormValues } from '../../../domain/records/schema';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import { ApiError } from '../../api/client';
import { createProgram, getProgram, updateProgram, type ProgramDetailDto } from '../../api/programs';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { apiErrorWithField } from '../../i18n/api-errors';
import { fieldPathLabel } from '../../i18n/field-label';
import { issueText, useLabel, useSectorLabel } from '../agreements/shared';
import { OrganizationSelect } from '../agreements/RemoteSelect';

type BudgetRow = { year: number | ''; budget: number | ''; realisation: number | ''; note: string };
type LinkRow = { url: string; label: string };
type Values = {
  title: string;
  kind: (typeof programKinds)[number];
  parentType: ProgramParentType | null;
  parentId: string | null;
  funderRegionCode: string | null;
  funderOrganizationId: string | null;
  recipientRegionCode: string | null;
  recipientOrganizationId: string | null;
  location: string;
  description: string;
  sectors: string[];
  status: (typeof programStatuses)[number];
  physicalProgress: number;
  budgets: BudgetRow[];
  evidenceLinks: LinkRow[];
  published: boolean;
};
type FormIssue = {
  code: string;
  field: string | null;
  message: string;
  params?: Record<string, string | number>;
};

const blankText = (text: string) => (text.trim() === '' ? null : text.trim());

function valuesOf(
  program: ProgramDetailDto | undefined,
  parentType: string | null,
  parentId: string | null,
): Values {
  return {
    title: program?.title ?? '',
    kind: program?.kind ?? 'bantuan_keuangan',
    parentType:
      program?.parentType ?? (parentType === 'agreement' || parentType === 'meeting' ? parentType : null),
    parentId: program?.parentId ?? parentId,
    funderRegionCode: program?.funderRegionCode ?? null,
    funderOrganizationId: program?.funderOrganizationId ?? null,
    recipientRegionCode: program?.recipientRegionCode ?? null,
    recipientOrganizationId: program?.recipientOrganizationId ?? null,
    location: program?.location ?? '',
    description: program?.description ?? '',
    sectors: program?.sectors ?? [],
    status: program?.status ?? 'rencana',
    physicalProgress: program?.physicalProgress ?? 0,
    budgets: (program?.budgets ?? []).map((line) => ({
      year: line.year,
      budget: line.budget,
      realisation: line.realisation ?? '',
      note: line.note ?? '',
    })),
    evidenceLinks: (program?.evidenceLinks ?? []).map((link) => ({ url: link.url, label: link.label ?? '' })),
    published: program?.published ?? false,
  };
}

/** What the API receives: empty texts as null, numbers as numbers. */
function bodyOf(values: Values): ProgramFormValues & { published: boolean } {
  return {
    title: values.title,
    kind: values.kind,
    parentType: values.parentType,
    parentId: values.parentId,
    funderRegionCode: values.funderRegionCode,
    funderOrganizationId: values.funderOrganizationId,
    recipientRegionCode: values.recipientRegionCode,
    recipientOrganizationId: values.recipientOrganizationId,
    location: blankText(values.location),
    description: blankText(values.description),
    sectors: values.sectors as ProgramFormValues['sectors'],
    status: values.status,
    physicalProgress: values.physicalProgress,
    budgets: values.budgets.map((line) => ({
      year: line.year === '' ? Number.NaN : line.year,
      budget: line.budget === '' ? 0 : line.budget,
      realisation: line.realisation === '' ? null : line.realisation,
      note: blankText(line.note),
    })),
    evidenceLinks: values.evidenceLinks
      .filter((link) => link.url.trim() !== '')
      .map((link) => ({ url: link.url.trim(), label: blankText(link.label) })),
    published: values.published,
  };
}

/** The domain schema's issues, as the server would report them (same codes, same field paths). */
function localIssues(values: Values): FormIssue[] {
  const { published: _published, ...body } = bodyOf(values);
  const parsed = programInputSchema.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    return {
      code: typeof params.code === 'string' ? params.code : 'INVALID',
      field: issue.path.map(String).join('.') || null,
      message: issue.message,
      params,
    };
  });
}

/** /program/baru?parentType=&parentId= and /program/:id/ubah. */
export function ProgramFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const program = useApiQuery(id ? ['program', id] : null, (signal) => getProgram(id ?? '', signal));
  if (id && !program.data)
    return program.error ? <ApiErrorAlert error={program.error} /> : <Text c="dimmed">…</Text>;
  return (
    <ProgramForm
      key={program.data?.version ?? 'new'}
      program={program.data}
      initial={valuesOf(program.data, params.get('parentType'), params.get('parentId'))}
    />
  );
}

function ProgramForm({ program, initial }: { program: ProgramDetailDto | undefined; initial: Values }) {
  const invalidate = useInvalidate();
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  usePageTitle(program ? t('prog.form.titleEdit') : t('prog.form.titleNew'));

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setBudget = (index: number, change: Partial<BudgetRow>) =>
    set(
      'budgets',
      values.budgets.map((line, at) => (at === index ? { ...line, ...change } : line)),
    );
  const setLink = (index: number, change: Partial<LinkRow>) =>
    set(
      'evidenceLinks',
      values.evidenceLinks.map((link, at) => (at === index ? { ...link, ...change } : link)),
    );
  const errorOf = (field: string): ReactNode => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueText(t, issue, label) : undefined;
  };

  const submit = async () => {
    setFailure(undefined);
    const found = localIssues(values);
    setIssues(found);
    if (found.length) return;
    setSaving(true);
    try {
      const body = bodyOf(values);
      const saved = program
        ? await updateProgram(program.id, { ...body, version: program.version })
        : await createProgram(body);
      await invalidate(['program', saved.id]);
      void navigate(`/program/${saved.id}`);
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'RULE_VIOLATION' && Array.isArray(cause.details))
        setIssues(cause.details as FormIssue[]);
      else setFailure(cause);
    } finally {
      setSaving(false);
    }
  };

  const kindOptions = programKinds.map((kind) => ({ value: kind, label: label(programKindLabels[kind]) }));
  const statusOptions = programStatuses.map((status) => ({
    value: status,
    label: label(programStatusLabels[status]),
  }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        <Title order={1}>{program ? t('prog.form.titleEdit') : t('prog.form.titleNew')}</Title>

        {issues.length > 0 && (
          <Alert color="red" variant="light" role="alert" data-testid="program-form-issues">
            <List size="sm">
              {issues.map((issue, index) => {
                const where = fieldPathLabel(t, issue.field);
                const text = issueText(t, issue, label);
                return <List.Item key={index}>{where ? `${where}: ${text}` : text}</List.Item>;
              })}
            </List>
          </Alert>
        )}
        {failure !== undefined && (
          <Alert color="red" variant="light" role="alert" data-testid="program-form-error">
            {failure instanceof ApiError && failure.code === 'VERSION_CONFLICT'
              ? t('prog.form.conflict')
              : apiErrorWithField(t, failure)}
          </Alert>
        )}

        <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
          <Stack gap="md">
            {values.parentType && values.parentId && (
              <Text size="sm" c="dimmed" data-testid="program-parent">
                {t('prog.form.parent')}:{' '}
                <Link
                  to={`${values.parentType === 'agreement' ? '/kerja-sama' : '/pertemuan'}/${values.parentId}`}
                >
                  {program?.parent?.title ??
                    t(
                      values.parentType === 'agreement'
                        ? 'prog.form.parentAgreement'
                        : 'prog.form.parentMeeting',
                    )}
                </Link>
              </Text>
            )}
            <TextInput
              label={t('prog.form.title')}
              required
              value={values.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={errorOf('title')}
              data-testid="program-title-input"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('prog.form.kind')}
                data={kindOptions}
                value={values.kind}
                onChange={(value) => value && set('kind', value as Values['kind'])}
                allowDeselect={false}
                data-testid="program-kind"
              />
              <Select
                label={t('prog.form.status')}
                data={statusOptions}
                value={values.status}
                onChange={(value) => value && set('status', value as Values['status'])}
                allowDeselect={false}
                data-testid="program-status-input"
              />
              <RegionSelect
                label={t('prog.form.funderRegion')}
                value={values.funderRegionCode}
                onChange={(code) => set('funderRegionCode', code)}
                clearable
                error={errorOf('funderRegionCode')}
                data-testid="program-funder"
              />
              <RegionSelect
                label={t('prog.form.recipientRegion')}
                value={values.recipientRegionCode}
                onChange={(code) => set('recipientRegionCode', code)}
                clearable
                error={errorOf('recipientRegionCode')}
                data-testid="program-recipient"
              />
              <OrganizationSelect
                label={t('prog.form.funderOrganization')}
                value={values.funderOrganizationId}
                onChange={(value) => set('funderOrganizationId', value)}
                clearable
                error={errorOf('funderOrganizationId')}
              />
              <OrganizationSelect
                label={t('prog.form.recipientOrganization')}
                value={values.recipientOrganizationId}
                onChange={(value) => set('recipientOrganizationId', value)}
                clearable
                error={errorOf('recipientOrganizationId')}
              />
            </SimpleGrid>
            <TextInput
              label={t('prog.form.location')}
              value={values.location}
              onChange={(event) => set('location', event.currentTarget.value)}
              data-testid="program-location"
            />
            <MultiSelect
              label={t('prog.form.sectors')}
              data={sectorKeys.map((key) => ({ value: key, label: sectorLabel(key) }))}
              value={values.sectors}
              onChange={(keys) => set('sectors', keys)}
              searchable
              data-testid="program-sectors"
            />
            <Textarea
              label={t('prog.form.description')}
              autosize
              minRows={2}
              value={values.description}
              onChange={(event) => set('description', event.currentTarget.value)}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('prog.form.progress')}: {values.physicalProgress}%
              </Text>
              <Group gap="md" wrap="nowrap">
                <Slider
                  style={{ flex: 1 }}
                  min={0}
                  max={100}
                  value={values.physicalProgress}
                  onChange={(value) => set('physicalProgress', value)}
                  aria-label={t('prog.form.progress')}
                />
                <NumberInput
                  w={90}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  value={values.physicalProgress}
                  onChange={(value) => set('physicalProgress', typeof value === 'number' ? value : 0)}
                  error={errorOf('physicalProgress')}
                  aria-label={t('prog.form.progress')}
                  data-testid="program-progress-input"
                />
              </Group>
            </Stack>
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', xs: 'lg' }} data-testid="program-budget-editor">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4">
                {t('prog.form.budgets')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('prog.form.budgetsHint')}
              </Text>
            </div>
            {values.budgets.map((line, index) => (
              <Paper key={index} withBorder p="sm" bg="gray.0" data-testid="budget-line">
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                  <NumberInput
                    label={t('prog.form.year')}
                    value={line.year}
                    allowDecimal={false}
                    thousandSeparator=""
                    onChange={(value) => setBudget(index, { year: typeof value === 'number' ? value : '' })}
                    error={errorOf(`budgets.${index}.year`)}
                    data-testid="budget-year-input"
                  />
                  <NumberInput
                    label={t('prog.form.budget')}
                    value={line.budget}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    onChange={(value) => setBudget(index, { budget: typeof value === 'number' ? value : '' })}
                    error={errorOf(`budgets.${index}.budget`)}
                    data-testid="budget-amount-input"
                  />
                  <NumberInput
                    label={t('prog.form.realisation')}
                    value={line.realisation}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    onChange={(value) =>
                      setBudget(index, { realisation: typeof value === 'number' ? value : '' })
                    }
                    error={errorOf(`budgets.${index}.realisation`)}
                    data-testid="budget-realisation-input"
                  />
                  <TextInput
                    label={t('prog.form.note')}
                    value={line.note}
                    onChange={(event) => setBudget(index, { note: event.currentTarget.value })}
                    data-testid="budget-note-input"
                    rightSection={
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('prog.form.remove')}
                        onClick={() =>
                          set(
                            'budgets',
                            values.budgets.filter((_, at) => at !== index),
                          )
                        }
                      >
                        ×
                      </ActionIcon>
                    }
                  />
                </SimpleGrid>
              </Paper>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  set('budgets', [
                    ...values.budgets,
                    { year: new Date().getFullYear(), budget: '', realisation: '', note: '' },
                  ])
                }
                data-testid="budget-add"
              >
                {t('prog.form.addBudget')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('prog.form.evidence')}
            </Title>
            {values.evidenceLinks.map((link, index) => (
              <SimpleGrid key={index} cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('prog.form.url')}
                  type="url"
                  value={link.url}
                  onChange={(event) => setLink(index, { url: event.currentTarget.value })}
                  error={errorOf(`evidenceLinks.${index}.url`)}
                  data-testid="evidence-url-input"
                />
                <TextInput
                  label={t('prog.form.linkLabel')}
                  value={link.label}
                  onChange={(event) => setLink(index, { label: event.currentTarget.value })}
                  rightSection={
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('prog.form.remove')}
                      onClick={() =>
                        set(
                          'evidenceLinks',
                          values.evidenceLinks.filter((_, at) => at !== index),
                        )
                      }
                    >
                      ×
                    </ActionIcon>
                  }
                />
              </SimpleGrid>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => set('evidenceLinks', [...values.evidenceLinks, { url: '', label: '' }])}
                data-testid="evidence-add"
              >
                {t('prog.form.addLink')}
              </Button>
            </Group>
            <Checkbox
              mt="sm"
              label={t('prog.form.published')}
              checked={values.published}
              onChange={(event) => set('published', event.currentTarget.checked)}
            />
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to={program ? `/program/${program.id}` : '/program'}>
            {t('prog.form.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="program-save">
            {t('prog.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
