import './ingest.css';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Loader,
  Paper,
  Progress,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentType } from '../../../domain/agreements';
import {
  extractArticle,
  type ExtractRequest,
  type ExtractResponseDto,
  type IngestResponseDto,
} from '../../api/ingest';
import { useAuth } from '../../auth/auth-context';
import { RequireAuth } from '../../auth/RequireAuth';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import {
  draftFromResult,
  reviewTitleOf,
  followUpDraft,
  isEmptyResult,
  isIsoDateText,
  withSavedOrganizations,
  type Draft,
} from './draft';
import { acceptedExtensions, readArticleFile, type FileProblem } from './files';
import { explainExtractError, explainFileProblem } from './messages';
import { ReviewScreen } from './ReviewScreen';
import { DateField } from '../../components/DateField';

type InputTab = 'text' | 'file' | 'url';

/** Why an item failed: a file the browser refused, or an answer of the API. */
type Failure =
  | { kind: 'file'; problem: FileProblem }
  | { kind: 'api'; error: unknown }
  | { kind: 'input'; message: string };

/** One article on its way from input to a saved record. */
type QueueItem = {
  id: string;
  label: string;
  status: 'waiting' | 'reading' | 'extracted' | 'error';
  failure?: Failure;
  response?: ExtractResponseDto;
  draft?: Draft;
  saved?: IngestResponseDto;
  /** Bumped when the same article starts its second record, so the review starts afresh. */
  revision: number;
};

/** A source to read: a text or URL ready for the API, or a file still to be read in the browser. */
type Entry = { id: string; label: string } & ({ request: ExtractRequest } | { file: File });

let itemCounter = 0;
function nextItemId(): string {
  itemCounter += 1;
  return `item-${itemCounter}`;
}

const urlPattern = /^https?:\/\/\S+$/i;

/**
 * "Impor dari berita": paste, upload or link an article, review the draft the extractor proposes
 * beside its source, and save it as a new agreement or attach it to an existing one. Several files
 * are read one after another into a queue, each reviewed and saved on its own.
 */
export function ImportPage() {
  return (
    <RequireAuth permission="ingest:extract">
      <ImportWorkspace />
    </RequireAuth>
  );
}

