import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Pagination,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import {
  actionParentTypes,
  actionStatuses,
  type ActionParentType,
  type ActionStatus,
} from '../../../domain/records/kinds';
import { actionsCsvUrl, listActions, type ActionListQuery } from '../../api/actions';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { FilterPanel } from '../../components/FilterPanel';
import { activeFilterCount } from '../../components/filter-count';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';
import { ActionStatusBadge, OverdueBadge, ProgressLine } from './shared';

const pageSize = 20;

function isStatus(value: string | null): value is ActionStatus {
  return (actionStatuses as readonly string[]).includes(value ?? '');
}
function isParentType(value: string | null): value is ActionParentType {
  return (actionParentTypes as readonly string[]).includes(value ?? '');
}

/**
 * Tindak lanjut: the follow-up actions the reader sees, filtered in the URL. An OPD officer starts on
 * "Tugas OPD saya" (their OPD's actions) and may switch to all.
 */
export function ActionsListPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const auth = useAuth();
  usePageTitle(t('act.title'));
  const [params, setParams] = useSearchParams();
  const ownOpd = auth.user?.opdId ?? null;
  const scope = ownOpd && params.get('scope') !== 'all' ? 'mine' : 'all';
  const status = params.get('status');
  const parentType = params.get('parentType');
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query: ActionListQuery = {
    opdId: scope === 'mine' ? (ownOpd ?? undefined) : undefined,
    status: isStatus(status) ? status : undefined,
    parentType: isParentType(parentType) ? parentType : undefined,
    parentId: params.get('parentId') ?? undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    q: params.get('q') ?? undefined,
    page,
    pageSize,
  };
  const key = auth.loading ? null : (['actions', query] as const);
  const result = useApiQuery(key, (signal) => listActions(query, signal));
  const shown = result.data ?? result.lastData;
  const filterCount = activeFilterCount(params, ['scope']);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} size="h2">
            {t('act.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('act.intro')}
          </Text>
        </Stack>
        <Button variant="default" component="a" href={actionsCsvUrl(query)} data-testid="actions-csv">
          {t('act.csv')}
        </Button>
      </Group>

      {ownOpd && (
        <SegmentedControl
          value={scope}
          onChange={(value) => update({ scope: value === 'all' ? 'all' : null })}
          data={[
            { value: 'mine', label: t('act.scope.mine') },
            { value: 'all', label: t('act.scope.all') },
          ]}
          data-testid="actions-scope"
          style={{ alignSelf: 'flex-start' }}
        />
      )}

      <FilterPanel active={filterCount}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <TextInput
            label={t('act.filter.q')}
            defaultValue={query.q ?? ''}
            onChange={(event) => update({ q: event.currentTarget.value })}
            data-testid="actions-q"
          />
          <Select
            label={t('act.filter.status')}
            value={query.status ?? null}
            onChange={(value) => update({ status: value })}
            data={actionStatuses.map((value) => ({ value, label: t(`act.status.${value}`) }))}
            placeholder={t('act.filter.any')}
            clearable
            data-testid="actions-status"
          />
          <Select
            label={t('act.filter.parentType')}
            value={query.parentType ?? null}
            onChange={(value) => update({ parentType: value, parentId: null })}
            data={actionParentTypes.map((value) => ({ value, label: t(`act.parentType.${value}`) }))}
            placeholder={t('act.filter.any')}
            clearable
          />
          <Checkbox
            mt={{ base: 0, md: 30 }}
            label={t('act.filter.overdue')}
            checked={query.overdue === true}
            onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : null })}
            data-testid="actions-overdue"
          />
        </SimpleGrid>
      </FilterPanel>

      {result.error && <ApiErrorAlert error={result.error} />}
      {!shown && !result.error && <Skeleton height={120} />}
      {shown && (
        <Stack gap="sm" data-testid="actions-list" style={{ opacity: result.loading ? 0.6 : 1 }}>
          <Text size="sm" c="dimmed" data-testid="actions-count">
            {t('act.count', { count: shown.total })}
          </Text>
          {shown.items.length === 0 && (
            <Text c="dimmed" data-testid="actions-none">
              {filterCount > 0
                ? t('act.empty')
                : scope === 'mine'
                  ? t('act.empty.mine')
                  : t('act.empty.none')}
            </Text>
          )}
          {shown.items.map((action) => (
            <Paper key={action.id} withBorder p="md" data-testid="actions-row" data-id={action.id}>
              <Stack gap={6}>
                <Group gap={4}>
                  <ActionStatusBadge status={action.status} />
                  {action.overdue && <OverdueBadge />}
                </Group>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/tindak-lanjut/${action.id}`} fw={600}>
                    {action.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`act.parentType.${action.parentType}`)} · {action.opd.name}
                  </Text>
                </Stack>
                <Group gap="md" align="center" wrap="wrap">
                  <Text size="sm" style={{ minWidth: 160 }}>
                    {t('act.col.due')}: {action.dueDate ? formatDate(action.dueDate) : t('act.noDue')}
                  </Text>
                  <div style={{ flex: '1 1 200px' }}>
                    <ProgressLine value={action.progress} label={t('act.col.progress')} />
                  </div>
                </Group>
              </Stack>
            </Paper>
          ))}
          {shown.total > pageSize && (
            <Pagination
              total={Math.ceil(shown.total / pageSize)}
              value={page}
              onChange={(value) => update({ page: String(value) })}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
