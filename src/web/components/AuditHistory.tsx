import { Anchor, Badge, Group, Loader, Pagination, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { labelIn } from '../../domain/agreements';
import { isSectorKey, sectorLabel } from '../../domain/taxonomy/sectors';
import { Link } from 'react-router-dom';
import { listAudit, type AuditEntryDto, type AuditQuery } from '../api/audit';
import { auditFamily } from '../api/query-client';
import { useApiQuery } from '../api/use-api-query';
import { useLang, useT, type Translate } from '../i18n/context';
import { isMessageKey } from '../i18n/translate';
import { useFormatDate } from '../i18n/use-format';
import { ApiErrorAlert } from './ApiErrorAlert';
import { RecordTable, type RecordColumn } from './RecordTable';
import { auditNote, fieldLabel, formatAuditValue, hiddenFields, type AuditFormat } from './audit-format';

/** The filters of an audit listing; paging is the component's own. */
export type AuditFilter = Omit<AuditQuery, 'page' | 'pageSize'>;

/** An action in words ("Pengguna dibuat"), or its code when the UI does not know it yet. */
export function auditActionLabel(t: Translate, action: string): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** A record type in words ("Pengguna"), or its code. */
export function auditEntityLabel(t: Translate, entityType: string): string {
  const key = `audit.entity.${entityType}`;
  return isMessageKey(key) ? t(key) : entityType;
}

/** The formatters of stored values in the reader's language and time zone. */
function useAuditFormat(): AuditFormat {
  const t = useT();
  const { lang, formatNumber } = useLang();
  const dates = useFormatDate();
  return useMemo(
    () => ({
      t,
      label: (label) => labelIn(label, lang),
      sectorLabel: (key) => (isSectorKey(key) ? sectorLabel(key, lang) : key),
      dateTime: dates.dateTime,
      date: dates.date,
      number: formatNumber,
    }),
    [t, lang, dates, formatNumber],
  );
}

type FieldChange = { field: string; from: unknown; to: unknown };

/** Reads `{field: {from, to}}`; any other shape yields no rows rather than a crash. */
function fieldChanges(changes: unknown): FieldChange[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([field, change]) =>
    !hiddenFields.has(field) &&
    typeof change === 'object' &&
    change !== null &&
    ('from' in change || 'to' in change)
      ? [{ field, from: (change as { from?: unknown }).from, to: (change as { to?: unknown }).to }]
      : [],
  );
}

/** A created record lists every field; beyond this many the rest fold away behind a button. */
const foldAfter = 6;

/** The changes of one entry, folded when long. */
function ChangeList({
  changes,
  note,
  referenceNames,
}: {
  changes: FieldChange[];
  note: string | null;
  referenceNames: Readonly<Record<string, string>>;
}) {
  const t = useT();
  const format = { ...useAuditFormat(), referenceNames };
  const [open, setOpen] = useState(false);
  const shown = open ? changes : changes.slice(0, foldAfter);
  return (
    <Stack gap={2}>
      {shown.map((change) => (
        <Text key={change.field} size="xs" style={{ wordBreak: 'break-word' }}>
          <Text span fw={600} size="xs">
            {fieldLabel(t, change.field)}
          </Text>
          {': '}
          {/* A created record has no "from"; show only what it became. */}
          {change.from !== undefined && change.from !== null && (
            <>
              <Text span c="dimmed" size="xs" td="line-through">
                {formatAuditValue(format, change.from, change.field)}
              </Text>
              {' → '}
            </>
          )}
          {formatAuditValue(format, change.to, change.field)}
        </Text>
      ))}
      {changes.length > foldAfter && (
        <Anchor component="button" type="button" size="xs" ta="left" onClick={() => setOpen(!open)}>
          {open ? t('audit.showLess') : t('audit.showAll', { count: changes.length })}
        </Anchor>
      )}
      {auditNote(t, note) && (
        <Text size="xs" c="dimmed" fs="italic">
          {auditNote(t, note)}
        </Text>
      )}
    </Stack>
  );
}

/** Where a record of the audit trail can be opened in the UI, when it can. */
function entityLink(entry: AuditEntryDto): string | undefined {
  if (entry.entityType === 'user') return `/admin/pengguna/${entry.entityId}`;
  if (entry.entityType === 'agreement') return `/kerja-sama/${entry.entityId}`;
  if (entry.entityType === 'program') return `/program/${entry.entityId}`;
  if (entry.entityType === 'visit') return `/kunjungan/${entry.entityId}`;
  if (entry.entityType === 'meeting') return `/pertemuan/${entry.entityId}`;
  if (entry.entityType === 'action') return `/tindak-lanjut/${entry.entityId}`;
  if (entry.entityType === 'evaluation') return `/evaluasi/${entry.entityId}`;
  return undefined;
}

