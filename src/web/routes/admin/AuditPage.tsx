import { Button, Group, Select, Stack } from '@mantine/core';
import { auditActionGroups, type AuditActionGroup } from '../../../domain/audit';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { listUsers } from '../../api/users';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { AuditTrail, auditActionLabel, type AuditFilter } from '../../components/AuditHistory';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { FilterPanel } from '../../components/FilterPanel';
import { activeFilterCount } from '../../components/filter-count';
import { DateField } from '../../components/DateField';

/** Actions by group, from the domain's list; the group's value is the prefix that matches all of them. */
const actionGroups = (Object.entries(auditActionGroups) as [AuditActionGroup, readonly string[]][]).map(
  ([group, actions]) => ({ prefix: `${group}.`, label: `audit.group.${group}` as const, actions }),
);

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** /admin/audit: the audit trail of the regions the user oversees, filtered by date, action and actor. */
export function AuditPage() {
  return (
    <RequireAuth permission="audit:read">
      <Audit />
    </RequireAuth>
  );
}

function Audit() {
  const t = useT();
  const auth = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  usePageTitle(t('audit.title'));

  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const filter: AuditFilter = {
    from: isDate(from) ? from : undefined,
    to: isDate(to) ? to : undefined,
    action: searchParams.get('action') || undefined,
    userId: searchParams.get('user') || undefined,
  };
  const hasFilters = Object.values(filter).some(Boolean);
  const filterCount = activeFilterCount(searchParams);

  const update = (name: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };

  const canListUsers = auth.can('user:read');
  const users = useApiQuery(canListUsers ? ['users', 'audit'] : null, (signal) =>
    listUsers({ pageSize: 100 }, signal),
  );
  const userOptions = useMemo(
    () =>
      (users.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.name} (${user.email})` })),
    [users.data],
  );

  const actionOptions = actionGroups.map((group) => ({
    group: t(group.label),
    items: [
      { value: group.prefix, label: `${t(group.label)}: ${t('audit.filter.actionAll').toLowerCase()}` },
      ...group.actions.map((action) => ({ value: action, label: auditActionLabel(t, action) })),
    ],
  }));

  return (
    <Stack gap="lg">
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} titleTestId="audit-title" />

      <FilterPanel active={filterCount}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <DateField
            label={t('audit.filter.from')}
            value={filter.from ?? ''}
            onChange={(value) => update('from', value)}
            max={filter.to}
            data-testid="audit-from"
            w={{ base: '100%', xs: 170 }}
          />
          <DateField
            label={t('audit.filter.to')}
            value={filter.to ?? ''}
            onChange={(value) => update('to', value)}
            min={filter.from}
            data-testid="audit-to"
            w={{ base: '100%', xs: 170 }}
          />
          <Select
            label={t('audit.filter.action')}
            placeholder={t('audit.filter.actionAll')}
            data={actionOptions}
            value={filter.action ?? null}
            onChange={(value) => update('action', value)}
            clearable
            searchable
            data-testid="audit-action"
            w={{ base: '100%', xs: 280 }}
          />
          {canListUsers && (
            <Select
              label={t('audit.filter.user')}
              placeholder={t('audit.filter.userAll')}
              data={userOptions}
              value={filter.userId ?? null}
              onChange={(value) => update('user', value)}
              clearable
              searchable
              data-testid="audit-user"
              w={{ base: '100%', xs: 300 }}
            />
          )}
          {hasFilters && (
            <Button
              variant="subtle"
              onClick={() => setSearchParams(new URLSearchParams(), { replace: true })}
            >
              {t('audit.filter.clear')}
            </Button>
          )}
        </Group>
      </FilterPanel>

      <AuditTrail
        filter={filter}
        pageSize={25}
        testId="audit-list"
        emptyText={hasFilters ? t('audit.empty') : undefined}
      />
    </Stack>
  );
}
