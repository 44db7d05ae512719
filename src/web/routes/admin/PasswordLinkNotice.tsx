import { Alert, Stack, Text } from '@mantine/core';
import type { PasswordLinkDto } from '../../api/users';
import { CopyableSecret } from '../../components/CopyableSecret';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';

/** A one-time password link, shown once with a copy button and its expiry. */
export function PasswordLinkNotice({ link, name }: { link: PasswordLinkDto; name: string }) {
  const t = useT();
  const format = useFormatDate();
  return (
    <Stack gap="sm" data-testid="password-link">
      <Alert color="orange" variant="light" title={t('users.link.title')}>
        <Text size="sm">{t('users.link.text', { name, date: format.dateTime(link.expiresAt) })}</Text>
      </Alert>
      <CopyableSecret value={link.url} testId="password-link-url" />
    </Stack>
  );
}
