import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { passwordLinkAccount, resetPassword } from '../../api/auth';
import { useApiQuery } from '../../api/use-api-query';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { NewPasswordField } from '../../components/PasswordField';
import { usePageTitle } from '../../components/use-page-title';
import { formErrors } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { AuthCard } from './AuthCard';

const fields = ['password', 'token'] as const;

/** /atur-sandi?token=…: sets a password with a one-time link made by an administrator. */
export function SetPasswordPage() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  usePageTitle(t('resetPw.title'));
  // Whose password this link sets: the page names the account, or says the link no longer works.
  const account = useApiQuery(token.length >= 10 ? ['reset-account', token] : null, (signal) =>
    passwordLinkAccount(token, signal),
  );

  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const errors = formErrors(t, error, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    setError(undefined);
    try {
      await resetPassword({ token, password });
      setDone(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('resetPw.title')} intro={done ? undefined : t('resetPw.intro')}>
      {!token && (
        <Alert color="red" variant="light">
          <Text size="sm">{t('resetPw.noToken')}</Text>
        </Alert>
      )}
      {token && done && (
        <Stack gap="md">
          <Alert color="teal" variant="light" data-testid="reset-done">
            <Text size="sm">{t('resetPw.done')}</Text>
          </Alert>
          <Button component={Link} to="/masuk">
            {t('setup.toLogin')}
          </Button>
        </Stack>
      )}
      {token && !done && account.data && (
        <Alert color="blue" variant="light" data-testid="reset-account">
          <Text size="sm">
            {t('resetPw.account', { name: account.data.name, email: account.data.email })}
          </Text>
        </Alert>
      )}
      {token && !done && account.error && (
        <Alert color="red" variant="light" data-testid="reset-invalid">
          <Text size="sm">{t('apiError.TOKEN_INVALID')}</Text>
        </Alert>
      )}
      {token && !done && !account.error && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <NewPasswordField
              label={t('resetPw.newPassword')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.field.password}
              data-testid="reset-password"
            />
            <NewPasswordField
              label={t('form.passwordConfirm')}
              description={undefined}
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              error={mismatch ? t('form.passwordMismatch') : undefined}
              data-testid="reset-password-confirm"
            />
            <FormErrorAlert
              message={errors.general ?? errors.field.token}
              error={error}
              testId="reset-error"
            />
            <Button type="submit" loading={busy} size="md" fullWidth data-testid="reset-submit">
              {t('resetPw.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
