import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useT } from '../i18n/context';
import { useAuth } from './auth-context';
import type { Permission } from './roles';

/** The login page's address that brings the user back to `path` afterwards. */
export function loginPath(path: string): string {
  return `/masuk?next=${encodeURIComponent(path)}`;
}

/**
 * Shows `children` only to a logged-in user (holding `permission`, if given). A visitor is sent to
 * /masuk with `next` set to come back, a user who has just logged out to /masuk alone; a user
 * without the permission sees why not.
 */
export function RequireAuth({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const t = useT();
  const auth = useAuth();
  const location = useLocation();

  if (auth.loading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('auth.checking')} />
      </Center>
    );
  }
  if (!auth.user) {
    // After "Keluar" this page may render once more before the logout's own navigation lands (on a
    // slow phone it did): it must lead to the same plain login page, not back to itself.
    if (auth.signedOut) return <Navigate to="/masuk" state={{ signedOut: true }} replace />;
    return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  }
  if (permission && !auth.can(permission)) {
    return (
      <Stack gap="md" data-testid="forbidden">
        <Title order={1}>{t('auth.forbidden.title')}</Title>
        <Alert color="orange" variant="light">
          <Text size="sm">{t('auth.forbidden.text')}</Text>
        </Alert>
      </Stack>
    );
  }
  return <>{children}</>;
}
