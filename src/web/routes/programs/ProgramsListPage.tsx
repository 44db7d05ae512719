import { Button, Group, Pagination, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { programKinds, programStatuses, budgetYearRange } from '../../../domain/records/kinds';
import { programKindLabels, programStatusLabels } from '../../../domain/records/program-labels';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import { listPrograms, programsCsvUrl, type ProgramQuery } from '../../api/programs';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ListEmptyState } from '../../components/EmptyState';
import { FilterPanel } from '../../components/FilterPanel';
import { activeFilterCount } from '../../components/filter-count';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useLabel, useSectorLabel } from '../agreements/shared';
import { ProgramTable } from './shared';

const pageSize = 20;

function pick<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The filters of the page, kept in the address so a filtered list can be shared and reloaded. */
function queryOf(params: URLSearchParams): ProgramQuery & { page: number } {
  const year = Number(params.get('year'));
  return {
    region: params.get('region') ?? undefined,
    role: pick(['funder', 'recipient'] as const, params.get('role')),
    kind: pick(programKinds, params.get('kind')),
    status: pick(programStatuses, params.get('status')),
    sector: pick(sectorKeys, params.get('sector')),
    year:
      Number.isInteger(year) && year >= budgetYearRange.min && year <= budgetYearRange.max ? year : undefined,
    parentType: pick(['agreement', 'meeting'] as const, params.get('parentType')),
    parentId: params.get('parentId') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

/** Programs and funding: search, filters, paging and the CSV export of the same selection. */
export function ProgramsListPage() {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  usePageTitle(t('prog.title'));

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...changes, page: changes.page ?? undefined })) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };
  const [input, setInput] = useState(query.q ?? '');
  const commitSearch = useDebouncedCallback((value: string) => update({ q: value }), 300);

  const apiQuery = { ...query, pageSize };
  const programs = useApiQuery(['programs', apiQuery], (signal) => listPrograms(apiQuery, signal));
  const shown = programs.data ?? (programs.loading ? programs.lastData : undefined);
  const totalPages = shown ? Math.max(1, Math.ceil(shown.total / pageSize)) : 1;
  const any = { value: '', label: t('prog.filter.all') };
  const filterCount = activeFilterCount(params);
  const years = Array.from({ length: 12 }, (_, index) => String(new Date().getFullYear() + 2 - index));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={1}>{t('prog.title')}</Title>
          <Text c="dimmed">{t('prog.intro')}</Text>
        </Stack>
        <Group gap="xs">
          <Button
            component="a"
            href={programsCsvUrl(query)}
            variant="default"
            download
            data-testid="programs-csv"
          >
            {t('prog.csv')}
          </Button>
          <Button
            component="a"
            href={programsCsvUrl(query, 'budgets')}
            variant="default"
            download
            data-testid="programs-csv-budgets"
          >
            {t('prog.csvBudgets')}
          </Button>
          {auth.can('record:create') && (
            <Button component={Link} to="/program/baru" data-testid="program-new">
              {t('prog.new')}
            </Button>
          )}
        </Group>
      </Group>

      <FilterPanel active={filterCount}>
        <Stack gap="sm">
          <TextInput
            type="search"
            size="md"
            value={input}
            aria-label={t('prog.search.label')}
            placeholder={t('prog.search.placeholder')}
            data-testid="program-search"
            onChange={(event) => {
              setInput(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <RegionSelect
              label={t('prog.filter.region')}
              value={query.region ?? null}
              onChange={(code) => update({ region: code ?? undefined })}
              clearable
              data-testid="filter-region"
            />
            <Select
              label={t('prog.filter.role')}
              data={[
                { value: '', label: t('prog.role.any') },
                { value: 'funder', label: t('prog.role.funder') },
                { value: 'recipient', label: t('prog.role.recipient') },
              ]}
              value={query.role ?? ''}
              onChange={(value) => update({ role: value ?? undefined })}
              allowDeselect={false}
              data-testid="filter-role"
            />
            <Select
              label={t('prog.filter.kind')}
              data={[
                any,
                ...programKinds.map((kind) => ({ value: kind, label: label(programKindLabels[kind]) })),
              ]}
              value={query.kind ?? ''}
              onChange={(value) => update({ kind: value ?? undefined })}
              allowDeselect={false}
              data-testid="filter-kind"
            />
            <Select
              label={t('prog.filter.status')}
              data={[
                any,
                ...programStatuses.map((status) => ({
                  value: status,
                  label: label(programStatusLabels[status]),
                })),
              ]}
              value={query.status ?? ''}
              onChange={(value) => update({ status: value ?? undefined })}
              allowDeselect={false}
              data-testid="filter-status"
            />
            <Select
              label={t('prog.filter.sector')}
              data={[any, ...sectorKeys.map((key) => ({ value: key, label: sectorLabel(key) }))]}
              value={query.sector ?? ''}
              onChange={(value) => update({ sector: value ?? undefined })}
              allowDeselect={false}
              searchable
              data-testid="filter-sector"
            />
            <Select
              label={t('prog.filter.year')}
              data={[any, ...years.map((year) => ({ value: year, label: year }))]}
              value={query.year ? String(query.year) : ''}
              onChange={(value) => update({ year: value ?? undefined })}
              allowDeselect={false}
              data-testid="filter-year"
            />
          </SimpleGrid>
          {filterCount > 0 && (
            <Group justify="flex-end">
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => {
                  setInput('');
                  commitSearch.cancel();
                  setParams(new URLSearchParams());
                }}
              >
                {t('prog.filter.clear')}
              </Button>
            </Group>
          )}
        </Stack>
      </FilterPanel>

      {programs.error && <ApiErrorAlert error={programs.error} />}
      {shown && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="programs-count">
            {t('prog.count', { count: shown.total })}
          </Text>
          {shown.items.length === 0 ? (
            <ListEmptyState
              testId="programs-empty"
              filtered={filterCount > 0}
              matching={{ title: t('prog.empty'), hint: t('prog.empty.hint') }}
              none={{ title: t('prog.empty.none'), hint: t('prog.intro') }}
              create={auth.can('record:create') && { label: t('prog.new'), to: '/program/baru' }}
            />
          ) : (
            <ProgramTable items={shown.items} dimmed={programs.loading} />
          )}
          {totalPages > 1 && (
            <Group justify="center">
              <Pagination total={totalPages} value={query.page} onChange={(page) => update({ page })} />
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
