import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { UserDto } from '../../api/auth';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { listUsers } from '../../api/users';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { roles, type Role } from '../../auth/roles';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ListEmptyState } from '../../components/EmptyState';
import { FilterPanel } from '../../components/FilterPanel';
import { activeFilterCount } from '../../components/filter-count';
import { PageHeader } from '../../components/PageHeader';
import { RecordTable } from '../../components/RecordTable';
import { RegionName, RegionSelect, useRegionName } from '../../components/RegionSelect';
import { RoleBadge } from '../../components/RoleBadge';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';
import { CreatedNotice, CreateUserDialog } from './UserForm';

const pageSize = 20;
const searchDelayMs = 300;

type Filters = { q: string; role: Role | ''; region: string; page: number };

function readFilters(params: URLSearchParams): Filters {
  const role = params.get('role');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: params.get('q') ?? '',
    role: roles.find((known) => known === role) ?? '',
    region: params.get('region') ?? '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.role) params.set('role', filters.role);
  if (filters.region) params.set('region', filters.region);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** /admin/pengguna: the users an administrator manages. */
export function UsersPage() {
  return (
    <RequireAuth permission="user:read">
      <Users />
    </RequireAuth>
  );
}

function Users() {
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const format = useFormatDate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const isSystemAdmin = auth.user?.role === 'system_admin';
  const ownRegion = useRegionName(auth.user?.regionCode);
  usePageTitle(t('users.title'));

  const [creating, setCreating] = useState(false);
  const [createdName, setCreatedName] = useState<string | undefined>(undefined);
  const invalidate = useInvalidate();

  const updateFilters = (changes: Partial<Filters>, options?: { replace?: boolean }) => {
    setSearchParams(writeFilters({ ...filters, page: 1, ...changes }), {
      replace: options?.replace ?? false,
    });
  };

  const [input, setInput] = useState(filters.q);
  const commitSearch = useDebouncedCallback((value: string) => {
    updateFilters({ q: value }, { replace: true });
  }, searchDelayMs);

  const apiQuery = {
    q: filters.q.trim() || undefined,
    role: filters.role || undefined,
    regionCode: isSystemAdmin ? filters.region || undefined : undefined,
    page: filters.page,
    pageSize,
  };
  const users = useApiQuery(['users', apiQuery], (signal) => listUsers(apiQuery, signal));
  const shown = users.data ?? (users.loading ? users.lastData : undefined);
  const totalPages = shown ? Math.max(1, Math.ceil(shown.total / pageSize)) : 1;
  const filterCount = activeFilterCount(searchParams);

  const openRow = (event: MouseEvent<HTMLTableRowElement>, user: UserDto) => {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(`/admin/pengguna/${user.id}`);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('users.title')}
        intro={isSystemAdmin ? t('users.intro.all') : t('users.intro.region', { region: ownRegion ?? '' })}
        action={
          auth.can('user:manage') && (
            <Button onClick={() => setCreating(true)} data-testid="user-create">
              {t('users.create')}
            </Button>
          )
        }
      />

      {createdName && <CreatedNotice name={createdName} />}

      <FilterPanel active={filterCount}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('users.search.label')}
            placeholder={t('users.search.placeholder')}
            type="search"
            value={input}
            onChange={(event) => {
              setInput(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitSearch.flush();
            }}
            data-testid="users-search"
            style={{ flex: '1 1 240px' }}
          />
          <Select
            label={t('users.filter.role')}
            placeholder={t('users.filter.roleAll')}
            data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            value={filters.role || null}
            onChange={(value) => updateFilters({ role: roles.find((role) => role === value) ?? '' })}
            clearable
            data-testid="users-role-filter"
            w={{ base: '100%', xs: 260 }}
          />
          {isSystemAdmin && (
            <RegionSelect
              label={t('users.filter.region')}
              value={filters.region || null}
              onChange={(code) => updateFilters({ region: code ?? '' })}
              clearable
              data-testid="users-region-filter"
              w={{ base: '100%', xs: 260 }}
            />
          )}
        </Group>
      </FilterPanel>

      {users.error && <ApiErrorAlert error={users.error} />}

      {!users.error && (
        <Stack gap="sm">
          <Group gap="xs" mih={28}>
            {shown ? (
              <Text fw={600} data-testid="users-total">
                {t('users.total', { count: shown.total })}
              </Text>
            ) : (
              <Skeleton h={20} w={120} />
            )}
            {users.loading && <Loader size="xs" aria-label={t('common.loading')} />}
          </Group>

          {!shown && <Skeleton h={200} />}

          {shown && shown.items.length === 0 && (
            <ListEmptyState
              testId="users-empty"
              filtered={filterCount > 0}
              matching={{ title: t('users.empty.title'), hint: t('users.empty.hint') }}
              none={{ title: t('users.empty.none'), hint: t('users.empty.noneHint') }}
              create={
                auth.can('user:manage') && { label: t('users.create'), onClick: () => setCreating(true) }
              }
            />
          )}

          {shown && shown.items.length > 0 && (
            <RecordTable
              records={shown.items}
              rowKey={(user) => user.id}
              rowProps={(user) => ({
                className: 'region-row',
                'data-testid': 'user-row',
                'data-email': user.email,
                onClick: (event) => openRow(event, user),
              })}
              minWidth={640}
              dimmed={users.loading}
              highlightOnHover
              columns={[
                {
                  header: t('users.col.name'),
                  cell: (user) => (
                    <>
                      <Anchor component={Link} to={`/admin/pengguna/${user.id}`} fw={500}>
                        {user.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    </>
                  ),
                },
                { header: t('users.col.role'), cell: (user) => <RoleBadge role={user.role} /> },
                {
                  header: t('users.col.region'),
                  cell: (user) => (
                    <Text size="sm" c={user.regionCode ? undefined : 'dimmed'}>
                      {user.regionCode ? <RegionName code={user.regionCode} /> : t('auth.national')}
                    </Text>
                  ),
                },
                {
                  header: t('users.col.status'),
                  cell: (user) => (
                    <Badge variant="dot" color={user.disabled ? 'red' : 'teal'} tt="none" miw="max-content">
                      {user.disabled ? t('users.status.disabled') : t('users.status.active')}
                    </Badge>
                  ),
                },
                {
                  header: t('users.col.lastLogin'),
                  cell: (user) => (
                    <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                      {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('value.never')}
                    </Text>
                  ),
                },
              ]}
            />
          )}

          {shown && totalPages > 1 && (
            <Pagination
              style={{ display: 'flex', justifyContent: 'center' }}
              total={totalPages}
              value={Math.min(filters.page, totalPages)}
              onChange={(page) => updateFilters({ page })}
              siblings={1}
            />
          )}
        </Stack>
      )}

      <CreateUserDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreatedName(user.name);
          void invalidate(['users']);
        }}
      />
    </Stack>
  );
}
