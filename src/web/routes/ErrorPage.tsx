import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useRouteError } from 'react-router-dom';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/context';

/**
 * What a page that crashed while rendering shows instead of a blank screen or the router's English
 * developer page: an apology in the user's language, a reload and a way home. Set as the routes'
 * `errorElement`, so the header (and with it the menu) stays usable.
 */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  usePageTitle(t('errorPage.title'));
  useEffect(() => {
    // The details matter to whoever debugs it, not to the reader of the page.
    // eslint-disable-next-line no-console -- the only trace of a render error is the console
    console.error(error);
  }, [error]);
  return (
    <Paper withBorder p="xl" data-testid="error-page" role="alert">
      <Stack align="center" gap="sm" py="lg">
        <Title order={1} size="h2" ta="center">
          {t('errorPage.title')}
        </Title>
        <Text c="dimmed" ta="center" maw={520}>
          {t('errorPage.text')}
        </Text>
        <Group mt="sm">
          <Button variant="default" onClick={() => window.location.reload()}>
            {t('errorPage.reload')}
          </Button>
          {/* A full load, so whatever state broke the page is gone. */}
          <Button component="a" href="/" data-testid="error-page-home">
            {t('errorPage.home')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
