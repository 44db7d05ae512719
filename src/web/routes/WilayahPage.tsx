import {
  Anchor,
  Badge,
  Button,
  Code,
  CloseButton,
  Group,
  Input,
  Loader,
  Pagination,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  useMatches,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo, useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { regionLevels, type RegionLevel } from '../../domain/regions/region';
import { listProvinces, listRegions } from '../api/regions';
import { useApiQuery } from '../api/use-api-query';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { LevelBadge } from '../components/LevelBadge';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/context';

const pageSize = 20;
const searchDelayMs = 300;

/** The list filters, as kept in the URL so a search can be bookmarked or shared. */
type Filters = { q: string; level: RegionLevel | ''; province: string; page: number };

function readFilters(params: URLSearchParams): Filters {
  const level = params.get('level');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: params.get('q') ?? '',
    level: regionLevels.find((known) => known === level) ?? '',
    province: params.get('province') ?? '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.level) params.set('level', filters.level);
  if (filters.province) params.set('province', filters.province);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The region list: search, level and province filters, paged results. */
export function WilayahPage() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  usePageTitle(t('wilayah.title'));
  // Four segments must fit a 320 px phone.
  const segmentSize = useMatches({ base: 'xs', xs: 'sm' });

  const updateFilters = (changes: Partial<Filters>, options?: { replace?: boolean }) => {
    // Any change other than paging starts again from the first page.
    const next: Filters = { ...filters, page: 1, ...changes };
    setSearchParams(writeFilters(next), { replace: options?.replace ?? false });
  };

  // The box shows what is typed at once; the URL (and so the request) follows after a pause.
  const [input, setInput] = useState(filters.q);
  const [committedQ, setCommittedQ] = useState(filters.q);
  const [syncedQ, setSyncedQ] = useState(filters.q);
  if (filters.q !== syncedQ) {
    // The URL changed: by our own debounced commit, or by back/forward or a link. Only the latter
    // should overwrite what is in the box.
    setSyncedQ(filters.q);
    if (filters.q !== committedQ) setInput(filters.q);
  }
  const commitSearch = useDebouncedCallback((value: string) => {
    setCommittedQ(value);
    // Typing replaces the history entry instead of adding one per pause.
    updateFilters({ q: value }, { replace: true });
  }, searchDelayMs);

  const apiQuery = {
    q: filters.q.trim() || undefined,
    level: filters.level || undefined,
    province: filters.province || undefined,
    page: filters.page,
    pageSize,
  };
  const regions = useApiQuery(['regions', apiQuery], (signal) => listRegions(apiQuery, signal));
  const provinces = useApiQuery(['provinces'], listProvinces);

  const provinceOptions = useMemo(
    () =>
      [...(provinces.data?.items ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'id'))
        .map((province) => ({ value: province.code, label: province.name })),
    [provinces.data],
  );

  // Keep the previous page on screen while the next one loads, to avoid the table jumping.
  const shown = regions.data ?? (regions.loading ? regions.lastData : undefined);
  const totalPages = shown ? Math.max(1, Math.ceil(shown.total / pageSize)) : 1;
  const hasFilters = Boolean(filters.q || filters.level || filters.province);

  const openRow = (event: MouseEvent<HTMLTableRowElement>, code: string) => {
    // The name inside the row is a real link; let it handle its own click (and ctrl-click).
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(`/wilayah/${code}`);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('wilayah.title')}</Title>
        <Text c="dimmed">{t('wilayah.intro')}</Text>
      </Stack>

      <Paper withBorder p={{ base: 'sm', xs: 'md' }}>
        <Stack gap="sm">
          <TextInput
            value={input}
            onChange={(event) => {
              setInput(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitSearch.flush();
            }}
            placeholder={t('wilayah.search.placeholder')}
            aria-label={t('wilayah.search.label')}
            data-testid="region-search"
            size="md"
            type="search"
            leftSection={<SearchIcon />}
            rightSection={
              input ? (
                <CloseButton
                  aria-label={t('wilayah.search.clear')}
                  onClick={() => {
                    setInput('');
                    commitSearch.cancel();
                    setCommittedQ('');
                    updateFilters({ q: '' });
                  }}
                />
              ) : null
            }
          />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Stack gap={4} w={{ base: '100%', xs: 'auto' }}>
              <Input.Label id="level-filter-label">{t('wilayah.filter.level')}</Input.Label>
              <SegmentedControl
                aria-labelledby="level-filter-label"
                data-testid="level-filter"
                fullWidth
                size={segmentSize}
                value={filters.level || 'all'}
                onChange={(value) =>
                  updateFilters({ level: regionLevels.find((known) => known === value) ?? '' })
                }
                data={[
                  { value: 'all', label: t('level.all') },
                  ...regionLevels.map((level) => ({ value: level, label: t(`level.${level}`) })),
                ]}
              />
            </Stack>
            <Select
              label={t('wilayah.filter.province')}
              placeholder={t('wilayah.filter.provinceAll')}
              nothingFoundMessage={t('wilayah.filter.provinceNone')}
              data={provinceOptions}
              value={filters.province || null}
              onChange={(value) => updateFilters({ province: value ?? '' })}
              searchable
              clearable
              disabled={provinces.loading && !provinces.data}
              data-testid="province-filter"
              w={{ base: '100%', xs: 280 }}
            />
          </Group>
        </Stack>
      </Paper>

      {regions.error && <ApiErrorAlert error={regions.error} />}

      {!regions.error && (
        <Stack gap="sm">
          <Group justify="space-between" align="center" mih={28}>
            <Group gap="xs">
              {shown ? (
                <Text fw={600} data-testid="region-total">
                  {t(shown.total === 1 ? 'wilayah.totalOne' : 'wilayah.total', { count: shown.total })}
                </Text>
              ) : (
                <Skeleton h={20} w={120} />
              )}
              {regions.loading && <Loader size="xs" aria-label={t('common.loading')} />}
            </Group>
            {shown && shown.total > 0 && (
              <Text size="sm" c="dimmed">
                {t('wilayah.pageInfo', { page: filters.page, pages: totalPages })}
              </Text>
            )}
          </Group>

          {!shown && <ResultsSkeleton />}

          {shown && shown.items.length === 0 && (
            <Paper withBorder p="xl" data-testid="region-empty">
              <Stack align="center" gap="xs">
                <Text fw={600}>{t('wilayah.empty.title')}</Text>
                <Text size="sm" c="dimmed">
                  {t('wilayah.empty.hint')}
                </Text>
                {hasFilters && (
                  <Button
                    variant="light"
                    mt="xs"
                    onClick={() => {
                      setInput('');
                      commitSearch.cancel();
                      setCommittedQ('');
                      setSearchParams(new URLSearchParams());
                    }}
                  >
                    {t('wilayah.clearFilters')}
                  </Button>
                )}
              </Stack>
            </Paper>
          )}

          {shown && shown.items.length > 0 && (
            <Paper withBorder style={{ overflow: 'hidden', opacity: regions.loading ? 0.6 : 1 }}>
              <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
                <Table.Thead bg="gray.0">
                  <Table.Tr>
                    <Table.Th>{t('wilayah.col.name')}</Table.Th>
                    <Table.Th>{t('wilayah.col.level')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('wilayah.col.province')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('wilayah.col.code')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.items.map((region) => (
                    <Table.Tr
                      key={region.code}
                      className="region-row"
                      data-testid="region-row"
                      data-code={region.code}
                      onClick={(event) => openRow(event, region.code)}
                    >
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Anchor component={Link} to={`/wilayah/${region.code}`} fw={500}>
                            {region.name}
                          </Anchor>
                          {!region.autonomous && (
                            <Badge size="xs" variant="outline" color="gray">
                              {t('wilayah.nonAutonomous')}
                            </Badge>
                          )}
                        </Group>
                        {/* Narrow screens drop the province and code columns; show them here. */}
                        <Text size="xs" c="dimmed" hiddenFrom="sm">
                          {region.provinceName ? `${region.provinceName} · ${region.code}` : region.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <LevelBadge level={region.level} miw="max-content" />
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Text size="sm" c={region.provinceName ? undefined : 'dimmed'}>
                          {region.provinceName ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td visibleFrom="sm">
                        <Code>{region.code}</Code>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}

          {shown && totalPages > 1 && (
            <Pagination
              w="100%"
              mt="xs"
              // The responsive layout measures its own width (container query); centre the controls inside it.
              style={{ display: 'flex', justifyContent: 'center' }}
              layout="responsive"
              formatLabel={({ page, totalPages: pages }) => t('wilayah.pageInfo', { page, pages })}
              total={totalPages}
              value={Math.min(filters.page, totalPages)}
              onChange={(page) => {
                updateFilters({ page });
                window.scrollTo({ top: 0 });
              }}
              aria-label={t('wilayah.pagination')}
              data-testid="region-pagination"
              siblings={1}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}

function ResultsSkeleton() {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} h={22} />
        ))}
      </Stack>
    </Paper>
  );
}

function SearchIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}
