import { Alert, Stack, Text } from '@mantine/core';
import type { PasswordLinkDto } from '../../api/users';
import { CopyableSecret } from '../../components/CopyableSecret';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';

/**
 * A one-time password link, shown once with a copy button and its expiry. Without PUBLIC_URL the
 * server answers a path (it never trusts the request's Host header); this browser's own address
 * completes it.
 */
export function PasswordLinkNotice({ link, name }: { link: PasswordLinkDto; name: string }) {
  const t = useT();
  const format = useFormatDate();
  const url = new URL(link.url, window.location.origin).toString();
  return (
    <Stack gap="sm" data-testid="password-link">
      <Alert color="orange" variant="light" title={t('users.link.title')}>
        <Text size="sm">{t('users.link.text', { name, date: format.dateTime(link.expiresAt) })}</Text>
      </Alert>
      <CopyableSecret value={url} testId="password-link-url" />
    </Stack>
  );
}
