import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/context';

/** Shown for any path the UI does not know. */
export function NotFoundPage() {
  const t = useT();
  const { pathname } = useLocation();
  usePageTitle(t('notFound.title'));
  return (
    <Paper withBorder p="xl" data-testid="not-found">
      <Stack align="center" gap="sm" py="lg">
        <Text fz={48} fw={700} c="sinergi.7" lh={1}>
          404
        </Text>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed" ta="center" style={{ wordBreak: 'break-all' }}>
          {t('notFound.text', { path: pathname })}
        </Text>
        <Button component={Link} to="/wilayah" mt="sm">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Paper>
  );
}
