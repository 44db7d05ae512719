import { Anchor, Badge, Button, Checkbox, Group, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { notificationText } from '../../../domain/notifications/kinds';
import type { ApiError } from '../../api/client';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from '../../api/notifications';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useLang, useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';

const pageSize = 20;

/** /notifikasi: one's own notifications, newest first, with mark read and mark all read. */
export function NotificationsPage() {
  return (
    <RequireAuth>
      <Notifications />
    </RequireAuth>
  );
}

function Notifications() {
  const t = useT();
  const { lang } = useLang();
  const format = useFormatDate();
  usePageTitle(t('notifications.title'));
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const invalidate = useInvalidate();
  const query = useApiQuery(['notifications', page, unreadOnly], (signal) =>
    listNotifications({ page, pageSize, unread: unreadOnly }, signal),
  );
  const data = query.data ?? query.lastData;
  const act = (action: () => Promise<unknown>) =>
    action().then(
      // The list and the bell's unread count.
      () => invalidate(['notifications']),
      (cause: unknown) => setError(cause as ApiError),
    );
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('notifications.title')}
        intro={t('notifications.intro')}
        titleTestId="notifications-title"
        action={
          <Button
            variant="light"
            disabled={!data || data.unread === 0}
            onClick={() => void act(markAllNotificationsRead)}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Checkbox
        label={t('notifications.unreadOnly')}
        checked={unreadOnly}
        onChange={(event) => {
          setUnreadOnly(event.currentTarget.checked);
          setPage(1);
        }}
      />
      {error && <ApiErrorAlert error={error} />}
      {query.error && <ApiErrorAlert error={query.error} />}
      {data && data.items.length === 0 && (
        <EmptyState title={t('notifications.empty')} hint={t('notifications.intro')} />
      )}
      {data?.items.map((item) => {
        const text = notificationText(item.kind, item.params, lang === 'en' ? 'en' : 'id', item.recordType);
        return (
          <Paper key={item.id} withBorder p="md" data-testid="notification-item">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  <Badge variant="light">{t(`notificationKind.${item.kind}`)}</Badge>
                  {!item.readAt && <Badge color="orange">{t('notifications.unread')}</Badge>}
                  {item.emailedAt && (
                    <Badge variant="outline" color="gray">
                      {t('notifications.emailed')}
                    </Badge>
                  )}
                </Group>
                <Anchor component={Link} to={item.path} fw={item.readAt ? 400 : 700}>
                  {text.subject}
                </Anchor>
                <Text size="sm">{text.body}</Text>
                <Text size="xs" c="dimmed">
                  {format.dateTime(item.createdAt)}
                </Text>
              </Stack>
              {!item.readAt && (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => void act(() => markNotificationRead(item.id))}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
      {data && data.total > pageSize && (
        <Pagination total={Math.ceil(data.total / pageSize)} value={page} onChange={setPage} />
      )}
    </Stack>
  );
}