function ImportWorkspace() {
  const t = useT();
  const auth = useAuth();
  usePageTitle(t('ingest.title'));

  const [tab, setTab] = useState<InputTab>('text');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [url, setUrl] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);

  const [items, setItems] = useState<QueueItem[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  // Each run of the queue has a controller; starting again or leaving the page aborts the previous one.
  const runRef = useRef<AbortController | null>(null);
  useEffect(() => () => runRef.current?.abort(), []);

  const updateItem = (id: string, changes: Partial<QueueItem>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...changes } : item)));

  const run = async (entries: Entry[]) => {
    runRef.current?.abort();
    const controller = new AbortController();
    runRef.current = controller;
    setItems(entries.map((entry) => ({ id: entry.id, label: entry.label, status: 'waiting', revision: 0 })));
    setOpenId(null);
    setRunning(true);
    const date = isIsoDateText(publishedAt) ? publishedAt : undefined;
    for (const entry of entries) {
      if (controller.signal.aborted) return;
      updateItem(entry.id, { status: 'reading' });
      let request: ExtractRequest;
      if ('file' in entry) {
        const read = await readArticleFile(entry.file);
        if (!read.ok) {
          updateItem(entry.id, { status: 'error', failure: { kind: 'file', problem: read.problem } });
          continue;
        }
        request = { text: read.text, publishedAt: date };
      } else {
        request = { ...entry.request, publishedAt: date };
      }
      try {
        const response = await extractArticle(request, controller.signal);
        if (controller.signal.aborted) return;
        updateItem(entry.id, { status: 'extracted', response, draft: draftFromResult(response.result) });
        // One article goes straight to its review; a batch waits in the queue.
        if (entries.length === 1) setOpenId(entry.id);
      } catch (error) {
        if (controller.signal.aborted) return;
        updateItem(entry.id, { status: 'error', failure: { kind: 'api', error } });
      }
    }
    setRunning(false);
  };

  const submit = () => {
    setInputError(null);
    if (tab === 'text') {
      if (text.trim() === '') {
        setInputError(t('ingest.empty'));
        return;
      }
      void run([{ id: nextItemId(), label: firstLine(text) ?? t('ingest.tab.text'), request: { text } }]);
    } else if (tab === 'url') {
      const trimmed = url.trim();
      const problem =
        trimmed === '' ? t('ingest.noUrl') : urlPattern.test(trimmed) ? null : t('ingest.url.invalid');
      if (problem) {
        setInputError(problem);
        return;
      }
      void run([{ id: nextItemId(), label: trimmed, request: { url: trimmed } }]);
    } else {
      if (files.length === 0) {
        setInputError(t('ingest.noFile'));
        return;
      }
      void run(files.map((file) => ({ id: nextItemId(), label: file.name, file })));
    }
  };

  const reset = () => {
    runRef.current?.abort();
    setRunning(false);
    setItems([]);
    setOpenId(null);
  };

  const explain = (failure: Failure) => {
    if (failure.kind === 'file') return { message: explainFileProblem(t, failure.problem), detail: null };
    if (failure.kind === 'input') return { message: failure.message, detail: null };
    return explainExtractError(t, failure.error);
  };

  const open = items.find((item) => item.id === openId);
  if (open?.response && open.draft) {
    const { id, response, draft, saved, revision } = open;
    const isBatch = items.length > 1;
    return (
      <ReviewScreen
        key={`${id}:${revision}`}
        label={reviewTitleOf(response.result, t(`ingest.event.${response.result.eventType}`))}
        response={response}
        draft={draft}
        saved={saved}
        canSave={auth.can('ingest:save')}
        backLabel={isBatch ? t('ingest.review.backToQueue') : t('ingest.review.back')}
        onDraftChange={(next) => updateItem(id, { draft: next })}
        onSaved={(result) =>
          updateItem(id, { saved: result, draft: withSavedOrganizations(draft, result.organizations) })
        }
        onFollowUp={(type: DocumentType, savedId: string) =>
          updateItem(id, {
            saved: undefined,
            draft: followUpDraft(draft, type, savedId),
            revision: revision + 1,
          })
        }
        onBack={() => {
          setOpenId(null);
          if (!isBatch) setItems([]);
        }}
        onAnother={reset}
      />
    );
  }

  const single = items.length === 1 ? items[0] : undefined;
  const singleFailure = single?.status === 'error' && single.failure ? explain(single.failure) : null;
  const busy = running && items.length <= 1;

  return (
    <Stack gap="lg">
      <PageHeader title={t('ingest.title')} intro={t('ingest.intro')} titleTestId="ingest-heading" />

      <Paper withBorder p={{ base: 'sm', xs: 'md' }}>
        <Stack gap="md">
          <Tabs
            value={tab}
            onChange={(value) => setTab(value === 'file' || value === 'url' ? value : 'text')}
          >
            <Tabs.List>
              <Tabs.Tab value="text" data-testid="ingest-tab-text">
                {t('ingest.tab.text')}
              </Tabs.Tab>
              <Tabs.Tab value="file" data-testid="ingest-tab-file">
                {t('ingest.tab.file')}
              </Tabs.Tab>
              <Tabs.Tab value="url" data-testid="ingest-tab-url">
                {t('ingest.tab.url')}
              </Tabs.Tab>
            </Tabs.List>

            <Tabs.Panel value="text" pt="md">
              <Textarea
                label={t('ingest.text.label')}
                placeholder={t('ingest.text.placeholder')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autosize
                minRows={8}
                maxRows={20}
                description={text ? t('ingest.text.count', { count: text.length }) : undefined}
                data-testid="ingest-text"
              />
            </Tabs.Panel>

            <Tabs.Panel value="file" pt="md">
              <FileInput
                label={t('ingest.file.label')}
                placeholder={t('ingest.file.placeholder')}
                description={t('ingest.file.hint')}
                multiple
                clearable
                accept={[...acceptedExtensions, 'text/plain', 'text/html'].join(',')}
                value={files}
                onChange={setFiles}
                valueComponent={({ value }) => (
                  <Text size="sm">
                    {Array.isArray(value) && value.length > 1
                      ? t('ingest.file.count', { count: value.length })
                      : ((Array.isArray(value) ? value[0]?.name : value?.name) ?? '')}
                  </Text>
                )}
                data-testid="ingest-files"
              />
            </Tabs.Panel>

            <Tabs.Panel value="url" pt="md">
              <TextInput
                label={t('ingest.url.label')}
                placeholder={t('ingest.url.placeholder')}
                type="url"
                value={url}
                onChange={(event) => setUrl(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') submit();
                }}
                data-testid="ingest-url"
              />
            </Tabs.Panel>
          </Tabs>

          <Group align="flex-end" justify="space-between" gap="md" wrap="wrap">
            <DateField
              label={t('ingest.publishedAt.label')}
              description={t('ingest.publishedAt.hint')}
              value={publishedAt}
              onChange={setPublishedAt}
              w={{ base: '100%', xs: 260 }}
              data-testid="ingest-published-at"
            />
            <Button size="md" onClick={submit} loading={busy} data-testid="ingest-read">
              {busy ? t('ingest.reading') : t('ingest.read')}
            </Button>
          </Group>

          {inputError && (
            <Alert color="orange" variant="light" role="alert" data-testid="ingest-input-error">
              <Text size="sm">{inputError}</Text>
            </Alert>
          )}
          {singleFailure && (
            <Alert
              color="red"
              variant="light"
              title={t('ingest.error.title')}
              role="alert"
              data-testid="ingest-error"
            >
              <Stack gap={4}>
                <Text size="sm">{singleFailure.message}</Text>
                {singleFailure.detail && (
                  <Text size="xs" c="dimmed">
                    {singleFailure.detail}
                  </Text>
                )}
              </Stack>
            </Alert>
          )}
        </Stack>
      </Paper>

      {items.length > 1 && (
        <Queue
          items={items}
          running={running}
          onOpen={setOpenId}
          onClear={reset}
          explain={(failure) => explain(failure).message}
        />
      )}
    </Stack>
  );
}

