import {
  Anchor,
  Button,
  Checkbox,
  CloseButton,
  Collapse,
  Group,
  Loader,
  NumberInput,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  cooperationKindLabels,
  cooperationKinds,
  documentTypeLabels,
  documentTypes,
  stageLabels,
  stages,
  type CooperationKind,
  type DocumentType,
  type Stage,
} from '../../../domain/agreements';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import {
  agreementsCsvUrl,
  listAgreements,
  restoreAgreement,
  type AgreementListItemDto,
  type AgreementListQuery,
} from '../../api/agreements';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { FilterPanel } from '../../components/FilterPanel';
import { activeFilterCount } from '../../components/filter-count';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { listIntroKey } from './list-intro';
import { RegionSelect } from './RemoteSelect';
import { useAgreementSession } from './session';
import {
  ActingBadge,
  ConfirmationText,
  DocumentTypeBadge,
  StatusBadge,
  useFormatDate,
  useLabel,
  useSectorLabel,
} from './shared';
import { healthStates, type Health } from '../../../domain/monitoring/health-states';
import { HealthBadge } from '../monitoring/HealthBadge';
import { ListScopeBadges } from '../monitoring/ListScopeBadges';

const pageSize = 20;
const sorts = [
  'relevance',
  '-signingDate',
  'signingDate',
  'title',
  '-title',
  '-updatedAt',
  '-health',
  'health',
] as const;
type Sort = (typeof sorts)[number];

/** The list filters, kept in the URL so a search can be bookmarked, shared or exported. */
type Filters = {
  q: string;
  party: string;
  partner: string;
  kind: CooperationKind | '';
  documentType: DocumentType | '';
  sector: string;
  stage: Stage | '';
  year: string;
  expiring: string;
  health: Health | '';
  /** From the home page's numbers: the reader's own region only, KSB without PKS, awaiting confirmation. */
  own: boolean;
  ksbWithoutPks: boolean;
  awaitingMyConfirmation: boolean;
  acting: boolean;
  expired: boolean;
  deleted: boolean;
  sort: Sort | '';
  page: number;
};

function pick<T extends string>(values: readonly T[], value: string | null): T | '' {
  return values.find((known) => known === value) ?? '';
}

function readFilters(params: URLSearchParams): Filters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const digits = (name: string) => (/^\d{1,4}$/.test(params.get(name) ?? '') ? (params.get(name) ?? '') : '');
  return {
    q: params.get('q') ?? '',
    party: params.get('party') ?? '',
    partner: params.get('partner') ?? '',
    kind: pick(cooperationKinds, params.get('kind')),
    documentType: pick(documentTypes, params.get('documentType')),
    sector: pick(sectorKeys, params.get('sector')),
    stage: pick(stages, params.get('stage')),
    year: digits('year'),
    expiring: digits('expiringWithinDays'),
    health: pick(healthStates, params.get('health')),
    own: params.get('own') === 'true',
    ksbWithoutPks: params.get('ksbWithoutPks') === 'true',
    awaitingMyConfirmation: params.get('awaitingMyConfirmation') === 'true',
    acting: params.get('acting') === 'true',
    expired: params.get('expired') === 'true',
    deleted: params.get('deleted') === 'true',
    sort: pick(sorts, params.get('sort')),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value) params.set(name, value);
  };
  set('q', filters.q);
  set('party', filters.party);
  set('partner', filters.partner);
  set('kind', filters.kind);
  set('documentType', filters.documentType);
  set('sector', filters.sector);
  set('stage', filters.stage);
  set('year', filters.year);
  set('expiringWithinDays', filters.expiring);
  set('health', filters.health);
  if (filters.own) params.set('own', 'true');
  if (filters.ksbWithoutPks) params.set('ksbWithoutPks', 'true');
  if (filters.awaitingMyConfirmation) params.set('awaitingMyConfirmation', 'true');
  if (filters.acting) params.set('acting', 'true');
  if (filters.expired) params.set('expired', 'true');
  if (filters.deleted) params.set('deleted', 'true');
  set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

