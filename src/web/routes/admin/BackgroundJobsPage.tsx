import { Button, Code, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { listFailedJobs, retryJob } from '../../api/notifications';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/id';
import { useFormatDate } from '../../i18n/use-format';

/** /admin/tugas-latar: background jobs that failed after every retry, each with a retry button. */
export function BackgroundJobsPage() {
  return (
    <RequireAuth permission="job:manage">
      <BackgroundJobs />
    </RequireAuth>
  );
}

function BackgroundJobs() {
  const t = useT();
  const format = useFormatDate();
  usePageTitle(t('jobs.title'));
  const invalidate = useInvalidate();
  const [error, setError] = useState<ApiError | undefined>();
  const [notice, setNotice] = useState(false);
  const query = useApiQuery(['failed-jobs'], (signal) => listFailedJobs(signal));
  const data = query.data ?? query.lastData;
  const retry = (id: string) =>
    retryJob(id).then(
      () => {
        setNotice(true);
        return invalidate(['failed-jobs']);
      },
      (cause: unknown) => setError(cause as ApiError),
    );
  return (
    <Stack gap="lg">
      <PageHeader title={t('jobs.title')} intro={t('jobs.intro')} titleTestId="jobs-title" />
      {error && <ApiErrorAlert error={error} />}
      {query.error && <ApiErrorAlert error={query.error} />}
      {notice && <Text c="green">{t('jobs.retried')}</Text>}
      {data && data.items.length === 0 && <EmptyState title={t('jobs.empty')} hint={t('jobs.intro')} />}
      {data && data.items.length > 0 && (
        <Table striped data-testid="failed-jobs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobs.name')}</Table.Th>
              <Table.Th>{t('jobs.error')}</Table.Th>
              <Table.Th>{t('jobs.attempts')}</Table.Th>
              <Table.Th>{t('jobs.failedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>{t(`jobName.${job.name}` as MessageKey)}</Table.Td>
                <Table.Td>
                  <Code>{job.error}</Code>
                </Table.Td>
                <Table.Td>{job.attempts}</Table.Td>
                <Table.Td>{format.dateTime(job.failedAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" onClick={() => void retry(job.id)}>
                    {t('jobs.retry')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
