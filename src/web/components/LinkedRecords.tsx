import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { RecordType } from '../../domain/records/kinds';
import { listAgreements } from '../api/agreements';
import { createLink, deleteLink, listLinks } from '../api/links';
import { useApiQuery, useInvalidate } from '../api/use-api-query';
import { listVisits } from '../api/visits';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/id';
import { apiErrorMessage } from '../i18n/api-errors';
import { useFormatDate } from '../i18n/use-format';
import { ApiErrorAlert } from './ApiErrorAlert';
import { FormErrorAlert } from './FormErrorAlert';

/** The page of a record of each type (the paths every record feature uses). */
export const recordPath: Record<RecordType, (id: string) => string> = {
  agreement: (id) => `/kerja-sama/${id}`,
  visit: (id) => `/kunjungan/${id}`,
  meeting: (id) => `/pertemuan/${id}`,
  action: (id) => `/tindak-lanjut/${id}`,
  program: (id) => `/program/${id}`,
};

const typeLabel: Record<RecordType, MessageKey> = {
  agreement: 'links.type.agreement',
  visit: 'links.type.visit',
  meeting: 'links.type.meeting',
  action: 'links.type.action',
  program: 'links.type.program',
};

/** Record types a user can search for here, with the list endpoint that finds them by words. */
const searchable = ['agreement', 'visit'] as const;
type SearchableType = (typeof searchable)[number];

async function searchRecords(type: SearchableType, q: string, signal: AbortSignal) {
  if (type === 'agreement') {
    const page = await listAgreements({ q, pageSize: 8 }, signal);
    return page.items.map((item) => ({ id: item.id, title: item.title, date: item.signingDate }));
  }
  const page = await listVisits({ q, pageSize: 8 }, signal);
  return page.items.map((item) => ({ id: item.id, title: item.title, date: item.startDate }));
}

/**
 * "Catatan terkait": the records linked to this one, both ways (a visit and the KSB it led to), each
 * shown only when the reader may read it. Who may change the record links another one found by
 * searching, or removes a link.
 */
export function LinkedRecords({ type, id }: { type: RecordType; id: string }) {
  const t = useT();
  const { date } = useFormatDate();
  const invalidate = useInvalidate();
  const links = useApiQuery(['links', type, id], (signal) => listLinks(type, id, signal));
  const [adding, setAdding] = useState(false);
  const [searchType, setSearchType] = useState<SearchableType>(type === 'agreement' ? 'visit' : 'agreement');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const results = useApiQuery(adding && query ? ['link-search', searchType, query] : null, (signal) =>
    searchRecords(searchType, query, signal),
  );
  const [error, setError] = useState<unknown>(undefined);
  const data = links.data ?? links.lastData;
  const linkedIds = new Set((data?.items ?? []).map((item) => `${item.type}:${item.id}`));

  const run = (action: Promise<unknown>) => {
    setError(undefined);
    action.then(
      // A link shows on the pages of both records: the whole family is refreshed.
      () => invalidate(['links']),
      (cause: unknown) => setError(cause),
    );
  };

  return (
    <Paper withBorder p={{ base: 'sm', xs: 'lg' }} data-testid="linked-records">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4">
            {t('links.title')}
          </Title>
          {data?.mayLink && !adding && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setAdding(true)}
              data-testid="linked-records-add"
            >
              {t('links.add')}
            </Button>
          )}
        </Group>
        {links.error && <ApiErrorAlert error={links.error} />}
        {data && data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('links.empty')}
          </Text>
        )}
        {data?.items.map((item) => (
          <Group key={item.linkId} justify="space-between" wrap="nowrap" gap="sm" data-testid="linked-record">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" size="sm">
                  {t(typeLabel[item.type])}
                </Badge>
                {item.date && (
                  <Text size="xs" c="dimmed">
                    {date(item.date)}
                  </Text>
                )}
              </Group>
              <Anchor component={Link} to={recordPath[item.type](item.id)} size="sm">
                {item.title}
              </Anchor>
            </Stack>
            {item.canUnlink && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => run(deleteLink(item.linkId))}
                // At 390 px a long title would squeeze the button until its word was cut.
                style={{ flexShrink: 0 }}
                data-testid="linked-record-remove"
              >
                {t('links.remove')}
              </Button>
            )}
          </Group>
        ))}
        {adding && (
          <Stack gap="xs" data-testid="linked-records-search">
            <Group gap="xs" align="flex-end" wrap="wrap">
              <Select
                label={t('links.searchType')}
                data={searchable.map((value) => ({ value, label: t(typeLabel[value]) }))}
                value={searchType}
                onChange={(value) => value && setSearchType(value as SearchableType)}
                allowDeselect={false}
                w={180}
              />
              <TextInput
                label={t('links.search')}
                placeholder={t('links.searchPlaceholder')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                style={{ flex: '1 1 200px' }}
                data-testid="linked-records-query"
              />
              <Button variant="default" onClick={() => setAdding(false)}>
                {t('links.close')}
              </Button>
            </Group>
            {results.data?.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('links.noResults')}
              </Text>
            )}
            {results.data
              ?.filter((result) => !(result.id === id && searchType === type))
              .map((result) => (
                <Group
                  key={result.id}
                  justify="space-between"
                  wrap="nowrap"
                  gap="sm"
                  data-testid="linked-records-result"
                >
                  <Text size="sm" style={{ minWidth: 0, flex: 1 }}>
                    {result.title}
                    {result.date ? ` · ${date(result.date)}` : ''}
                  </Text>
                  <Button
                    size="compact-xs"
                    style={{ flexShrink: 0 }}
                    disabled={linkedIds.has(`${searchType}:${result.id}`)}
                    onClick={() =>
                      run(createLink({ fromType: type, fromId: id, toType: searchType, toId: result.id }))
                    }
                    data-testid="linked-records-link"
                  >
                    {linkedIds.has(`${searchType}:${result.id}`) ? t('links.linked') : t('links.link')}
                  </Button>
                </Group>
              ))}
          </Stack>
        )}
        <FormErrorAlert message={error === undefined ? undefined : apiErrorMessage(t, error)} error={error} />
      </Stack>
    </Paper>
  );
}
