import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { completeSetup } from '../../api/auth';
import { useAuth } from '../../auth/auth-context';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { NewPasswordField } from '../../components/PasswordField';
import { usePageTitle } from '../../components/use-page-title';
import { formErrors } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { AuthCard } from './AuthCard';

const fields = ['email', 'name', 'password', 'token'] as const;

/** /setup?token=…: creates the first system administrator with the link printed at start-up. */
export function SetupPage() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  usePageTitle(t('setup.title'));

  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [mismatch, setMismatch] = useState(false);
  const errors = formErrors(t, error, fields);

  if (!auth.loading && !auth.setupNeeded && !busy) {
    return (
      <AuthCard title={t('setup.done.title')}>
        <Text>{t('setup.done.text')}</Text>
        <Button component={Link} to="/masuk">
          {t('setup.toLogin')}
        </Button>
      </AuthCard>
    );
  }

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
      const session = await completeSetup({ token, email: email.trim(), name: name.trim(), password });
      await auth.startSession(session);
      void navigate('/admin/pengguna', { replace: true });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('setup.title')} intro={t('setup.intro')}>
      {!token ? (
        <Alert color="red" variant="light" data-testid="setup-no-token">
          <Text size="sm">{t('setup.noToken')}</Text>
        </Alert>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('form.name')}
              autoComplete="name"
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.field.name}
              data-testid="setup-name"
            />
            <TextInput
              label={t('form.email')}
              placeholder={t('form.emailPlaceholder')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.field.email}
              data-testid="setup-email"
            />
            <NewPasswordField
              label={t('form.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.field.password}
              data-testid="setup-password"
            />
            <NewPasswordField
              label={t('form.passwordConfirm')}
              description={undefined}
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              error={mismatch ? t('form.passwordMismatch') : undefined}
              data-testid="setup-password-confirm"
            />
            <FormErrorAlert
              message={errors.general ?? errors.field.token}
              error={error}
              testId="setup-error"
            />
            <Button type="submit" loading={busy} size="md" fullWidth data-testid="setup-submit">
              {t('setup.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