function toQuery(filters: Filters): AgreementListQuery {
  return {
    q: filters.q.trim() || undefined,
    party: filters.party || undefined,
    partner: filters.partner || undefined,
    kind: filters.kind || undefined,
    documentType: filters.documentType || undefined,
    sector: filters.sector || undefined,
    stage: filters.stage || undefined,
    year: filters.year ? Number(filters.year) : undefined,
    expiringWithinDays: filters.expiring ? Number(filters.expiring) : undefined,
    health: filters.health || undefined,
    own: filters.own || undefined,
    ksbWithoutPks: filters.ksbWithoutPks || undefined,
    awaitingMyConfirmation: filters.awaitingMyConfirmation || undefined,
    acting: filters.acting || undefined,
    expired: filters.expired || undefined,
    deleted: filters.deleted || undefined,
    sort: filters.sort || undefined,
    page: filters.page,
    pageSize,
  };
}

/** The agreement list: search, filters, sort, paging and CSV export of the same selection. */
export function AgreementsListPage() {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  // A phone gets one card per agreement: six columns do not fit 390 px.
  const narrow = useNarrowScreen();
  const navigate = useNavigate();
  const session = useAgreementSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  usePageTitle(t('agr.title'));

  const advancedActive = Boolean(
    filters.partner || filters.kind || filters.sector || filters.year || filters.expiring || filters.deleted,
  );
  const [showMore, setShowMore] = useState(advancedActive);

  const updateFilters = (changes: Partial<Filters>, options?: { replace?: boolean }) => {
    const next: Filters = { ...filters, page: 1, ...changes };
    setSearchParams(writeFilters(next), { replace: options?.replace ?? false });
  };

  const [input, setInput] = useState(filters.q);
  const [committedQ, setCommittedQ] = useState(filters.q);
  const [syncedQ, setSyncedQ] = useState(filters.q);
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    if (filters.q !== committedQ) setInput(filters.q);
  }
  const commitSearch = useDebouncedCallback((value: string) => {
    setCommittedQ(value);
    updateFilters({ q: value }, { replace: true });
  }, 300);

  const query = toQuery(filters);
  const invalidate = useInvalidate();
  const agreements = useApiQuery(['agreements', query], (signal) => listAgreements(query, signal));
  const shown = agreements.data ?? (agreements.loading ? agreements.lastData : undefined);
  const totalPages = shown ? Math.max(1, Math.ceil(shown.total / pageSize)) : 1;
  const filterCount = activeFilterCount(searchParams, ['sort']);
  const hasFilters = filterCount > 0;

  const clearAll = () => {
    setInput('');
    commitSearch.cancel();
    setCommittedQ('');
    setSearchParams(new URLSearchParams());
  };

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    void navigate(`/kerja-sama/${id}`);
  };

  const dateText = (date: string | null) => (date ? formatDate(date) : t('agr.noDate'));
  const partiesCell = (item: AgreementListItemDto) => (
    <Stack gap={2}>
      <Text size="sm">{item.parties.map((party) => party.name).join(' · ')}</Text>
      <ConfirmationText confirmations={item.confirmations} />
    </Stack>
  );
  const titleCell = (item: AgreementListItemDto) => (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <DocumentTypeBadge type={item.documentType} mt={2} />
        <Anchor component={Link} to={`/kerja-sama/${item.id}`} fw={500} lineClamp={2}>
          {item.title}
        </Anchor>
      </Group>
      <Group gap={6}>
        {item.actingSignatory && <ActingBadge size="xs" />}
        {item.deletedAt && (
          <Group gap={6}>
            <Text span size="xs" c="red">
              {t('agr.deleted')}
            </Text>
            {session.can('agreement:restore') && (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => {
                  void restoreAgreement(item.id).then(() =>
                    invalidate(['agreements'], ['agreement', item.id]),
                  );
                }}
                data-testid="agreement-restore"
              >
                {t('agr.detail.restore')}
              </Button>
            )}
          </Group>
        )}
        {item.sectors.length > 0 && (
          <Text span size="xs" c="dimmed" lineClamp={1}>
            {item.sectors.slice(0, 3).map(sectorLabel).join(', ')}
            {item.sectors.length > 3 ? ` +${item.sectors.length - 3}` : ''}
          </Text>
        )}
      </Group>
    </Stack>
  );

  const anyOption = { value: '', label: t('agr.filter.any') };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={1}>{t('agr.title')}</Title>
          <Text c="dimmed" data-testid="agreements-intro">
            {session.loading ? '\u00a0' : t(listIntroKey(session.user))}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component="a"
            href={agreementsCsvUrl(query)}
            variant="default"
            data-testid="agreements-csv"
            download
          >
            {t('agr.csv')}
          </Button>
          {session.can('agreement:create') && (
            <Button component={Link} to="/kerja-sama/baru" data-testid="agreement-new">
              {t('agr.new')}
            </Button>
          )}
        </Group>
      </Group>

      {!session.loading && !session.user && (
        <Text size="sm" c="dimmed" data-testid="agreements-login-hint">
          {t('agr.loginNeeded')}
        </Text>
      )}

      <FilterPanel active={filterCount}>
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
            placeholder={t('agr.search.placeholder')}
            aria-label={t('agr.search.label')}
            data-testid="agreement-search"
            size="md"
            type="search"
            rightSection={
              input ? (
                <CloseButton
                  aria-label={t('agr.search.clear')}
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
          <ListScopeBadges
            own={filters.own}
            ksbWithoutPks={filters.ksbWithoutPks}
            awaitingMyConfirmation={filters.awaitingMyConfirmation}
            onRemove={(flag) => updateFilters({ [flag]: false })}
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
            <RegionSelect
              label={t('agr.filter.party')}
              placeholder={t('agr.filter.regionSearch')}
              value={filters.party || null}
              onChange={(value) => updateFilters({ party: value ?? '' })}
              clearable
              data-testid="filter-party"
            />
            <Select
              label={t('agr.filter.documentType')}
              data={[
                anyOption,
                ...documentTypes.map((type) => ({
                  value: type,
                  label: `${documentTypeLabels[type].short} · ${label(documentTypeLabels[type])}`,
                })),
              ]}
              value={filters.documentType}
              onChange={(value) => updateFilters({ documentType: pick(documentTypes, value) })}
              allowDeselect={false}
              data-testid="filter-documentType"
            />
            <Select
              label={t('agr.filter.stage')}
              data={[
                anyOption,
                ...stages.map((stage) => ({ value: stage, label: label(stageLabels[stage]) })),
              ]}
              value={filters.stage}
              onChange={(value) => updateFilters({ stage: pick(stages, value) })}
              allowDeselect={false}
              data-testid="filter-stage"
            />
            <Select
              label={t('agr.filter.health')}
              data={[
                anyOption,
                ...healthStates.map((health) => ({ value: health, label: t(`health.${health}`) })),
              ]}
              value={filters.health}
              onChange={(value) => updateFilters({ health: pick(healthStates, value) })}
              allowDeselect={false}
              data-testid="filter-health"
            />
            <Select
              label={t('agr.sort.label')}
              data={sorts.map((sort) => ({ value: sort, label: t(`agr.sort.${sort}`) }))}
              value={filters.sort || (filters.q ? 'relevance' : '-signingDate')}
              onChange={(value) => updateFilters({ sort: pick(sorts, value) })}
              allowDeselect={false}
              data-testid="agreement-sort"
            />
          </SimpleGrid>
          <Collapse expanded={showMore}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" pb="xs">
              <RegionSelect
                label={t('agr.filter.partner')}
                placeholder={t('agr.filter.regionSearch')}
                value={filters.partner || null}
                onChange={(value) => updateFilters({ partner: value ?? '' })}
                clearable
                data-testid="filter-partner"
              />
              <Select
                label={t('agr.filter.kind')}
                data={[
                  anyOption,
                  ...cooperationKinds.map((kind) => ({
                    value: kind,
                    label: `${cooperationKindLabels[kind].short} · ${label(cooperationKindLabels[kind])}`,
                  })),
                ]}
                value={filters.kind}
                onChange={(value) => updateFilters({ kind: pick(cooperationKinds, value) })}
                allowDeselect={false}
                data-testid="filter-kind"
              />
              <Select
                label={t('agr.filter.sector')}
                data={[
                  anyOption,
                  ...sectorKeys
                    .map((key) => ({ value: key, label: sectorLabel(key) }))
                    .sort((a, b) => a.label.localeCompare(b.label)),
                ]}
                value={filters.sector}
                onChange={(value) => updateFilters({ sector: pick(sectorKeys, value) })}
                searchable
                allowDeselect={false}
                data-testid="filter-sector"
              />
              {/* Each in its own cell: side by side in one cell, their long labels ran into each other. */}
              <NumberInput
                label={t('agr.filter.year')}
                value={filters.year}
                onChange={(value) => updateFilters({ year: value === '' ? '' : String(value) })}
                min={1945}
                max={2100}
                hideControls
                data-testid="filter-year"
              />
              <NumberInput
                label={t('agr.filter.expiring')}
                value={filters.expiring}
                onChange={(value) => updateFilters({ expiring: value === '' ? '' : String(value) })}
                min={0}
                max={3650}
                hideControls
                data-testid="filter-expiring"
              />
            </SimpleGrid>
          </Collapse>
          <Group justify="space-between" gap="sm">
            <Group gap="lg">
              <Checkbox
                label={t('agr.filter.acting')}
                checked={filters.acting}
                onChange={(event) => updateFilters({ acting: event.currentTarget.checked })}
                data-testid="filter-acting"
              />
              <Checkbox
                label={t('agr.filter.expired')}
                checked={filters.expired}
                onChange={(event) => updateFilters({ expired: event.currentTarget.checked })}
                data-testid="filter-expired"
              />
              {session.can('agreement:restore') && (
                <Checkbox
                  label={t('agr.filter.deleted')}
                  checked={filters.deleted}
                  onChange={(event) => updateFilters({ deleted: event.currentTarget.checked })}
                  data-testid="filter-deleted"
                />
              )}
            </Group>
            <Group gap="xs">
              {hasFilters && (
                <Button
                  variant="subtle"
                  color="gray"
                  size="compact-sm"
                  onClick={clearAll}
                  data-testid="filter-clear"
                >
                  {t('agr.clearFilters')}
                </Button>
              )}
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setShowMore((open) => !open)}
                aria-expanded={showMore}
                data-testid="filter-more"
              >
                {showMore ? t('agr.filter.fewer') : t('agr.filter.more')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </FilterPanel>

      {agreements.error && <ApiErrorAlert error={agreements.error} />}

      {!agreements.error && (
        <Stack gap="sm">
          <Group justify="space-between" align="center" mih={28}>
            <Group gap="xs">
              {shown ? (
                <Text fw={600} data-testid="agreement-total">
                  {t('agr.total', { count: shown.total })}
                </Text>
              ) : (
                <Skeleton h={20} w={120} />
              )}
              {agreements.loading && <Loader size="xs" aria-label={t('common.loading')} />}
            </Group>
            {shown && shown.total > 0 && (
              <Text size="sm" c="dimmed">
                {t('agr.pageInfo', { page: filters.page, pages: totalPages })}
              </Text>
            )}
          </Group>

          {!shown && (
            <Paper withBorder p="md">
              <Stack gap="sm">
                {Array.from({ length: 6 }, (_, index) => (
                  <Skeleton key={index} h={40} />
                ))}
              </Stack>
            </Paper>
          )}

          {shown && shown.items.length === 0 && (
            <Paper withBorder p="xl" data-testid="agreement-empty">
              <Stack align="center" gap="xs">
                <Text fw={600}>{hasFilters ? t('agr.empty.title') : t('agr.empty.none')}</Text>
                {hasFilters && (
                  <>
                    <Text size="sm" c="dimmed">
                      {t('agr.empty.hint')}
                    </Text>
                    <Button variant="light" mt="xs" onClick={clearAll}>
                      {t('agr.clearFilters')}
                    </Button>
                  </>
                )}
                {!hasFilters && session.can('agreement:create') && (
                  <Button component={Link} to="/kerja-sama/baru" variant="light" mt="xs">
                    {t('agr.new')}
                  </Button>
                )}
              </Stack>
            </Paper>
          )}

          {shown && shown.items.length > 0 && narrow && (
            <Stack gap="xs" style={{ opacity: agreements.loading ? 0.6 : 1 }} data-layout="cards">
              {shown.items.map((item) => (
                <Paper key={item.id} withBorder p="sm" data-testid="agreement-row" data-id={item.id}>
                  <Stack gap={6}>
                    {titleCell(item)}
                    {partiesCell(item)}
                    <SimpleGrid cols={2} spacing="xs">
                      <div>
                        <Text size="xs" c="dimmed" fw={600}>
                          {t('agr.col.signed')}
                        </Text>
                        <Text size="sm">{dateText(item.signingDate)}</Text>
                      </div>
                      <div data-testid="agreement-ends">
                        <Text size="xs" c="dimmed" fw={600}>
                          {t('agr.col.ends')}
                        </Text>
                        <Text size="sm">{dateText(item.validUntil)}</Text>
                      </div>
                    </SimpleGrid>
                    <Group gap={6} wrap="wrap">
                      <StatusBadge status={item.effectiveStatus} />
                      <HealthBadge health={item.health} reasons={item.healthReasons} />
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )}

          {shown && shown.items.length > 0 && !narrow && (
            <Paper withBorder style={{ overflow: 'hidden', opacity: agreements.loading ? 0.6 : 1 }}>
              <Table.ScrollContainer minWidth={760}>
                <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>{t('agr.col.title')}</Table.Th>
                      <Table.Th>{t('agr.col.parties')}</Table.Th>
                      <Table.Th w={150}>{t('agr.col.signed')}</Table.Th>
                      <Table.Th w={150}>{t('agr.col.ends')}</Table.Th>
                      <Table.Th w={190}>{t('agr.col.status')}</Table.Th>
                      <Table.Th w={150}>{t('agr.col.health')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.items.map((item) => (
                      <Table.Tr
                        key={item.id}
                        className="region-row"
                        data-testid="agreement-row"
                        data-id={item.id}
                        onClick={(event) => openRow(event, item.id)}
                        style={{ cursor: 'pointer' }}
                      >
                        <Table.Td>{titleCell(item)}</Table.Td>
                        <Table.Td>{partiesCell(item)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c={item.signingDate ? undefined : 'dimmed'}>
                            {dateText(item.signingDate)}
                          </Text>
                        </Table.Td>
                        <Table.Td data-testid="agreement-ends">
                          <Text size="sm" c={item.validUntil ? undefined : 'dimmed'}>
                            {dateText(item.validUntil)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={item.effectiveStatus} />
                        </Table.Td>
                        <Table.Td>
                          <HealthBadge health={item.health} reasons={item.healthReasons} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}

          {shown && totalPages > 1 && (
            <Pagination
              w="100%"
              mt="xs"
              style={{ display: 'flex', justifyContent: 'center' }}
              total={totalPages}
              value={Math.min(filters.page, totalPages)}
              onChange={(page) => {
                updateFilters({ page });
                window.scrollTo({ top: 0 });
              }}
              aria-label={t('agr.pagination')}
              data-testid="agreement-pagination"
              siblings={1}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
