import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { usePageTitle } from '../../components/use-page-title';
import { formErrors } from '../../i18n/api-errors';
import { useT } from '../../i18n/context';
import { AuthCard, safeNext } from './AuthCard';

const fields = ['email', 'password'] as const;

/** /masuk: email and password; goes back to `next` afterwards. */
export function LoginPage() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  usePageTitle(t('login.title'));

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [justLoggedIn, setJustLoggedIn] = useState(false);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  const errors = formErrors(t, error, fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await auth.login(email.trim(), password);
      setJustLoggedIn(true);
      void navigate(next, { replace: true });
    } catch (cause) {
      setError(cause);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  if (auth.user && !justLoggedIn && !busy) {
    return (
      <AuthCard title={t('login.title')}>
        <Text>{t('login.already', { name: auth.user.name })}</Text>
        <Button component={Link} to={next}>
          {t('login.continue')}
        </Button>
      </AuthCard>
    );
  }
  if (auth.user && justLoggedIn) return <Navigate to={next} replace />;

  return (
    <AuthCard title={t('login.title')} intro={t('login.intro')}>
      {auth.setupNeeded && (
        <Alert color="orange" variant="light" title={t('login.setupNeeded.title')} data-testid="setup-needed">
          <Text size="sm">{t('login.setupNeeded.text')}</Text>
        </Alert>
      )}
      {signedOut && !error && (
        <Alert color="sinergi" variant="light" data-testid="login-signed-out">
          <Text size="sm">{t('auth.signedOut')}</Text>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('form.email')}
            placeholder={t('form.emailPlaceholder')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.field.email}
            data-testid="login-email"
            autoFocus
          />
          <PasswordInput
            label={t('form.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.field.password}
            data-testid="login-password"
          />
          <FormErrorAlert message={errors.general} error={error} testId="login-error" />
          <Button type="submit" loading={busy} fullWidth size="md" data-testid="login-submit">
            {t('login.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('login.forgot')}
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
