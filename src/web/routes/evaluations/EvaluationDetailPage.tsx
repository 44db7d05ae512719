import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Rating,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { evaluationAspects } from '../../../domain/monitoring/evaluation';
import type { ApiError } from '../../api/client';
import { deleteEvaluation, getEvaluation } from '../../api/evaluations';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory } from '../../components/AuditHistory';
import { RecordTable } from '../../components/RecordTable';
import { usePageTitle } from '../../components/use-page-title';
import { useAuth } from '../../auth/auth-context';
import { useLang, useT } from '../../i18n/context';
import { localeOf } from '../../i18n/translate';
import { useFormatDate } from '../agreements/shared';
import { EvaluationForm } from './EvaluationForm';
import { regionName } from './EvaluationsSection';
import { periodLabel } from './period-label';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** One evaluation: its indicators, ratings and texts, with change and delete for its evaluator. */
export function EvaluationDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLang();
  const auth = useAuth();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const invalidate = useInvalidate();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const query = useApiQuery(['evaluation', id], (signal) => getEvaluation(id, signal));
  const evaluation = query.data;
  usePageTitle(
    evaluation ? t('eval.detail.title', { period: periodLabel(t, evaluation.period) }) : undefined,
  );
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 });
  const value = (n: number | null) => (n === null ? t('eval.detail.none') : number.format(n));

  if (query.error) return <ApiErrorAlert error={query.error} />;
  if (!evaluation) return <Skeleton h={300} />;

  const remove = () => {
    setDeleteError(null);
    deleteEvaluation(evaluation.id, evaluation.version).then(
      () => navigate(`/kerja-sama/${evaluation.agreementId}`),
      (cause: unknown) => setDeleteError(cause as ApiError),
    );
  };

  return (
    <Stack gap="lg" data-testid="evaluation-detail">
      <Breadcrumbs
        aria-label={t('agr.detail.breadcrumbs')}
        separatorMargin={6}
        style={{ minWidth: 0, maxWidth: '100%', flexWrap: 'nowrap' }}
      >
        <Anchor component={Link} to="/kerja-sama">
          {t('nav.kerjaSama')}
        </Anchor>
        <Anchor
          component={Link}
          to={`/kerja-sama/${evaluation.agreementId}`}
          truncate="end"
          maw={480}
          style={{ minWidth: 0 }}
        >
          {evaluation.agreementTitle}
        </Anchor>
      </Breadcrumbs>
      <Group justify="space-between" gap="xs" align="flex-start">
        <Title order={1} size="h2">
          {t('eval.detail.title', { period: periodLabel(t, evaluation.period) })}
        </Title>
        {evaluation.access.update && !editing && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)} data-testid="evaluation-edit">
              {t('eval.detail.edit')}
            </Button>
            <Button
              color="red"
              variant="light"
              onClick={() => setConfirmDelete(true)}
              data-testid="evaluation-delete"
            >
              {t('eval.detail.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {deleteError && <ApiErrorAlert error={deleteError} />}

      {editing ? (
        <EvaluationForm
          agreementId={evaluation.agreementId}
          periods={[evaluation.period]}
          forms={[evaluation.evaluatorRole]}
          existing={evaluation}
          onSaved={() => {
            setEditing(false);
            void invalidate(['evaluation', id], ['agreement', evaluation.agreementId]);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Group gap="xl" wrap="wrap" align="flex-start">
              <Field label={t('eval.detail.by')}>
                <Text size="sm" data-testid="evaluation-role">
                  {t(`eval.role.${evaluation.evaluatorRole}`)}
                </Text>
              </Field>
              <Field label={t('eval.detail.region')}>
                <Text size="sm">{regionName(evaluation.evaluatorRegionCode) ?? t('eval.detail.none')}</Text>
              </Field>
              <Field label={t('eval.detail.updated')}>
                <Text size="sm">{formatDate(evaluation.updatedAt, true)}</Text>
              </Field>
            </Group>

            {evaluation.indicators.length > 0 && (
              <Field label={t('eval.form.indicators')}>
                {/* A table on a wide screen, one card per indicator on a phone. */}
                <RecordTable
                  records={evaluation.indicators}
                  rowKey={(indicator) => evaluation.indicators.indexOf(indicator).toString()}
                  rowProps={() => ({ 'data-testid': 'evaluation-indicator-row' })}
                  minWidth={480}
                  columns={[
                    { header: t('eval.form.indicator.name'), cell: (indicator) => indicator.name },
                    { header: t('eval.form.indicator.unit'), cell: (indicator) => indicator.unit },
                    {
                      header: t('eval.form.indicator.baseline'),
                      cell: (indicator) => value(indicator.baseline),
                    },
                    { header: t('eval.form.indicator.target'), cell: (indicator) => value(indicator.target) },
                    { header: t('eval.form.indicator.actual'), cell: (indicator) => value(indicator.actual) },
                  ]}
                />
              </Field>
            )}

            {Object.keys(evaluation.ratings).length > 0 && (
              <Field label={t('eval.form.ratings')}>
                <Stack gap={4}>
                  {evaluationAspects
                    .filter((aspect) => evaluation.ratings[aspect] !== undefined)
                    .map((aspect) => (
                      <Group key={aspect} gap="sm">
                        <Text size="sm" w={120}>
                          {t(`eval.aspect.${aspect}`)}
                        </Text>
                        <Rating
                          value={evaluation.ratings[aspect]}
                          readOnly
                          aria-label={t(`eval.aspect.${aspect}`)}
                        />
                        <Text size="sm" c="dimmed">
                          {evaluation.ratings[aspect]}/5
                        </Text>
                      </Group>
                    ))}
                </Stack>
              </Field>
            )}
            {evaluation.narrative && (
              <Field
                label={evaluation.evaluatorRole === 'mitra' ? t('eval.form.notes') : t('eval.form.narrative')}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {evaluation.narrative}
                </Text>
              </Field>
            )}
            {evaluation.problems && (
              <Field label={t('eval.form.problems')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="evaluation-problems-text">
                  {evaluation.problems}
                </Text>
              </Field>
            )}
            {evaluation.followUp && (
              <Field label={t('eval.form.followUp')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {evaluation.followUp}
                </Text>
              </Field>
            )}
            {evaluation.evidenceLinks.length > 0 && (
              <Field label={t('eval.form.evidence')}>
                <List size="sm">
                  {evaluation.evidenceLinks.map((link) => (
                    <List.Item key={link.url}>
                      <Anchor
                        href={link.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        style={{ wordBreak: 'break-all' }}
                      >
                        {link.label ?? link.url}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Field>
            )}
          </Stack>
        </Paper>
      )}

      <Anchor component={Link} to={`/kerja-sama/${evaluation.agreementId}`} size="sm">
        {t('eval.detail.back')}
      </Anchor>

      {auth.can('audit:read') && (
        <Paper withBorder p="md">
          <AuditHistory key={evaluation.version} entityType="evaluation" entityId={evaluation.id} />
        </Paper>
      )}

      <Modal
        opened={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={t('eval.detail.delete')}
        centered
      >
        <Stack>
          <Alert color="red" variant="light">
            {t('eval.detail.deleteConfirm')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              {t('eval.form.cancel')}
            </Button>
            <Button color="red" onClick={remove} data-testid="evaluation-delete-confirm">
              {t('eval.detail.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
