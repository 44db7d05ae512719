import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { deleteAction, getAction, type ActionDetailDto } from '../../api/actions';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory } from '../../components/AuditHistory';
import { Detail, Section } from '../../components/Section';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';
import { RecordDocumentsPanel } from '../agreements/DocumentsPanel';
import { ActionComments } from './ActionComments';
import { ProgressReportForm } from './ProgressReportForm';
import { parentPaths } from './parent';
import { ActionStatusBadge, OverdueBadge, ProgressLine } from './shared';

/** One follow-up action: what, who and when; its progress report form, comments and history. */
export function ActionDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const action = useApiQuery(['action', id], (signal) => getAction(id, signal));
  const shown = action.data ?? (action.loading ? action.lastData : undefined);
  const notFound = action.error?.status === 404 || action.error?.status === 400;
  usePageTitle(shown?.title ?? t('act.title'));

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('act.detail.breadcrumbs')} separatorMargin={6}>
        <Anchor component={Link} to="/tindak-lanjut">
          {t('act.title')}
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page" lineClamp={1} maw={480}>
          {shown?.title ?? '…'}
        </Text>
      </Breadcrumbs>
      {notFound && (
        <Alert color="yellow" data-testid="action-not-found">
          {t('act.detail.notFound')}
        </Alert>
      )}
      {action.error && !notFound && <ApiErrorAlert error={action.error} />}
      {!shown && !action.error && <Skeleton height={240} />}
      {shown && !action.error && <ActionDetail action={shown} />}
    </Stack>
  );
}

function ActionDetail({ action }: { action: ActionDetailDto }) {
  const t = useT();
  const formatDate = useFormatDate();
  const auth = useAuth();
  const navigate = useNavigate();
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);

  const remove = () => {
    deleteAction(action.id).then(
      () =>
        navigate(
          action.parent ? `${parentPaths[action.parent.type].page}/${action.parent.id}` : '/tindak-lanjut',
        ),
      (cause: unknown) => setDeleteError(cause as ApiError),
    );
  };

  return (
    <Stack gap="lg" data-testid="action-detail" data-id={action.id}>
      <Stack gap="xs">
        <Group gap="xs">
          <ActionStatusBadge status={action.status} size="lg" />
          {action.overdue && <OverdueBadge size="lg" />}
        </Group>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2" data-testid="action-title" style={{ flex: '1 1 300px' }}>
            {action.title}
          </Title>
          {action.access.delete && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => setDeleteOpen(true)}
              data-testid="action-delete"
            >
              {t('act.detail.delete')}
            </Button>
          )}
        </Group>
        <ProgressLine value={action.progress} testId="action-progress-bar" label={t('act.col.progress')} />
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Section title={t('act.title')} testId="action-facts">
              <Stack gap="sm">
                <Detail label={t('act.detail.parent')}>
                  {action.parent ? (
                    <Anchor
                      component={Link}
                      to={`${parentPaths[action.parent.type].page}/${action.parent.id}`}
                      data-testid="action-parent"
                    >
                      {t(`act.parentType.${action.parent.type}`)}: {action.parent.title}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('act.detail.parentHidden')}
                    </Text>
                  )}
                </Detail>
                <Detail label={t('act.detail.opd')}>
                  <Text size="sm" data-testid="action-opd">
                    {action.opd.name}
                  </Text>
                </Detail>
                <Group gap="xl">
                  <Detail label={t('act.detail.due')}>
                    <Text size="sm">{action.dueDate ? formatDate(action.dueDate) : t('act.noDue')}</Text>
                  </Detail>
                  {action.completedAt && (
                    <Detail label={t('act.detail.completedAt')}>
                      <Text size="sm">{formatDate(action.completedAt)}</Text>
                    </Detail>
                  )}
                </Group>
                {action.description && (
                  <Detail label={t('act.detail.description')}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {action.description}
                    </Text>
                  </Detail>
                )}
                <Detail label={t('act.detail.evidence')}>
                  {action.evidenceLinks.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('act.detail.noEvidence')}
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      {action.evidenceLinks.map((link) => (
                        <Anchor
                          key={link.url}
                          href={link.url}
                          target="_blank"
                          rel="noopener noreferrer"
                          size="sm"
                          style={{ overflowWrap: 'anywhere' }}
                          data-testid="action-evidence"
                        >
                          {link.label ?? link.url}
                        </Anchor>
                      ))}
                    </Stack>
                  )}
                </Detail>
              </Stack>
            </Section>
            <RecordDocumentsPanel type="action" id={action.id} />
            <ActionComments action={action} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {action.access.report && <ProgressReportForm key={action.version} action={action} />}
        </Grid.Col>
      </Grid>

      {auth.can('audit:read') && (
        <Paper withBorder p="md" data-testid="action-audit">
          <AuditHistory
            key={action.version}
            entityType="action"
            entityId={action.id}
            title={t('act.detail.history')}
          />
        </Paper>
      )}

      <Modal opened={deleteOpen} onClose={() => setDeleteOpen(false)} title={t('act.detail.delete')}>
        <Stack>
          <Text size="sm">{t('act.detail.deleteConfirm')}</Text>
          {deleteError && <ApiErrorAlert error={deleteError} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleteOpen(false)}>
              {t('act.detail.deleteCancel')}
            </Button>
            <Button color="red" onClick={remove} data-testid="action-delete-confirm">
              {t('act.detail.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
