import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
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
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { programKinds, programStatuses } from '../../../domain/records/kinds';
import { programKindLabels, programStatusLabels } from '../../../domain/records/program-labels';
import { programInputSchema } from '../../../domain/records/schema';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import { createProgram, getProgram, updateProgram, type ProgramDetailDto } from '../../api/programs';
import { useApiQuery } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { FormProblems, RecordConflict, useRecordForm, useReloadAfterConflict } from '../../forms/record-form';
import { useT } from '../../i18n/context';
import { useLabel, useSectorLabel } from '../agreements/shared';
import { OrganizationSelect } from '../agreements/RemoteSelect';
import {
  programBodyOf,
  programFormOf,
  type BudgetRow,
  type LinkRow,
  type ProgramFormState,
} from './program-form';

/** /program/baru?parentType=&parentId= and /program/:id/ubah. */
export function ProgramFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const program = useApiQuery(id ? ['program', id] : null, (signal) => getProgram(id ?? '', signal));
  const { replaced, reload } = useReloadAfterConflict(id ? ['program', id] : null);
  if (id && !program.data)
    return program.error ? <ApiErrorAlert error={program.error} /> : <Text c="dimmed">…</Text>;
  return (
    <ProgramForm
      key={program.data?.version ?? 'new'}
      program={program.data}
      initial={programFormOf(program.data, params.get('parentType'), params.get('parentId'))}
      replaced={replaced}
      onReload={reload}
    />
  );
}

function ProgramForm({
  program,
  initial,
  replaced,
  onReload,
}: {
  program: ProgramDetailDto | undefined;
  initial: ProgramFormState;
  /** The form was just reloaded after a conflict: the user's entries were replaced. */
  replaced: boolean;
  onReload: () => Promise<void>;
}) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const navigate = useNavigate();
  const {
    form,
    values,
    setValue: set,
    fieldError: errorOf,
    submit,
    saving,
    conflict,
  } = useRecordForm({
    initialValues: initial,
    schema: programInputSchema,
    toBody: programBodyOf,
    save: (body) =>
      program ? updateProgram(program.id, { ...body, version: program.version }) : createProgram(body),
    invalidates: [['programs'], ...(program ? [['program', program.id] as const] : [])],
    onSaved: (saved) => void navigate(`/program/${saved.id}`),
  });
  usePageTitle(program ? t('prog.form.titleEdit') : t('prog.form.titleNew'));

  const setBudget = (index: number, change: Partial<BudgetRow>) =>
    form.setFieldValue(`budgets.${index}`, (line) => ({ ...line, ...change }));
  const setLink = (index: number, change: Partial<LinkRow>) =>
    form.setFieldValue(`evidenceLinks.${index}`, (link) => ({ ...link, ...change }));
  const kindOptions = programKinds.map((kind) => ({ value: kind, label: label(programKindLabels[kind]) }));
  const statusOptions = programStatuses.map((status) => ({
    value: status,
    label: label(programStatusLabels[status]),
  }));

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg">
        <Title order={1}>{program ? t('prog.form.titleEdit') : t('prog.form.titleNew')}</Title>
        <RecordConflict conflict={conflict} replaced={replaced} onReload={onReload} prefix="program" />
        <FormProblems errors={form.errors} testId="program-form-issues" />

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
                onChange={(value) => value && set('kind', value as ProgramFormState['kind'])}
                allowDeselect={false}
                data-testid="program-kind"
              />
              <Select
                label={t('prog.form.status')}
                data={statusOptions}
                value={values.status}
                onChange={(value) => value && set('status', value as ProgramFormState['status'])}
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
                        onClick={() => form.removeListItem('budgets', index)}
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
                  form.insertListItem('budgets', {
                    year: new Date().getFullYear(),
                    budget: '',
                    realisation: '',
                    note: '',
                  })
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
                      onClick={() => form.removeListItem('evidenceLinks', index)}
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
                onClick={() => form.insertListItem('evidenceLinks', { url: '', label: '' })}
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
