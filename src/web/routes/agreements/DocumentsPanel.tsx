import {
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
} from '@mantine/core';
import { useState } from 'react';
import {
  documentKindLabels,
  documentKinds,
  documentTextStatusLabels,
  type DocumentKind,
} from '../../../domain/agreements';
import { uploadAgreementDocument, type AgreementDetailDto } from '../../api/agreements';
import { ApiError } from '../../api/client';
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

/** The documents of an agreement with their versions and download links, and the upload form. */
export function DocumentsPanel({
  agreement,
  canUpload,
  onChanged,
}: {
  agreement: AgreementDetailDto;
  canUpload: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLang();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState(false);

  return (
    <Card
      title={t('agr.docs.title')}
      testId="agreement-documents"
      aside={
        canUpload && !open ? (
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
            agreement={agreement}
            onCancel={() => setOpen(false)}
            onUploaded={() => {
              setOpen(false);
              onChanged();
            }}
          />
        )}
        {agreement.documents.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('agr.docs.empty')}
          </Text>
        )}
        {agreement.documents.map((document) => (
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
                <Badge variant="light" color="gray" radius="sm" tt="none" size="sm">
                  {label(documentKindLabels[document.kind])}
                </Badge>
              </Stack>
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
  agreement,
  onCancel,
  onUploaded,
}: {
  agreement: AgreementDetailDto;
  onCancel: () => void;
  onUploaded: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('signed');
  const [title, setTitle] = useState('');
  const [documentId, setDocumentId] = useState<string>('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!file) return;
    const existing = agreement.documents.find((document) => document.id === documentId);
    setSaving(true);
    setError(null);
    uploadAgreementDocument(agreement.id, {
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
        {agreement.documents.length > 0 && (
          <Select
            label={t('agr.docs.newVersionOf')}
            data={[
              { value: '', label: t('agr.docs.newDocument') },
              ...agreement.documents.map((document) => ({ value: document.id, label: document.title })),
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
              data={documentKinds.map((value) => ({ value, label: label(documentKindLabels[value]) }))}
              value={kind}
              onChange={(value) => value && setKind(value as DocumentKind)}
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
