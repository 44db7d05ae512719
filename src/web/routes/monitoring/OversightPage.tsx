import { Anchor, Badge, Group, Paper, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { displayName, provinces, regionByCode } from '../../../domain/regions';
import { healthStates, type Health } from '../../../domain/monitoring/health-states';
import { getOversight, type OversightDto } from '../../api/monitoring';
import { useApiQuery } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { usePageTitle } from '../../components/use-page-title';
import { useLang, useT } from '../../i18n/context';
import { useSectorLabel } from '../agreements/shared';
import { healthColors } from './HealthBadge';
import { homeLinks } from './home-links';

/** /pengawasan: a province's kabupaten/kota side by side, or the country's provinces. */
export function OversightPage() {
  return (
    <RequireAuth permission="report:read">
      <Oversight />
    </RequireAuth>
  );
}

function Oversight() {
  const t = useT();
  const { formatNumber } = useLang();
  const sectorLabel = useSectorLabel();
  const auth = useAuth();
  usePageTitle(t('oversight.title'));
  const [params, setParams] = useSearchParams();
  const province = /^\d{2}$/.test(params.get('province') ?? '') ? params.get('province') : null;
  const view = useApiQuery(['oversight', province ?? ''], (signal) => getOversight(province, signal));
  const data = view.data;
  const shown = data?.province ? regionByCode(data.province) : undefined;
  // Only whoever may see the national view can switch province; a province's oversight sees its own.
  const canSwitch =
    auth.user?.role === 'system_admin' || (auth.user?.role === 'oversight' && !auth.user.regionCode);
  const withDormant = data?.rows.filter((row) => row.byHealth.dorman > 0).length ?? 0;
  // A phone gets one card per region: nine columns do not fit 390 px.
  const narrow = useNarrowScreen();

  type Row = OversightDto['rows'][number];
  const regionLink = (row: Row) => (
    <Anchor
      component={Link}
      to={data?.province ? homeLinks.region(row.regionCode) : `/pengawasan?province=${row.regionCode}`}
    >
      {row.name}
    </Anchor>
  );
  const totalLink = (row: Row) => (
    <Anchor component={Link} to={homeLinks.regionAgreements(row.regionCode)}>
      {formatNumber(row.total)}
    </Anchor>
  );
  const healthCount = (row: Row, health: Health) =>
    row.byHealth[health] > 0 ? (
      <Anchor
        component={Link}
        to={homeLinks.regionAgreements(row.regionCode, health)}
        c={healthColors[health]}
        fw={health === 'dorman' ? 700 : undefined}
      >
        {formatNumber(row.byHealth[health])}
      </Anchor>
    ) : (
      <Text span c="dimmed" size="sm">
        0
      </Text>
    );
  const dormantShare = (row: Row) => `${formatNumber(Math.round(row.dormantShare * 100))}%`;
  const sectorBadges = (row: Row) => (
    <Group gap={4}>
      {row.sectors.slice(0, 3).map((sector) => (
        <Badge key={sector.sector} variant="light" color="gray" size="sm" tt="none">
          {sectorLabel(sector.sector)} ({sector.count})
        </Badge>
      ))}
    </Group>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('oversight.title')}
        titleTestId="oversight-title"
        intro={
          data
            ? shown
              ? t('oversight.intro.province', { region: displayName(shown) })
              : t('oversight.intro.national')
            : undefined
        }
        action={
          canSwitch ? (
            <Select
              label={t('oversight.province')}
              data={[
                { value: '', label: t('oversight.national') },
                ...provinces.map((region) => ({ value: region.code, label: region.name })),
              ]}
              value={province ?? ''}
              onChange={(value) => setParams(value ? { province: value } : {})}
              allowDeselect={false}
              searchable
              w={260}
              data-testid="oversight-province"
            />
          ) : undefined
        }
      />
      {view.error && <ApiErrorAlert error={view.error} />}
      {!data && !view.error && <Skeleton h={320} />}
      {data && (
        <>
          <Text data-testid="oversight-with-dormant">
            {t('oversight.withDormant', { count: withDormant })}
          </Text>
          {!data.evaluationsRecorded && (
            <Text size="sm" c="dimmed">
              {t('oversight.notRecorded')}
            </Text>
          )}
          {narrow ? (
            <Stack gap="xs" data-testid="oversight-table" data-layout="cards">
              {data.rows.map((row) => (
                <Paper key={row.regionCode} withBorder p="sm" data-testid={`oversight-row-${row.regionCode}`}>
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      {regionLink(row)}
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t('oversight.col.total')}: {totalLink(row)}
                      </Text>
                    </Group>
                    <Group gap="md" wrap="wrap">
                      {healthStates.map((health) => (
                        <Text key={health} size="sm" style={{ whiteSpace: 'nowrap' }}>
                          <Text span size="xs" c="dimmed">
                            {t(`health.${health}`)}{' '}
                          </Text>
                          <span data-testid={`oversight-${row.regionCode}-${health}`}>
                            {healthCount(row, health)}
                          </span>
                        </Text>
                      ))}
                    </Group>
                    {row.total > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('oversight.col.dormantShare')}: {dormantShare(row)}
                        {data.evaluationsRecorded &&
                          ` · ${t('oversight.col.notEvaluated', { year: data.year })}: ${row.notEvaluatedThisYear ?? '–'}`}
                      </Text>
                    )}
                    {row.sectors.length > 0 && sectorBadges(row)}
                  </Stack>
                </Paper>
              ))}
            </Stack>
          ) : (
            <Paper withBorder>
              <Table.ScrollContainer minWidth={820}>
                <Table striped verticalSpacing="xs" data-testid="oversight-table">
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>{t('oversight.col.region')}</Table.Th>
                      <Table.Th ta="right">{t('oversight.col.total')}</Table.Th>
                      {healthStates.map((health) => (
                        <Table.Th key={health} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {t(`health.${health}`)}
                        </Table.Th>
                      ))}
                      <Table.Th ta="right">{t('oversight.col.dormantShare')}</Table.Th>
                      <Table.Th>{t('oversight.col.sectors')}</Table.Th>
                      {data.evaluationsRecorded && (
                        <Table.Th ta="right">{t('oversight.col.notEvaluated', { year: data.year })}</Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.rows.map((row) => (
                      <Table.Tr key={row.regionCode} data-testid={`oversight-row-${row.regionCode}`}>
                        <Table.Td>{regionLink(row)}</Table.Td>
                        <Table.Td ta="right">{totalLink(row)}</Table.Td>
                        {healthStates.map((health) => (
                          <Table.Td
                            key={health}
                            ta="right"
                            data-testid={`oversight-${row.regionCode}-${health}`}
                          >
                            {healthCount(row, health)}
                          </Table.Td>
                        ))}
                        <Table.Td ta="right">{row.total > 0 ? dormantShare(row) : '–'}</Table.Td>
                        <Table.Td>{sectorBadges(row)}</Table.Td>
                        {data.evaluationsRecorded && (
                          <Table.Td ta="right">{row.notEvaluatedThisYear ?? '–'}</Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
