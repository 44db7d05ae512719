import { DateField } from '../../components/DateField';
import { Anchor, Button, Group, Pagination, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { meetingKinds, type MeetingKind } from '../../../domain/records/kinds';
import { meetingKindLabels } from '../../../domain/records/meeting-labels';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import { listMeetings, meetingsCsvUrl, type MeetingListQuery } from '../../api/meetings';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ListEmptyState } from '../../components/EmptyState';
import { FilterPanel } from '../../components/FilterPanel';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable } from '../../components/RecordTable';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate, useLabel, useSectorLabel } from '../agreements/shared';
import { MeetingKindBadge, RegionNames } from './shared';

const pageSize = 20;
const filterNames = ['q', 'region', 'kind', 'sector', 'from', 'to', 'year'] as const;
type FilterName = (typeof filterNames)[number];

/** The filters as the URL keeps them (bookmarkable, shareable, the CSV link uses the same). */
function readQuery(params: URLSearchParams): MeetingListQuery {
  const text = (name: FilterName) => params.get(name) || undefined;
  const kind = meetingKinds.find((known) => known === params.get('kind'));
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : undefined;
  const date = (name: FilterName) =>
    /^\d{4}-\d{2}-\d{2}$/.test(params.get(name) ?? '') ? (params.get(name) ?? undefined) : undefined;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: text('q'),
    region: text('region'),
    kind,
    sector: sectorKeys.find((key) => key === params.get('sector')),
    from: date('from'),
    to: date('to'),
    year,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize,
  };
}

/** /pertemuan: audiences and coordination meetings with filters, paging and CSV export. */
export function MeetingsListPage() {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  const auth = useAuth();
  usePageTitle(t('mtg.title'));
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const [q, setQ] = useState(query.q ?? '');
  const result = useApiQuery(['meetings', query], (signal) => listMeetings(query, signal));
  const page = result.data ?? result.lastData;

  const setFilter = (name: FilterName | 'page', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const setQuery = useDebouncedCallback((value: string) => setFilter('q', value.trim() || null), 300);
  const filterCount = filterNames.filter((name) => params.get(name)).length;
  const filtered = filterCount > 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('mtg.title')}
        intro={t('mtg.intro')}
        titleTestId="meetings-title"
        action={
          auth.can('record:create') ? (
            <Button component={Link} to="/pertemuan/baru" data-testid="meeting-new">
              {t('mtg.new')}
            </Button>
          ) : undefined
        }
      />
      <FilterPanel active={filterCount}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            label={t('mtg.filter.q')}
            placeholder={t('mtg.filter.qPlaceholder')}
            value={q}
            onChange={(event) => {
              setQ(event.currentTarget.value);
              setQuery(event.currentTarget.value);
            }}
            data-testid="meeting-filter-q"
          />
          <RegionSelect
            label={t('mtg.filter.region')}
            value={query.region ?? null}
            onChange={(code) => setFilter('region', code)}
            clearable
            data-testid="meeting-filter-region"
          />
          <Select
            label={t('mtg.filter.kind')}
            placeholder={t('mtg.filter.any')}
            clearable
            value={query.kind ?? null}
            onChange={(value) => setFilter('kind', value)}
            data={meetingKinds.map((kind: MeetingKind) => ({
              value: kind,
              label: label(meetingKindLabels[kind]),
            }))}
            data-testid="meeting-filter-kind"
          />
          <Select
            label={t('mtg.filter.sector')}
            placeholder={t('mtg.filter.any')}
            clearable
            searchable
            value={query.sector ?? null}
            onChange={(value) => setFilter('sector', value)}
            data={sectorKeys.map((key) => ({ value: key, label: sectorLabel(key) }))}
          />
          <DateField
            label={t('mtg.filter.from')}
            value={query.from ?? ''}
            onChange={(value) => setFilter('from', value || null)}
          />
          <DateField
            label={t('mtg.filter.to')}
            value={query.to ?? ''}
            onChange={(value) => setFilter('to', value || null)}
          />
          <TextInput
            label={t('mtg.filter.year')}
            inputMode="numeric"
            maxLength={4}
            value={params.get('year') ?? ''}
            onChange={(event) => setFilter('year', event.currentTarget.value.replace(/\D/g, '') || null)}
          />
          <Group align="flex-end" gap="xs">
            {filtered && (
              <Button
                variant="subtle"
                onClick={() => {
                  setQ('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('mtg.filter.clear')}
              </Button>
            )}
            <Button component="a" variant="default" href={meetingsCsvUrl(query)} data-testid="meeting-export">
              {t('mtg.export')}
            </Button>
          </Group>
        </SimpleGrid>
      </FilterPanel>

      {result.error && <ApiErrorAlert error={result.error} />}
      {page && (
        <Text size="sm" c="dimmed" data-testid="meeting-total">
          {t('mtg.total', { count: page.total })}
        </Text>
      )}
      {page && page.items.length === 0 && (
        <ListEmptyState
          testId="meetings-empty"
          filtered={filtered}
          matching={{ title: t('mtg.empty.title'), hint: t('mtg.empty.hint') }}
          none={{ title: t('mtg.empty.none'), hint: t('mtg.intro') }}
          create={auth.can('record:create') && { label: t('mtg.new'), to: '/pertemuan/baru' }}
        />
      )}
      {page && page.items.length > 0 && (
        <RecordTable
          records={page.items}
          rowKey={(meeting) => meeting.id}
          rowProps={(meeting) => ({ 'data-testid': 'meeting-row', 'data-id': meeting.id })}
          minWidth={360}
          dimmed={result.loading}
          columns={[
            {
              header: t('mtg.col.date'),
              cell: (meeting) => (
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {meeting.date ? formatDate(meeting.date) : t('mtg.noDate')}
                </Text>
              ),
            },
            {
              header: t('mtg.col.title'),
              // Kind and regions under the title: the table keeps two columns and fits a phone.
              cell: (meeting) => (
                <Stack gap={4}>
                  <Anchor component={Link} to={`/pertemuan/${meeting.id}`} fw={500} size="sm">
                    {meeting.title}
                  </Anchor>
                  <Group gap="xs" wrap="wrap">
                    <MeetingKindBadge kind={meeting.kind} />
                    <RegionNames codes={meeting.partyRegionCodes} />
                  </Group>
                </Stack>
              ),
            },
          ]}
        />
      )}
      {page && page.total > pageSize && (
        <Group justify="center">
          <Pagination
            total={Math.ceil(page.total / pageSize)}
            value={query.page ?? 1}
            onChange={(value) => setFilter('page', String(value))}
          />
        </Group>
      )}
    </Stack>
  );
}
