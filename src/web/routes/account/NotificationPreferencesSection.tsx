import { Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { notificationKinds, type NotificationKind } from '../../../domain/notifications/kinds';
import type { ApiError } from '../../api/client';
import { getNotificationPreferences, putNotificationPreferences } from '../../api/notifications';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';

/** On the profile: per kind of notification, whether it is also sent by e-mail. */
export function NotificationPreferencesSection() {
  const t = useT();
  const auth = useAuth();
  const query = useApiQuery(['notification-preferences'], (signal) => getNotificationPreferences(signal));
  const [saved, setSaved] = useState<Record<NotificationKind, boolean> | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const current = saved ?? query.data?.email;
  const change = (kind: NotificationKind, email: boolean) =>
    putNotificationPreferences({ [kind]: email }).then(
      (answer) => {
        setSaved(answer.email);
        setError(undefined);
      },
      (cause: unknown) => setError(cause as ApiError),
    );
  return (
    <Section
      title={t('notificationPreferences.title')}
      intro={t('notificationPreferences.intro', { email: auth.user?.email ?? '' })}
      testId="profile-notifications"
    >
      <Stack gap="xs">
        {query.error && <ApiErrorAlert error={query.error} />}
        {error && <ApiErrorAlert error={error} />}
        {current &&
          notificationKinds.map((kind) => (
            <Checkbox
              key={kind}
              label={t(`notificationKind.${kind}`)}
              checked={current[kind]}
              onChange={(event) => void change(kind, event.currentTarget.checked)}
            />
          ))}
        {saved && (
          <Text size="sm" c="dimmed">
            {t('notificationPreferences.saved')}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
