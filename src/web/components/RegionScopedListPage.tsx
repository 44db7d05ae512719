import { Button, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ApiError } from '../api/client';
import type { ApiQueryKey } from '../api/query-client';
import { useApiQuery, useInvalidate } from '../api/use-api-query';
import { useAuth } from '../auth/auth-context';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/id';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { EmptyState } from './EmptyState';
import { useRecordDialog, type SaveDialogProps } from './FormModal';
import { PageHeader } from './PageHeader';
import { RecordTable, type RecordAction, type RecordColumn, type RecordRowProps } from './RecordTable';
import { RegionSelect, useRegionName } from './RegionSelect';

/** The region whose records a region-scoped admin page shows. */
export type RegionScope = {
  /** A system admin picks the region (`?region=`); everybody else sees their own. */
  isSystemAdmin: boolean;
  regionCode: string | null;
  regionName: string | undefined;
  setRegionCode: (code: string | null) => void;
};

/** The region the page shows, from the user's account or, for a system admin, from `?region=`. */
export function useRegionScope(): RegionScope {
  const auth = useAuth();
  const isSystemAdmin = auth.user?.role === 'system_admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const regionCode = isSystemAdmin ? searchParams.get('region') : (auth.user?.regionCode ?? null);
  return {
    isSystemAdmin,
    regionCode,
    regionName: useRegionName(regionCode),
    setRegionCode: (code) => setSearchParams(code ? { region: code } : {}),
  };
}

/** A region's records as a page shows them: the last answer stays on screen while the next loads. */
export type RegionRecords<T> = {
  shown: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** The query family of these records, refreshed after each change. */
  family: ApiQueryKey;
};

/** Reads a region's records (nothing before a region is picked); `name` is the query family. */
export function useRegionRecords<T>(
  name: string,
  regionCode: string | null,
  load: (regionCode: string, signal: AbortSignal) => Promise<T>,
): RegionRecords<T> {
  const query = useApiQuery(regionCode ? [name, 'region', regionCode] : null, (signal) =>
    load(regionCode ?? '', signal),
  );
  return {
    shown: query.data ?? (query.loading ? query.lastData : undefined),
    error: query.error,
    loading: query.loading,
    family: [name],
  };
}

/** The messages a region-scoped list page keeps under its prefix (`opd.title`, `opd.empty.hint` ...). */
type ListMessage =
  | 'title'
  | 'intro'
  | 'introAll'
  | 'create'
  | 'pickRegion'
  | 'total'
  | 'empty.title'
  | 'empty.hint'
  | 'col.actions';

type PrefixWithListMessages<Key> = Key extends `${infer Prefix}.title`
  ? `${Prefix}.${ListMessage}` extends MessageKey
    ? Prefix
    : never
  : never;

/** The prefixes under which the dictionaries hold every {@link ListMessage}: `opd`, `officials`. */
export type ListMessagesPrefix = PrefixWithListMessages<MessageKey>;

/**
 * An admin page that manages one region's records (OPD, officials): header with the create button,
 * the region picker for a system admin, the count, and the records' table with Edit and Delete on
 * each row (or an empty state). It opens `editor` to create or edit a record and asks before it
 * deletes one. Its texts are the dictionaries' `<messages>.*`; the test ids of the picker, count and
 * empty state start with `<messages>-`, those of the create button, rows and their buttons with
 * `<recordTestId>-`.
 */
export function RegionScopedListPage<T extends { id: string }>({
  scope,
  messages,
  recordTestId,
  records,
  items,
  columns,
  rowProps,
  minWidth,
  moreActions,
  editor,
  remove,
  deleteMessage,
  dialogs,
}: {
  scope: RegionScope;
  messages: ListMessagesPrefix;
  recordTestId: string;
  records: RegionRecords<unknown>;
  /** The records in the order the table shows them. */
  items: readonly T[];
  columns: readonly RecordColumn<T>[];
  rowProps?: (record: T) => RecordRowProps;
  /** Below this width (px) the table scrolls sideways. */
  minWidth: number;
  /** Row buttons between Edit and Delete. */
  moreActions?: (record: T) => RecordAction[];
  /** The create (no record) or edit dialog, for the region the page shows. */
  editor: (record: T | undefined, regionCode: string, dialog: SaveDialogProps) => ReactNode;
  remove: (record: T) => Promise<unknown>;
  /** The question before deleting, naming the record. */
  deleteMessage: (record: T) => string;
  /** More dialogs of the page, opened by `moreActions`. */
  dialogs?: ReactNode;
}) {
  const t = useT();
  const { regionCode, regionName } = scope;
  const editing = useRecordDialog<T | 'new'>(records.family);
  const deleting = useRecordDialog<T>(records.family);
  const invalidate = useInvalidate();
  const count = items.length;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t(`${messages}.title`)}
        titleTestId={`${messages}-title`}
        intro={regionName ? t(`${messages}.intro`, { region: regionName }) : t(`${messages}.introAll`)}
        action={
          regionCode && (
            <Button onClick={() => editing.open('new')} data-testid={`${recordTestId}-create`}>
              {t(`${messages}.create`)}
            </Button>
          )
        }
      />

      {scope.isSystemAdmin && (
        <Paper withBorder p={{ base: 'sm', xs: 'md' }}>
          <RegionSelect
            label={t('form.region')}
            value={regionCode}
            onChange={scope.setRegionCode}
            data-testid={`${messages}-region`}
            w={{ base: '100%', xs: 360 }}
          />
        </Paper>
      )}

      {!regionCode && (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t(`${messages}.pickRegion`)}
          </Text>
        </Paper>
      )}

      {records.error && <ApiErrorAlert error={records.error} />}
      {regionCode && records.shown === undefined && !records.error && <Skeleton h={160} />}

      {regionCode && records.shown !== undefined && (
        <Stack gap="sm">
          <Text fw={600} data-testid={`${messages}-total`}>
            {t(`${messages}.total`, { count })}
          </Text>
          {count === 0 ? (
            <EmptyState
              title={t(`${messages}.empty.title`)}
              hint={t(`${messages}.empty.hint`)}
              testId={`${messages}-empty`}
            />
          ) : (
            <RecordTable
              records={items}
              rowKey={(record) => record.id}
              rowProps={(record) => ({ 'data-testid': `${recordTestId}-row`, ...rowProps?.(record) })}
              columns={columns}
              minWidth={minWidth}
              dimmed={records.loading}
              actionsHeader={t(`${messages}.col.actions`)}
              actions={(record) => [
                {
                  label: t('action.edit'),
                  onClick: () => editing.open(record),
                  testId: `${recordTestId}-edit`,
                },
                ...(moreActions?.(record) ?? []),
                {
                  label: t('action.delete'),
                  onClick: () => deleting.open(record),
                  testId: `${recordTestId}-delete`,
                  color: 'red',
                },
              ]}
            />
          )}
        </Stack>
      )}

      {regionCode && editing.record !== undefined && (
        <Fragment key={editing.record === 'new' ? 'new' : editing.record.id}>
          {editor(editing.record === 'new' ? undefined : editing.record, regionCode, editing.props)}
        </Fragment>
      )}
      <ConfirmDeleteDialog
        record={deleting.record}
        message={deleteMessage}
        remove={remove}
        onClose={deleting.close}
        onDeleted={() => void invalidate(records.family)}
      />
      {dialogs}
    </Stack>
  );
}
