import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Code,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getRegion } from '../api/regions';
import type { RegionDetailDto } from '../api/types';
import { useApiQuery } from '../api/use-api-query';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { LevelBadge } from '../components/LevelBadge';
import { RegionVisitsSections } from './visits/RegionVisitsSections';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/context';
import { RegionProgramsSection } from './programs/RegionProgramsSection';
import { RegionMeetingsSection } from './meetings/RegionMeetingsSection';

// Leaflet is the heaviest dependency of the UI; only this page needs it.
const RegionMap = lazy(() => import('../components/RegionMap'));

const notFoundCodes = new Set(['REGION_NOT_FOUND', 'NOT_FOUND']);

/** One region: identity, status, map and, for a province, its kabupaten and kota. */
export function RegionDetailPage() {
  const t = useT();
  const { code = '' } = useParams();
  const region = useApiQuery(['region', code], (signal) => getRegion(code, signal));
  const notFound =
    region.error !== undefined && (notFoundCodes.has(region.error.code) || region.error.status === 404);
  usePageTitle(region.data?.name ?? (notFound ? t('region.notFound.title') : undefined));

  const crumbs: ReactNode[] = [
    <Anchor component={Link} to="/wilayah" key="list">
      {t('nav.wilayah')}
    </Anchor>,
  ];
  if (region.data?.province) {
    crumbs.push(
      <Anchor component={Link} to={`/wilayah/${region.data.province.code}`} key="province">
        {region.data.province.name}
      </Anchor>,
    );
  }
  crumbs.push(
    <Text key="current" size="sm" c="dimmed" aria-current="page">
      {region.data?.name ?? code}
    </Text>,
  );

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('region.breadcrumbs')} separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {crumbs}
      </Breadcrumbs>

      {notFound && <RegionNotFound code={code} />}
      {region.error && !notFound && <ApiErrorAlert error={region.error} />}
      {region.loading && <DetailSkeleton />}
      {region.data && <RegionDetail region={region.data} />}
    </Stack>
  );
}

function RegionDetail({ region }: { region: RegionDetailDto }) {
  const t = useT();
  const kabupatenCount = region.children.filter((child) => child.level === 'kabupaten').length;
  const kotaCount = region.children.filter((child) => child.level === 'kota').length;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} data-testid="region-title">
          {region.name}
        </Title>
        <Group gap="xs">
          <LevelBadge level={region.level} size="lg" />
          <Badge
            size="lg"
            variant="light"
            radius="sm"
            color={region.autonomous ? 'green' : 'gray'}
            tt="none"
            data-testid="region-autonomy"
          >
            {region.autonomous ? t('region.autonomous') : t('region.administrative')}
          </Badge>
        </Group>
      </Stack>

      {!region.autonomous && (
        <Alert variant="light" color="gray">
          <Text size="sm">{t('region.administrativeHint')}</Text>
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={2} size="h4" mb="md">
              {t('region.details')}
            </Title>
            <Stack gap="md" component="dl" m={0}>
              <Field label={t('region.code')}>
                <Code fz="sm">{region.code}</Code>
              </Field>
              <Field label={t('region.level')}>{t(`level.${region.level}`)}</Field>
              {region.province && (
                <Field label={t('region.province')}>
                  <Anchor component={Link} to={`/wilayah/${region.province.code}`}>
                    {region.province.name}
                  </Anchor>
                </Field>
              )}
              <Field label={t('region.status')}>
                {region.autonomous ? t('region.autonomous') : t('region.administrative')}
              </Field>
              <Field label={t('region.coordinates')}>
                <Text span ff="monospace" size="sm" data-testid="region-coordinates">
                  {formatCoordinates(region.lat, region.lng)}
                </Text>
              </Field>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="md">
              {t('region.map.title')}
            </Title>
            <Suspense fallback={<Skeleton h={360} />}>
              <RegionMap code={region.code} name={region.name} lat={region.lat} lng={region.lng} />
            </Suspense>
          </Paper>
        </Grid.Col>
      </Grid>

      <RegionProgramsSection regionCode={region.code} />
      {region.autonomous && <RegionVisitsSections code={region.code} />}

      {region.children.length > 0 && (
        <Paper withBorder p="md" data-testid="region-children">
          <Group justify="space-between" mb="md" gap="xs">
            <Title order={2} size="h4">
              {t('region.children.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('region.children.count', { kabupaten: kabupatenCount, kota: kotaCount })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" verticalSpacing="xs">
            {region.children.map((child) => (
              <Group key={child.code} gap="xs" wrap="nowrap" justify="space-between">
                <Anchor component={Link} to={`/wilayah/${child.code}`} size="sm" truncate="end">
                  {child.name}
                </Anchor>
                <Code fz="xs" c="dimmed">
                  {child.code}
                </Code>
              </Group>
            ))}
          </SimpleGrid>
        </Paper>
      )}
      <RegionMeetingsSection regionCode={region.code} />
    </Stack>
  );
}

/**
 * Decimal degrees with a point in every language: coordinates are copied into map tools, and a
 * decimal comma next to the separating comma would be ambiguous.
 */
function formatCoordinates(lat: number, lng: number): string {
  return `${lat.toFixed(5)}, ${lng.toFixed(5)}`;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

function RegionNotFound({ code }: { code: string }) {
  const t = useT();
  return (
    <Paper withBorder p="xl" data-testid="region-not-found">
      <Stack align="center" gap="sm">
        <Title order={1} size="h2">
          {t('region.notFound.title')}
        </Title>
        <Text c="dimmed">{t('region.notFound.text', { code })}</Text>
        <Button component={Link} to="/wilayah" variant="light">
          {t('region.backToList')}
        </Button>
      </Stack>
    </Paper>
  );
}

function DetailSkeleton() {
  return (
    <Stack gap="lg">
      <Skeleton h={36} w="40%" />
      <Skeleton h={26} w={220} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Skeleton h={300} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Skeleton h={420} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