/** The batch: one row per file with its progress, opening its review when read. */
function Queue({
  items,
  running,
  onOpen,
  onClear,
  explain,
}: {
  items: QueueItem[];
  running: boolean;
  onOpen: (id: string) => void;
  onClear: () => void;
  explain: (failure: Failure) => string;
}) {
  const t = useT();
  const done = items.filter((item) => item.status === 'extracted' || item.status === 'error').length;
  return (
    <Paper withBorder p={{ base: 'sm', xs: 'md' }} data-testid="ingest-queue">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700}>{t('ingest.queue.title')}</Text>
          <Group gap="xs">
            <Text size="sm" c="dimmed" data-testid="ingest-queue-progress">
              {t('ingest.queue.progress', { done, total: items.length })}
            </Text>
            <Button size="compact-sm" variant="subtle" onClick={onClear}>
              {t('ingest.queue.clear')}
            </Button>
          </Group>
        </Group>
        <Progress value={(done / items.length) * 100} size="sm" animated={running} />
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ingest.queue.file')}</Table.Th>
              <Table.Th>{t('ingest.queue.status')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('ingest.queue.draft')}</Table.Th>
              <Table.Th>{t('ingest.queue.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr
                key={item.id}
                data-testid="ingest-queue-row"
                data-status={item.saved ? 'saved' : item.status}
              >
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {item.response
                      ? reviewTitleOf(
                          item.response.result,
                          t(`ingest.event.${item.response.result.eventType}`),
                        )
                      : item.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge item={item} />
                  {item.status === 'error' && item.failure && (
                    <Text size="xs" c="red.7" mt={4} data-testid="ingest-queue-error">
                      {explain(item.failure)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {item.response ? draftSummary(item.response, t('ingest.queue.noDraft')) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {item.saved ? (
                    <Anchor component={Link} to={`/kerja-sama/${item.saved.record.id}`} size="sm">
                      {t('ingest.queue.open')}
                    </Anchor>
                  ) : (
                    item.status === 'extracted' && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => onOpen(item.id)}
                        data-testid="ingest-queue-open"
                      >
                        {t('ingest.queue.review')}
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function StatusBadge({ item }: { item: QueueItem }) {
  const t = useT();
  if (item.saved)
    return (
      <Badge color="green" variant="filled" tt="none">
        {t('ingest.queue.saved')}
      </Badge>
    );
  switch (item.status) {
    case 'waiting':
      return (
        <Badge color="gray" variant="light" tt="none">
          {t('ingest.queue.waiting')}
        </Badge>
      );
    case 'reading':
      return (
        <Badge color="blue" variant="light" tt="none" leftSection={<Loader size={10} color="blue" />}>
          {t('ingest.queue.reading')}
        </Badge>
      );
    case 'extracted':
      return (
        <Badge color="teal" variant="light" tt="none">
          {t('ingest.queue.extracted')}
        </Badge>
      );
    case 'error':
      return (
        <Badge color="red" variant="light" tt="none">
          {t('ingest.queue.error')}
        </Badge>
      );
  }
}

/** One line about a draft for the queue: date and parties, or that nothing was found. */
function draftSummary(response: ExtractResponseDto, nothing: string): string {
  const { result } = response;
  if (isEmptyResult(result)) return nothing;
  return [result.date, result.parties.map((party) => party.name).join(' · ')].filter(Boolean).join(' — ');
}

/** The first non-empty line of a pasted text, as the item's name until the extractor finds a title. */
function firstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((candidate) => candidate.replace(/<[^>]*>/g, '').trim())
    .find((candidate) => candidate.length > 0);
  return line ? line.slice(0, 120) : undefined;
}
