import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { displayName, regionByCode } from '../../../domain/regions';
import {
  getEvaluationStatus,
  listEvaluations,
  type EvaluationDto,
  type PeriodStatusDto,
} from '../../api/evaluations';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';
import { EvaluationForm } from './EvaluationForm';
import { periodLabel } from './period-label';

const statusColors: Record<PeriodStatusDto['status'], string> = {
  done: 'green',
  berjalan: 'blue',
  jatuh_tempo: 'yellow',
  terlambat: 'red',
};

export function regionName(code: string | null): string | null {
  if (!code) return null;
  const region = regionByCode(code);
  return region ? displayName(region) : code;
}

/** The mean of an evaluation's ratings, one decimal (null without ratings). */
export function averageRating(ratings: Record<string, number>): number | null {
  const values = Object.values(ratings);
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

/**
 * "Monitoring dan evaluasi" on an agreement's page: its periods with their state, the evaluations
 * recorded, and the form of the user's role (the server says which forms the user may write).
 */
export function EvaluationsSection({ agreementId }: { agreementId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const invalidate = useInvalidate();
  const [formOpen, setFormOpen] = useState(false);
  const status = useApiQuery(['agreement', agreementId, 'evaluation-status'], (signal) =>
    getEvaluationStatus(agreementId, signal),
  );
  const list = useApiQuery(['agreement', agreementId, 'evaluations'], (signal) =>
    listEvaluations(agreementId, signal),
  );
  const data = status.data ?? status.lastData;
  const items = (list.data ?? list.lastData)?.items ?? [];

  return (
    <Paper withBorder p="md" data-testid="agreement-evaluations">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('eval.section.title')}
          </Title>
          {data && data.forms.length > 0 && data.periods.length > 0 && !formOpen && (
            <Button size="xs" onClick={() => setFormOpen(true)} data-testid="evaluation-add">
              {t('eval.add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('eval.section.intro')}
        </Text>
        {status.error && <ApiErrorAlert error={status.error} />}
        {!data && !status.error && <Skeleton h={80} />}
        {data && (
          <>
            <Group gap="xs" wrap="wrap">
              <Badge
                variant="light"
                color={data.progress.missing > 0 ? 'orange' : 'green'}
                tt="none"
                radius="sm"
              >
                <span data-testid="evaluation-progress">
                  {t('eval.progress', {
                    done: data.progress.done,
                    required: data.progress.required,
                    year: String(data.progress.year),
                  })}
                </span>
              </Badge>
              {data.overdueSince && (
                <Badge variant="light" color="red" tt="none" radius="sm">
                  <span data-testid="evaluation-overdue">
                    {t('eval.overdueSince', { date: formatDate(data.overdueSince) })}
                  </span>
                </Badge>
              )}
              {data.nextDueDate && (
                <Text size="xs" c="dimmed">
                  {t('eval.nextDue', { date: formatDate(data.nextDueDate) })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('eval.nextReport', { date: formatDate(data.nextReport.dueDate) })}
              </Text>
            </Group>
            {data.periods.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('eval.noPeriods')}
              </Text>
            ) : (
              <Stack
                gap={0}
                component="ul"
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                aria-label={t('eval.periods')}
              >
                {[...data.periods].reverse().map((period) => (
                  <Group
                    key={period.key}
                    component="li"
                    justify="space-between"
                    gap="xs"
                    py={6}
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                    data-testid="evaluation-period"
                    data-period={period.key}
                    data-status={period.status}
                  >
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {periodLabel(t, period.key)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {period.evaluatorRoles.length > 0
                          ? period.evaluatorRoles.map((role) => t(`eval.role.${role}`)).join(', ')
                          : `${t('eval.col.due')}: ${formatDate(period.dueDate)}`}
                      </Text>
                    </Stack>
                    <Badge color={statusColors[period.status]} variant="light" tt="none" radius="sm">
                      {t(`eval.status.${period.status}`)}
                    </Badge>
                  </Group>
                ))}
              </Stack>
            )}
          </>
        )}

        {formOpen && data && (
          <EvaluationForm
            agreementId={agreementId}
            periods={[...data.periods].reverse().map((period) => period.key)}
            evaluatedBy={Object.fromEntries(
              data.periods.map((period) => [period.key, period.evaluatorRoles]),
            )}
            forms={data.forms}
            onSaved={() => {
              setFormOpen(false);
              // The evaluations and the agreement, whose health counts them.
              void invalidate(['agreement', agreementId]);
            }}
            onCancel={() => setFormOpen(false)}
          />
        )}

        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('eval.list.title')}
          </Title>
          {list.error && <ApiErrorAlert error={list.error} />}
          {items.length === 0 && !list.loading ? (
            <Text size="sm" c="dimmed">
              {t('eval.list.empty')}
            </Text>
          ) : (
            items.map((evaluation) => <EvaluationLine key={evaluation.id} evaluation={evaluation} />)
          )}
        </Stack>
        {data && data.forms.length === 0 && data.periods.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="evaluation-no-forms">
            {t('eval.form.noForms')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function EvaluationLine({ evaluation }: { evaluation: EvaluationDto }) {
  const t = useT();
  const average = averageRating(evaluation.ratings);
  const region = regionName(evaluation.evaluatorRegionCode);
  const summary = [
    evaluation.indicators.length > 0
      ? t('eval.list.summaryIndicators', { count: evaluation.indicators.length })
      : null,
    average !== null ? t('eval.list.summaryRatings', { average }) : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="sm" data-testid="evaluation-item" data-period={evaluation.period}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {periodLabel(t, evaluation.period)} · {t(`eval.role.${evaluation.evaluatorRole}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {[region, ...summary].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Anchor component={Link} to={`/evaluasi/${evaluation.id}`} size="sm" data-testid="evaluation-open">
          {t('eval.list.open')}
        </Anchor>
      </Group>
    </Paper>
  );
}
