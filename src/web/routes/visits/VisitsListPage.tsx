import {
  Anchor,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { visitKinds, type VisitKind } from '../../../domain/records/kinds';
import { visitKindLabels } from '../../../domain/records/visit-labels';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import { listVisits, visitsCsvUrl, type VisitListQuery } from '../../api/visits';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ListEmptyState } from '../../components/EmptyState';
import { FilterPanel } from '../../components/FilterPanel';
import { activeFilterCount } from '../../components/filter-count';
import { PageHeader } from '../../components/PageHeader';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate, useLabel, useSectorLabel } from '../agreements/shared';
import { dateRange, ParticipantName, VisitKindBadge } from './shared';

const pageSize = 20;
const currentYear = new Date().getFullYear();
const years = Array.from({ length: 15 }, (_, index) => String(currentYear + 1 - index));

/** The list of work visits with filters kept in the URL, and their CSV. */
export function VisitsListPage() {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  const auth = useAuth();
  usePageTitle(t('visits.title'));
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    if (key === 'region' && !value) next.delete('direction');
    setParams(next, { replace: true });
  };
  const setQuery = useDebouncedCallback((value: string) => set('q', value.trim() || null), 300);

  const query: VisitListQuery = {
    region: params.get('region') ?? undefined,
    direction: (params.get('direction') as VisitListQuery['direction']) ?? undefined,
    kind: (params.get('kind') as VisitKind | null) ?? undefined,
    sector: params.get('sector') ?? undefined,
    year: params.get('year') ? Number(params.get('year')) : undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page') ?? 1),
    pageSize,
  };
  const list = useApiQuery(['visits', query], (signal) => listVisits(query, signal));
  const data = list.data ?? list.lastData;
  const filterCount = activeFilterCount(params);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('visits.title')}
        intro={t('visits.intro')}
        titleTestId="visits-title"
        action={
          auth.can('record:create') && (
            <Button component={Link} to="/kunjungan/baru" data-testid="visit-new">
              {t('visits.new')}
            </Button>
          )
        }
      />
      <FilterPanel active={filterCount}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <TextInput
            label={t('visits.filter.q')}
            placeholder={t('visits.filter.qPlaceholder')}
            value={q}
            onChange={(event) => {
              setQ(event.currentTarget.value);
              setQuery(event.currentTarget.value);
            }}
            data-testid="visits-filter-q"
          />
          <RegionSelect
            label={t('visits.filter.region')}
            value={query.region ?? null}
            onChange={(code) => set('region', code)}
            clearable
            data-testid="visits-filter-region"
          />
          <Select
            label={t('visits.filter.direction')}
            disabled={!query.region}
            data={[
              { value: 'received', label: t('visits.direction.received') },
              { value: 'made', label: t('visits.direction.made') },
            ]}
            placeholder={t('visits.direction.any')}
            value={query.direction ?? null}
            onChange={(value) => set('direction', value)}
            clearable
            data-testid="visits-filter-direction"
          />
          <Select
            label={t('visits.filter.kind')}
            data={visitKinds.map((kind) => ({ value: kind, label: label(visitKindLabels[kind]) }))}
            placeholder={t('visits.filter.all')}
            value={query.kind ?? null}
            onChange={(value) => set('kind', value)}
            clearable
          />
          <Select
            label={t('visits.filter.sector')}
            data={sectorKeys
              .map((key) => ({ value: key, label: sectorLabel(key) }))
              .sort((a, b) => a.label.localeCompare(b.label))}
            placeholder={t('visits.filter.all')}
            value={query.sector ?? null}
            onChange={(value) => set('sector', value)}
            searchable
            clearable
          />
          <Select
            label={t('visits.filter.year')}
            data={years}
            placeholder={t('visits.filter.all')}
            value={query.year ? String(query.year) : null}
            onChange={(value) => set('year', value)}
            clearable
          />
        </SimpleGrid>
      </FilterPanel>

      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" data-testid="visits-total">
          {data ? t('visits.total', { count: data.total }) : t('common.loading')}
        </Text>
        <Anchor href={visitsCsvUrl(query)} size="sm" data-testid="visits-csv">
          {t('visits.csv')}
        </Anchor>
      </Group>

      {list.error && <ApiErrorAlert error={list.error} />}
      {!data && !list.error && <Skeleton h={120} />}
      {data && data.items.length === 0 && (
        <ListEmptyState
          testId="visits-empty"
          filtered={filterCount > 0}
          matching={{ title: t('visits.empty.title'), hint: t('visits.empty.hint') }}
          none={{ title: t('visits.empty.none'), hint: t('visits.intro') }}
          create={auth.can('record:create') && { label: t('visits.new'), to: '/kunjungan/baru' }}
        />
      )}
      <Stack gap="sm" style={{ opacity: list.loading && data ? 0.6 : 1 }}>
        {data?.items.map((visit) => (
          <Paper key={visit.id} withBorder p="md" data-testid="visit-row">
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                <VisitKindBadge kind={visit.kind} />
                {visit.startDate && (
                  <Text size="sm" c="dimmed">
                    {dateRange(formatDate, visit.startDate, visit.endDate)}
                  </Text>
                )}
              </Group>
              <Anchor component={Link} to={`/kunjungan/${visit.id}`} fw={600}>
                {visit.title}
              </Anchor>
              <Text size="sm">
                {t('visits.row.route', { host: visit.hostRegionName })}{' '}
                {visit.visitors.map((visitor, index) => (
                  <span key={index}>
                    {index > 0 && ', '}
                    <ParticipantName participant={visitor} />
                  </span>
                ))}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {data && data.total > pageSize && (
        <Pagination
          value={query.page ?? 1}
          onChange={(page) => set('page', String(page))}
          total={Math.ceil(data.total / pageSize)}
        />
      )}
    </Stack>
  );
}
