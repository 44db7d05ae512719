import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import {
  documentKindLabels,
  documentKinds,
  documentTextStatusLabels,
  type DocumentTextStatus,
  type Label,
} from '../../../domain/agreements';
import { evidenceDocumentKindLabels, evidenceDocumentKinds } from '../../../domain/records/documents';
import { displayName, regionByCode } from '../../../domain/regions';
import { uploadAgreementDocument, type AgreementDetailDto } from '../../api/agreements';
import { ApiError } from '../../api/client';
import {
  deleteAgreementDocument,
  deleteRecordDocument,
  listRecordDocuments,
  uploadRecordDocument,
  type DocumentHolderType,
} from '../../api/documents';
import type { ApiQueryKey } from '../../api/query-client';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { apiErrorWithField } from '../../i18n/api-errors';
import { useLang, useT } from '../../i18n/context';
import { localeOf } from '../../i18n/translate';
import { Card, useFormatDate, useLabel } from './shared';

function formatSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}

/** A document as the panel shows it, of any record type. */
type PanelDocument = {
  id: string;
  kind: string;
  title: string;
  /** The party region that added it: only that region deletes it while it is a party. */
  ownerRegionCode: string | null;
  canDelete: boolean;
  versions: ReadonlyArray<{
    version: number;
    fileName: string;
    sizeBytes: number;
    createdAt: string;
    downloadUrl: string;
    textStatus: DocumentTextStatus;
  }>;
};

type UploadInput = { file: File; kind: string; title: string; documentId?: string; note?: string };

/** What differs between the records whose documents the panel shows. */
type PanelSource = {
  documents: readonly PanelDocument[];
  kinds: readonly string[];
  kindLabels: Readonly<Record<string, Label>>;
  defaultKind: string;
  canChange: boolean;
  upload: (input: UploadInput) => Promise<unknown>;
  remove: (documentId: string) => Promise<unknown>;
  /** The query family an upload or a deletion changes: the record holding the documents. */
  holder: ApiQueryKey;
};

/** The documents of an agreement with their versions and download links, and the upload form. */
export function DocumentsPanel({
  agreement,
  canUpload,
}: {
  agreement: AgreementDetailDto;
  canUpload: boolean;
}) {
  return (
    <DocumentsCard
      testId="agreement-documents"
      source={{
        documents: agreement.documents,
        kinds: documentKinds,
        kindLabels: documentKindLabels,
        defaultKind: 'signed',
        canChange: canUpload,
        upload: (input) =>
          uploadAgreementDocument(agreement.id, {
            ...input,
            kind: input.kind as (typeof documentKinds)[number],
          }),
        remove: (documentId) => deleteAgreementDocument(agreement.id, documentId),
        holder: ['agreement', agreement.id],
      }}
    />
  );
}

/**
 * The documents of a visit, meeting, follow-up action or program (reports, minutes, evidence ...),
 * read from the record's documents route; the upload form and delete buttons for who may change them.
 */
export function RecordDocumentsPanel({ type, id }: { type: DocumentHolderType; id: string }) {
  const query = useApiQuery([type, id, 'documents'], (signal) => listRecordDocuments(type, id, signal));
  const data = query.data ?? query.lastData;
  if (!data) return null;
  return (
    <DocumentsCard
      testId="record-documents"
      source={{
        documents: data.items,
        kinds: evidenceDocumentKinds,
        kindLabels: evidenceDocumentKindLabels,
        defaultKind: type === 'action' ? 'bukti' : 'laporan',
        canChange: data.canChange,
        upload: (input) =>
          uploadRecordDocument(type, id, {
            ...input,
            kind: input.kind as (typeof evidenceDocumentKinds)[number],
          }),
        remove: (documentId) => deleteRecordDocument(type, id, documentId),
        holder: [type, id],
      }}
    />
  );
}

function ownerName(code: string): string {
  const region = regionByCode(code);
  return region ? displayName(region) : code;
}

