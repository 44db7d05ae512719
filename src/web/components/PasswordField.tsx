import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../i18n/context';

/**
 * A new-password input with the policy explained (at least 10 characters, not common, not
 * personal) and the browser told it is a new password, so password managers offer to generate one.
 */
export function NewPasswordField(props: Omit<PasswordInputProps, 'autoComplete'>) {
  const t = useT();
  return (
    <PasswordInput description={t('form.passwordHint')} autoComplete="new-password" required {...props} />
  );
}
