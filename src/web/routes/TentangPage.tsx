import { Anchor, Badge, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { getHealth } from '../api/health';
import type { HealthDto } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { usePageTitle } from '../components/use-page-title';
import { useLang, useT } from '../i18n/context';

/** About Sinergi: purpose, data credits (required by the data licences), API links and server status. */
export function TentangPage() {
  const t = useT();
  usePageTitle(t('nav.tentang'));

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="sm">
        <Title order={1}>{t('about.title')}</Title>
        <Text size="lg">{t('about.lead')}</Text>
        <Text c="dimmed">{t('about.body')}</Text>
      </Stack>

      <Paper withBorder p="md" data-testid="about-credits">
        <Title order={2} size="h4" mb="sm">
          {t('about.data.title')}
        </Title>
        <List spacing="xs" size="sm">
          <List.Item>{linkifyRepositories(t('about.data.codes'))}</List.Item>
          <List.Item>{t('about.data.boundaries')}</List.Item>
          <List.Item>{t('about.data.sectors')}</List.Item>
        </List>
      </Paper>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('about.api.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('about.api.text')}
          </Text>
          <Stack gap={4}>
            {/* Served by the API server, not by the SPA router: plain links. */}
            <Anchor href="/api/docs" size="sm" data-testid="link-api-docs">
              {t('about.api.docs')} — /api/docs
            </Anchor>
            <Anchor href="/api/openapi.json" size="sm" data-testid="link-openapi">
              {t('about.api.openapi')} — /api/openapi.json
            </Anchor>
          </Stack>
        </Paper>
        <HealthCard />
      </SimpleGrid>
    </Stack>
  );
}

function HealthCard() {
  const t = useT();
  const health = useApiQuery(['health'], getHealth);
  return (
    <Paper withBorder p="md" data-testid="api-health">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('about.health.title')}
        </Title>
        {health.data && (
          <Badge color="green" variant="light">
            {t('about.health.ok')}
          </Badge>
        )}
      </Group>
      {health.loading && <Skeleton h={72} />}
      {health.error && <ApiErrorAlert error={health.error} />}
      {health.data && <HealthFacts health={health.data} />}
    </Paper>
  );
}

function HealthFacts({ health }: { health: HealthDto }) {
  const t = useT();
  const { formatNumber } = useLang();
  const database = health.database === 'postgresql' ? t('about.health.postgresql') : t('about.health.pglite');
  return (
    <Stack gap={6} component="dl" m={0}>
      <Fact label={t('about.health.database')}>
        <span data-testid="health-database">{database}</span>
      </Fact>
      <Fact label={t('about.health.version')}>
        <span data-testid="health-version">{health.version}</span>
      </Fact>
      <Fact label={t('about.health.migrations')}>{formatNumber(health.migrations)}</Fact>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" fw={500} m={0}>
        {children}
      </Text>
    </Group>
  );
}

/** Turns "github.com/owner/repo" inside a credit into a link while keeping the text exactly as written. */
function linkifyRepositories(text: string): ReactNode[] {
  return text.split(/(github\.com\/[\w.-]+\/[\w.-]+)/).map((part, index) =>
    index % 2 === 1 ? (
      <Anchor key={index} href={`https://${part}`} target="_blank" rel="noreferrer" inherit>
        {part}
      </Anchor>
    ) : (
      part
    ),
  );
}