function DocumentsCard({ source, testId }: { source: PanelSource; testId: string }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invalidate = useInvalidate();
  const changed = () => invalidate(source.holder);

  const remove = (document: PanelDocument) => {
    if (!window.confirm(t('agr.docs.deleteConfirm', { title: document.title }))) return;
    setError(null);
    source.remove(document.id).then(changed, (cause: unknown) => setError(apiErrorWithField(t, cause)));
  };

  return (
    <Card
      title={t('agr.docs.title')}
      testId={testId}
      aside={
        source.canChange && !open ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setOpen(true)}
            data-testid="document-upload-open"
          >
            {t('agr.docs.upload')}
          </Button>
        ) : undefined
      }
    >
      <Stack gap="md">
        {open && (
          <UploadForm
            source={source}
            onCancel={() => setOpen(false)}
            onUploaded={() => {
              setOpen(false);
              void changed();
            }}
          />
        )}
        {error && (
          <Alert color="red" variant="light" data-testid="document-error">
            {error}
          </Alert>
        )}
        {source.documents.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('agr.docs.empty')}
          </Text>
        )}
        {source.documents.map((document) => (
          <Paper
            key={document.id}
            withBorder
            p="sm"
            data-testid="agreement-document"
            data-kind={document.kind}
          >
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Text fw={500} size="sm">
                  {document.title}
                </Text>
                <Group gap="xs">
                  <Badge variant="light" color="gray" radius="sm" tt="none" size="sm">
                    {source.kindLabels[document.kind]
                      ? label(source.kindLabels[document.kind]!)
                      : document.kind}
                  </Badge>
                  {document.ownerRegionCode && (
                    <Text size="xs" c="dimmed" data-testid="document-owner">
                      {t('agr.docs.ownedBy', { region: ownerName(document.ownerRegionCode) })}
                    </Text>
                  )}
                </Group>
              </Stack>
              {document.canDelete && (
                <Tooltip label={t('agr.docs.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('agr.docs.delete')}
                    onClick={() => remove(document)}
                    data-testid="document-delete"
                  >
                    ✕
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
            <Stack gap={4} mt="xs">
              {[...document.versions]
                .sort((a, b) => b.version - a.version)
                .map((version) => (
                  <Group key={version.version} gap="xs" wrap="nowrap">
                    <Text size="xs" fw={600} w={70}>
                      {t('agr.docs.version', { version: version.version })}
                    </Text>
                    <Anchor
                      href={version.downloadUrl}
                      size="xs"
                      data-testid="document-download"
                      truncate="end"
                    >
                      {version.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatSize(version.sizeBytes, localeOf(lang))} · {formatDate(version.createdAt)}
                    </Text>
                    {version.textStatus !== 'unsupported' && (
                      <Text
                        size="xs"
                        c={version.textStatus.startsWith('failed') ? 'orange.8' : 'dimmed'}
                        data-testid="document-text-status"
                        data-status={version.textStatus}
                      >
                        {label(documentTextStatusLabels[version.textStatus])}
                      </Text>
                    )}
                  </Group>
                ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Card>
  );
}

function UploadForm({
  source,
  onCancel,
  onUploaded,
}: {
  source: PanelSource;
  onCancel: () => void;
  onUploaded: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<string>(source.defaultKind);
  const [title, setTitle] = useState('');
  const [documentId, setDocumentId] = useState<string>('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!file) return;
    const existing = source.documents.find((document) => document.id === documentId);
    setSaving(true);
    setError(null);
    source
      .upload({
        file,
        kind: existing ? existing.kind : kind,
        title: existing ? existing.title : title.trim() || file.name,
        ...(existing ? { documentId: existing.id } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      })
      .then(onUploaded, (cause: unknown) => {
        if (cause instanceof ApiError && cause.status === 413) setError(t('agr.docs.tooLarge'));
        else if (cause instanceof ApiError && cause.status === 415) setError(t('agr.docs.badType'));
        else setError(apiErrorWithField(t, cause));
      })
      .finally(() => setSaving(false));
  };

  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="document-upload-form">
      <Stack gap="sm">
        <FileInput
          label={t('agr.docs.file')}
          required
          value={file}
          onChange={(value) => {
            setFile(value);
            if (value && !title) setTitle(value.name.replace(/\.[^.]+$/, ''));
          }}
          accept="application/pdf,.pdf,.docx,image/png,image/jpeg"
          clearable
          data-testid="document-file"
        />
        {source.documents.length > 0 && (
          <Select
            label={t('agr.docs.newVersionOf')}
            data={[
              { value: '', label: t('agr.docs.newDocument') },
              ...source.documents.map((document) => ({ value: document.id, label: document.title })),
            ]}
            value={documentId}
            onChange={(value) => setDocumentId(value ?? '')}
            allowDeselect={false}
          />
        )}
        {!documentId && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('agr.docs.kind')}
              data={source.kinds.map((value) => ({
                value,
                label: source.kindLabels[value] ? label(source.kindLabels[value]!) : value,
              }))}
              value={kind}
              onChange={(value) => value && setKind(value)}
              allowDeselect={false}
              data-testid="document-kind"
            />
            <TextInput
              label={t('agr.docs.docTitle')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              data-testid="document-title"
            />
          </SimpleGrid>
        )}
        <TextInput
          label={t('agr.docs.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {error && (
          <Alert color="red" variant="light" data-testid="document-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('agr.form.cancel')}
          </Button>
          <Button onClick={submit} loading={saving} disabled={!file} data-testid="document-submit">
            {t('agr.docs.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
