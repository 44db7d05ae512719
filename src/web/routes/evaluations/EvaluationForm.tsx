import {
  ActionIcon,
  Alert,
  Button,
  Grid,
  Group,
  List,
  NumberInput,
  Paper,
  Rating,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { issuesFromZod } from '../../../domain/agreements/issues';
import {
  evaluationAspects,
  evaluationInputSchema,
  type EvaluatorRole,
} from '../../../domain/monitoring/evaluation';
import { ApiError } from '../../api/client';
import {
  createEvaluation,
  updateEvaluation,
  type EvaluationBody,
  type EvaluationDto,
} from '../../api/evaluations';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/context';
import { fieldPathLabel } from '../../i18n/field-label';
import { isMessageKey } from '../../i18n/translate';
import { periodLabel } from './period-label';

type IndicatorRow = {
  name: string;
  unit: string;
  baseline: number | string;
  target: number | string;
  actual: number | string;
};
type FormIssue = { code: string; field: string | null; message: string; params?: Record<string, unknown> };

const emptyIndicator = (): IndicatorRow => ({ name: '', unit: '', baseline: '', target: '', actual: '' });
const numberOrNull = (value: number | string) =>
  value === '' ? null : typeof value === 'number' ? value : Number(value);

/** What each evaluator fills in: the OPD its indicators, the Bagian Kerja Sama and the partner their ratings. */
const formFields: Record<
  EvaluatorRole,
  { indicators: boolean; ratings: boolean; narrative: boolean; problems: boolean; followUp: boolean }
> = {
  opd_pelaksana: { indicators: true, ratings: false, narrative: false, problems: true, followUp: true },
  bagian_kerja_sama: { indicators: false, ratings: true, narrative: true, problems: true, followUp: true },
  mitra: { indicators: false, ratings: true, narrative: true, problems: false, followUp: false },
};

/**
 * The evaluation form of one evaluator's role, for a new evaluation (choose the period and the role
 * among those the user may write) or to change one. Checked with the domain's schema before sending;
 * the server's answer (the period, rights) is shown field by field with the same issue codes.
 */
export function EvaluationForm({
  agreementId,
  periods,
  forms,
  existing,
  evaluatedBy = {},
  onSaved,
  onCancel,
}: {
  agreementId: string;
  /** Period keys the user may choose, newest first. */
  periods: string[];
  /** Who evaluated each period already: a new evaluation starts on the newest period its role has not done. */
  evaluatedBy?: Readonly<Record<string, readonly EvaluatorRole[]>>;
  forms: EvaluatorRole[];
  existing?: EvaluationDto;
  onSaved: (saved: EvaluationDto) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const firstOpen = (form: EvaluatorRole) =>
    periods.find((key) => !evaluatedBy[key]?.includes(form)) ?? periods[0] ?? '';
  const [role, setRole] = useState<EvaluatorRole>(existing?.evaluatorRole ?? forms[0] ?? 'opd_pelaksana');
  const [period, setPeriod] = useState(existing?.period ?? firstOpen(role));
  const [periodChosen, setPeriodChosen] = useState(false);
  const [indicators, setIndicators] = useState<IndicatorRow[]>(
    existing?.indicators.map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline ?? '',
      target: indicator.target ?? '',
      actual: indicator.actual ?? '',
    })) ?? [emptyIndicator()],
  );
  const [ratings, setRatings] = useState<Record<string, number>>(existing?.ratings ?? {});
  const [narrative, setNarrative] = useState(existing?.narrative ?? '');
  const [problems, setProblems] = useState(existing?.problems ?? '');
  const [followUp, setFollowUp] = useState(existing?.followUp ?? '');
  const [evidence, setEvidence] = useState(existing?.evidenceLinks.map((link) => link.url).join('\n') ?? '');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const fields = formFields[role];

  const issueMessage = (issue: FormIssue) => {
    const key = `issue.${issue.code}`;
    return isMessageKey(key)
      ? t(key, issue.params as Record<string, string | number> | undefined)
      : issue.message;
  };
  const errorAt = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueMessage(issue) : undefined;
  };
  const evidenceError = issues.find((issue) => issue.field?.startsWith('evidenceLinks'));
  const setIndicator = (index: number, change: Partial<IndicatorRow>) =>
    setIndicators((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const body = (): EvaluationBody => ({
    period,
    evaluatorRole: role,
    indicators: fields.indicators
      ? indicators
          .filter((row) => row.name.trim() !== '' || row.unit.trim() !== '' || row.actual !== '')
          .map((row) => ({
            name: row.name,
            unit: row.unit,
            baseline: numberOrNull(row.baseline),
            target: numberOrNull(row.target),
            actual: numberOrNull(row.actual),
          }))
      : [],
    ratings: fields.ratings
      ? Object.fromEntries(Object.entries(ratings).filter(([, value]) => value > 0))
      : {},
    narrative: fields.narrative ? narrative : null,
    problems: fields.problems ? problems : null,
    followUp: fields.followUp ? followUp : null,
    evidenceLinks: evidence
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((url) => ({ url })),
  });

  const save = () => {
    const input = body();
    const parsed = evaluationInputSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(issuesFromZod(parsed.error.issues));
      setError(null);
      return;
    }
    setSaving(true);
    setIssues([]);
    setError(null);
    const { evaluatorRole: _role, ...changes } = input;
    const request = existing
      ? updateEvaluation(existing.id, { ...changes, version: existing.version })
      : createEvaluation(agreementId, input);
    request
      .then(onSaved, (cause: unknown) => {
        if (cause instanceof ApiError && cause.code === 'RULE_VIOLATION' && Array.isArray(cause.details)) {
          setIssues(cause.details as FormIssue[]);
        } else if (cause instanceof ApiError) {
          setError(cause);
        } else throw cause;
      })
      .finally(() => setSaving(false));
  };

  return (
    <Paper withBorder p="md" data-testid="evaluation-form" data-role={role}>
      <Stack gap="md">
        <Title order={3} size="h5">
          {existing ? t('eval.form.editTitle') : t('eval.form.title')}
        </Title>
        {error && <ApiErrorAlert error={error} />}
        {issues.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title={t('apiError.RULE_VIOLATION')}
            data-testid="evaluation-issues"
          >
            <List size="sm">
              {issues.map((issue, index) => {
                const where = fieldPathLabel(t, issue.field);
                return (
                  <List.Item key={index} data-code={issue.code}>
                    {where ? `${where}: ` : ''}
                    {issueMessage(issue)}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
        {!existing && forms.length > 1 && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="evaluation-role-label">
              {t('eval.form.role')}
            </Text>
            <SegmentedControl
              aria-labelledby="evaluation-role-label"
              data-testid="evaluation-role"
              value={role}
              onChange={(value) => {
                setRole(value as EvaluatorRole);
                if (!periodChosen) setPeriod(firstOpen(value as EvaluatorRole));
              }}
              data={forms.map((form) => ({ value: form, label: t(`eval.role.${form}`) }))}
              fullWidth
              styles={{ label: { whiteSpace: 'normal' } }}
            />
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          {t(`eval.form.roleHint.${role}`)}
        </Text>
        <Select
          label={t('eval.form.period')}
          data-testid="evaluation-period-select"
          data={periods.map((key) => ({ value: key, label: periodLabel(t, key) }))}
          value={period}
          onChange={(value) => {
            setPeriod(value ?? '');
            setPeriodChosen(true);
          }}
          error={errorAt('period')}
          allowDeselect={false}
          required
        />

        {fields.indicators && (
          <Stack gap="sm" data-testid="evaluation-indicators">
            <Text fw={600} size="sm">
              {t('eval.form.indicators')}
            </Text>
            {indicators.map((row, index) => (
              <Paper key={index} withBorder p="sm" data-testid="evaluation-indicator">
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={500}>
                    {t('eval.form.indicatorN', { n: index + 1 })}
                  </Text>
                  {indicators.length > 1 && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('eval.form.removeIndicator', { n: index + 1 })}
                      onClick={() => setIndicators((rows) => rows.filter((_, i) => i !== index))}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Group>
                <Grid gap="xs" align="flex-end">
                  <Grid.Col span={{ base: 12, sm: 8 }}>
                    <TextInput
                      label={t('eval.form.indicator.name')}
                      value={row.name}
                      onChange={(event) => setIndicator(index, { name: event.currentTarget.value })}
                      error={errorAt(`indicators.${index}.name`)}
                      data-testid="indicator-name"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <TextInput
                      label={t('eval.form.indicator.unit')}
                      placeholder={t('eval.form.indicator.unitPlaceholder')}
                      value={row.unit}
                      onChange={(event) => setIndicator(index, { unit: event.currentTarget.value })}
                      error={errorAt(`indicators.${index}.unit`)}
                      data-testid="indicator-unit"
                    />
                  </Grid.Col>
                  {(['baseline', 'target', 'actual'] as const).map((key) => (
                    <Grid.Col key={key} span={{ base: 4 }}>
                      <NumberInput
                        label={t(`eval.form.indicator.${key}`)}
                        value={row[key]}
                        onChange={(value) => setIndicator(index, { [key]: value })}
                        error={errorAt(`indicators.${index}.${key}`)}
                        decimalSeparator=","
                        hideControls
                        data-testid={`indicator-${key}`}
                      />
                    </Grid.Col>
                  ))}
                </Grid>
              </Paper>
            ))}
            <Button
              variant="light"
              size="xs"
              onClick={() => setIndicators((rows) => [...rows, emptyIndicator()])}
              data-testid="evaluation-add-indicator"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('eval.form.addIndicator')}
            </Button>
          </Stack>
        )}

        {fields.ratings && (
          <Stack gap="xs" data-testid="evaluation-ratings">
            <Text fw={600} size="sm">
              {t('eval.form.ratings')}
            </Text>
            {evaluationAspects.map((aspect) => (
              <Group key={aspect} justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" id={`rating-${aspect}`}>
                  {t(`eval.aspect.${aspect}`)}
                </Text>
                <Rating
                  aria-labelledby={`rating-${aspect}`}
                  value={ratings[aspect] ?? 0}
                  onChange={(value) => setRatings((current) => ({ ...current, [aspect]: value }))}
                  data-testid={`rating-${aspect}`}
                  size="lg"
                />
                {errorAt(`ratings.${aspect}`) && (
                  <Text size="xs" c="red">
                    {errorAt(`ratings.${aspect}`)}
                  </Text>
                )}
              </Group>
            ))}
          </Stack>
        )}

        {fields.narrative && (
          <Textarea
            label={role === 'mitra' ? t('eval.form.notes') : t('eval.form.narrative')}
            value={narrative}
            onChange={(event) => setNarrative(event.currentTarget.value)}
            autosize
            minRows={3}
            data-testid="evaluation-narrative"
          />
        )}
        {fields.problems && (
          <Textarea
            label={t('eval.form.problems')}
            value={problems}
            onChange={(event) => setProblems(event.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="evaluation-problems"
          />
        )}
        {fields.followUp && (
          <Textarea
            label={t('eval.form.followUp')}
            value={followUp}
            onChange={(event) => setFollowUp(event.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="evaluation-follow-up"
          />
        )}
        <Textarea
          label={t('eval.form.evidence')}
          description={t('eval.form.evidenceHint')}
          value={evidence}
          onChange={(event) => setEvidence(event.currentTarget.value)}
          autosize
          minRows={2}
          error={evidenceError ? issueMessage(evidenceError) : undefined}
          data-testid="evaluation-evidence"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('eval.form.cancel')}
          </Button>
          <Button onClick={save} loading={saving} data-testid="evaluation-save">
            {t('eval.form.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