/** The columns of the audit trail: when, who, what, on which record (optional) and the changes. */
function auditColumns(
  t: Translate,
  format: ReturnType<typeof useFormatDate>,
  showEntity: boolean,
): RecordColumn<AuditEntryDto>[] {
  const columns: RecordColumn<AuditEntryDto>[] = [
    {
      header: t('audit.col.at'),
      width: 170,
      cell: (entry) => <Text size="sm">{format.dateTime(entry.at)}</Text>,
    },
    {
      header: t('audit.col.actor'),
      cell: (entry) => (
        <>
          <Text size="sm" fw={500}>
            {entry.actorName ?? t('audit.system')}
          </Text>
          {entry.actorIp && (
            <Text size="xs" c="dimmed">
              {entry.actorIp}
            </Text>
          )}
        </>
      ),
    },
    {
      header: t('audit.col.action'),
      cell: (entry) => (
        <Badge variant="light" color="gray" tt="none" miw="max-content">
          {auditActionLabel(t, entry.action)}
        </Badge>
      ),
    },
    ...(showEntity
      ? [{ header: t('audit.col.entity'), cell: (entry: AuditEntryDto) => <AuditEntity entry={entry} /> }]
      : []),
    {
      header: t('audit.col.changes'),
      cell: (entry) => {
        const changes = fieldChanges(entry.changes);
        return changes.length === 0 && !entry.note ? (
          <Text size="sm" c="dimmed">
            {t('audit.noChanges')}
          </Text>
        ) : (
          <ChangeList changes={changes} note={entry.note} referenceNames={entry.referenceNames} />
        );
      },
    },
  ];
  return columns;
}

/** The record an entry is about: its type, and its title as a link when the UI can open it. */
function AuditEntity({ entry }: { entry: AuditEntryDto }) {
  const t = useT();
  const link = entityLink(entry);
  // The record's title; its id only when it has none (a session, a token).
  const name = entry.entityTitle ?? entry.entityId.slice(0, 8);
  const family = entry.entityTitle ? undefined : 'monospace';
  return (
    <>
      <Text size="sm">{auditEntityLabel(t, entry.entityType)}</Text>
      {link ? (
        <Anchor component={Link} to={link} size="xs" ff={family}>
          {name}
        </Anchor>
      ) : (
        <Text size="xs" c="dimmed" ff={family}>
          {name}
        </Text>
      )}
    </>
  );
}

/**
 * A paged list of audit entries matching `filter`, newest first. Used by the audit page, a user's
 * activity and {@link AuditHistory}. `showEntity` adds the record column (off for one record's history).
 */
export function AuditTrail({
  filter,
  pageSize = 20,
  showEntity = true,
  emptyText,
  testId = 'audit-trail',
}: {
  filter: AuditFilter;
  pageSize?: number;
  showEntity?: boolean;
  emptyText?: string;
  testId?: string;
}) {
  const t = useT();
  const format = useFormatDate();
  const [page, setPage] = useState(1);
  const [pageFilterKey, setPageFilterKey] = useState(JSON.stringify(filter));
  const filterKey = JSON.stringify(filter);
  if (filterKey !== pageFilterKey) {
    // New filters start again from the first page.
    setPageFilterKey(filterKey);
    setPage(1);
  }
  const query: AuditQuery = { ...filter, page, pageSize };
  const entries = useApiQuery([...auditFamily, query], (signal) => listAudit(query, signal));
  const shown = entries.data ?? (entries.loading ? entries.lastData : undefined);
  const totalPages = shown ? Math.max(1, Math.ceil(shown.total / pageSize)) : 1;

  if (entries.error) return <ApiErrorAlert error={entries.error} />;
  if (!shown) {
    return (
      <Paper withBorder p="md">
        <Stack gap="sm">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} h={22} />
          ))}
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="sm" data-testid={testId}>
      <Group gap="xs" mih={24}>
        <Text size="sm" fw={600} data-testid={`${testId}-total`}>
          {t('audit.total', { count: shown.total })}
        </Text>
        {entries.loading && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {shown.items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text size="sm" c="dimmed" ta="center">
            {emptyText ?? t('audit.empty.none')}
          </Text>
        </Paper>
      ) : (
        <RecordTable
          records={shown.items}
          rowKey={(entry) => String(entry.id)}
          rowProps={(entry) => ({ 'data-testid': 'audit-row', 'data-action': entry.action })}
          columns={auditColumns(t, format, showEntity)}
          minWidth={showEntity ? 720 : 520}
          dimmed={entries.loading}
        />
      )}
      {totalPages > 1 && (
        <Pagination
          total={totalPages}
          value={Math.min(page, totalPages)}
          onChange={setPage}
          aria-label={t('audit.pagination')}
          style={{ display: 'flex', justifyContent: 'center' }}
          siblings={1}
        />
      )}
    </Stack>
  );
}

/**
 * The change history of one record ("Riwayat perubahan"): who did what to it, and when. Agreement
 * pages, user pages and others reuse it with their own entity type and id.
 */
export function AuditHistory({
  entityType,
  entityId,
  title,
  pageSize = 10,
}: {
  entityType: string;
  entityId: string;
  title?: string;
  pageSize?: number;
}) {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="audit-history">
      <Title order={2} size="h4">
        {title ?? t('audit.history.title')}
      </Title>
      <AuditTrail
        filter={{ entityType, entityId }}
        pageSize={pageSize}
        showEntity={false}
        emptyText={t('audit.history.empty')}
        testId="audit-history-trail"
      />
    </Stack>
  );
}
