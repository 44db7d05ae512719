import { DateField } from '../../components/DateField';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { meetingKinds, type MeetingKind } from '../../../domain/records/kinds';
import type { MeetingDetail } from '../../../domain/records/meeting-contract';
import { meetingKindLabels } from '../../../domain/records/meeting-labels';
import { isSectorKey, sectorKeys } from '../../../domain/taxonomy/sectors';
import { ApiError } from '../../api/client';
import { createMeeting, getMeeting, updateMeeting, type MeetingWriteInput } from '../../api/meetings';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { useT, type Translate } from '../../i18n/context';
import { apiErrorWithField } from '../../i18n/api-errors';
import { fieldPathLabel } from '../../i18n/field-label';
import type { Label } from '../../../domain/agreements/kinds';
import { issueText, useLabel, useSectorLabel } from '../agreements/shared';
import { AddItemButton, patchAt, RemoveItemButton, withoutAt } from './ListControls';
import { ParticipantsEditor, type ParticipantDraft } from './ParticipantsEditor';

type Draft = {
  title: string;
  kind: MeetingKind;
  hostRegionCode: string | null;
  participants: ParticipantDraft[];
  persons: Array<{ name: string; post: string }>;
  date: string;
  place: string;
  agenda: string;
  summary: string;
  sectors: string[];
  decisions: Array<{ id: string | null; text: string }>;
  notes: string;
  published: boolean;
};

const emptyDraft: Draft = {
  title: '',
  kind: 'audiensi',
  hostRegionCode: null,
  participants: [{ regionCode: null, institution: 'pemda', opdId: null, organizationId: null, name: '' }],
  persons: [],
  date: '',
  place: '',
  agenda: '',
  summary: '',
  sectors: [],
  decisions: [],
  notes: '',
  published: false,
};

function draftOf(meeting: MeetingDetail): Draft {
  return {
    title: meeting.title,
    kind: meeting.kind,
    hostRegionCode: meeting.hostRegionCode,
    participants: meeting.participants.map((participant) => ({
      ...participant,
      name: participant.name ?? '',
    })),
    persons: meeting.persons.map((person) => ({ name: person.name, post: person.post ?? '' })),
    date: meeting.date ?? '',
    place: meeting.place ?? '',
    agenda: meeting.agenda ?? '',
    summary: meeting.summary ?? '',
    sectors: meeting.sectors,
    decisions: meeting.decisions.map((decision) => ({ id: decision.id, text: decision.text })),
    notes: meeting.notes ?? '',
    published: meeting.published,
  };
}

function inputOf(draft: Draft): MeetingWriteInput {
  return {
    ...draft,
    participants: draft.participants.map((participant) => ({
      ...participant,
      name: participant.name || null,
    })),
    persons: draft.persons.map((person) => ({ name: person.name, post: person.post || null })),
    date: draft.date || null,
    sectors: draft.sectors.filter(isSectorKey),
  };
}

type FormIssue = { field: string | null; text: string };

/** The server's refusal as lines naming their field in words. */
function issuesOf(t: Translate, label: (value: Label) => string, error: unknown): FormIssue[] {
  if (error instanceof ApiError && error.code === 'RULE_VIOLATION' && Array.isArray(error.details)) {
    return (error.details as Array<{ code: string; field: string | null; message: string }>).map((issue) => ({
      field: issue.field,
      text: issueText(t, issue, label),
    }));
  }
  return [
    { field: error instanceof ApiError ? (error.field ?? null) : null, text: apiErrorWithField(t, error) },
  ];
}

/** /pertemuan/baru and /pertemuan/:id/ubah. */
export function MeetingFormPage() {
  return (
    <RequireAuth permission="record:create">
      <MeetingFormLoader />
    </RequireAuth>
  );
}

function MeetingFormLoader() {
  const { id } = useParams();
  const t = useT();
  const loaded = useApiQuery(id ? ['meeting', id] : null, (signal) => getMeeting(id ?? '', signal));
  if (!id) return <MeetingForm key="new" />;
  if (loaded.error) return <ApiErrorAlert error={loaded.error} />;
  if (!loaded.data) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <MeetingForm key={`${id}:${loaded.data.version}`} meeting={loaded.data} />;
}

function MeetingForm({ meeting }: { meeting?: MeetingDetail }) {
  const invalidate = useInvalidate();
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => (meeting ? draftOf(meeting) : emptyDraft));
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  usePageTitle(meeting ? t('mtg.form.edit') : t('mtg.form.new'));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const issues = error === undefined ? [] : issuesOf(t, label, error);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const participantErrors: Record<number, string> = {};
  for (const issue of issues) {
    const match = /^(?:body\.)?participants\.(\d+)/.exec(issue.field ?? '');
    if (match) participantErrors[Number(match[1])] = issue.text;
  }

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = meeting
        ? await updateMeeting(meeting.id, inputOf(draft), meeting.version)
        : await createMeeting(inputOf(draft));
      await invalidate(['meeting', saved.id]);
      void navigate(`/pertemuan/${saved.id}`);
    } catch (cause) {
      setError(cause);
      setSaving(false);
    }
  };

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} data-testid="meeting-form-title">
        {meeting ? t('mtg.form.edit') : t('mtg.form.new')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="sm">
              <TextInput
                label={t('mtg.field.title')}
                required
                value={draft.title}
                onChange={(event) => set('title', event.currentTarget.value)}
                data-testid="meeting-field-title"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('mtg.field.kind')}
                  value={draft.kind}
                  allowDeselect={false}
                  onChange={(kind) => set('kind', (kind ?? 'audiensi') as MeetingKind)}
                  data={meetingKinds.map((kind) => ({ value: kind, label: label(meetingKindLabels[kind]) }))}
                  data-testid="meeting-field-kind"
                />
                <RegionSelect
                  label={t('mtg.field.host')}
                  clearable
                  value={draft.hostRegionCode}
                  onChange={(code) => set('hostRegionCode', code)}
                  data-testid="meeting-field-host"
                />
                <DateField
                  label={t('mtg.field.date')}
                  value={draft.date}
                  onChange={(value) => set('date', value)}
                  data-testid="meeting-field-date"
                />
                <TextInput
                  label={t('mtg.field.place')}
                  value={draft.place}
                  onChange={(event) => set('place', event.currentTarget.value)}
                  data-testid="meeting-field-place"
                />
              </SimpleGrid>
              <MultiSelect
                label={t('mtg.field.sectors')}
                searchable
                clearable
                value={draft.sectors}
                onChange={(sectors) => set('sectors', sectors)}
                data={sectorKeys.map((key) => ({ value: key, label: sectorLabel(key) }))}
                data-testid="meeting-field-sectors"
              />
            </Stack>
          </Paper>

          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('mtg.field.participants')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('mtg.field.participantsHint')}
              </Text>
              <ParticipantsEditor
                value={draft.participants}
                onChange={(participants) => set('participants', participants)}
                errors={participantErrors}
              />
            </Stack>
          </Paper>

          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('mtg.field.persons')}
              </Title>
              {draft.persons.map((person, index) => (
                <Group key={index} align="flex-end" gap="sm" wrap="wrap" data-testid="person-row">
                  <TextInput
                    label={t('mtg.field.personName')}
                    value={person.name}
                    onChange={(event) => {
                      const name = event.currentTarget.value;
                      set('persons', patchAt(draft.persons, index, { name }));
                    }}
                    style={{ flex: '1 1 200px' }}
                    data-testid={`person-name-${index}`}
                  />
                  <TextInput
                    label={t('mtg.field.personPost')}
                    value={person.post}
                    onChange={(event) => {
                      const post = event.currentTarget.value;
                      set('persons', patchAt(draft.persons, index, { post }));
                    }}
                    style={{ flex: '1 1 240px' }}
                    data-testid={`person-post-${index}`}
                  />
                  <RemoveItemButton
                    label={t('mtg.removeItem', { item: t('field.item.persons', { n: index + 1 }) })}
                    onClick={() => set('persons', withoutAt(draft.persons, index))}
                  />
                </Group>
              ))}
              <Group>
                <AddItemButton
                  label={t('mtg.add.person')}
                  onClick={() => set('persons', [...draft.persons, { name: '', post: '' }])}
                  testId="person-add"
                />
              </Group>
            </Stack>
          </Paper>

          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="sm">
              <Textarea
                label={t('mtg.field.agenda')}
                autosize
                minRows={2}
                value={draft.agenda}
                onChange={(event) => set('agenda', event.currentTarget.value)}
                data-testid="meeting-field-agenda"
              />
              <Textarea
                label={t('mtg.field.summary')}
                autosize
                minRows={3}
                value={draft.summary}
                onChange={(event) => set('summary', event.currentTarget.value)}
                data-testid="meeting-field-summary"
              />
            </Stack>
          </Paper>

          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('mtg.field.decisions')}
              </Title>
              {draft.decisions.map((decision, index) => (
                <Group key={decision.id ?? `new-${index}`} align="flex-end" gap="sm" wrap="nowrap">
                  <Textarea
                    label={t('mtg.field.decision', { n: index + 1 })}
                    autosize
                    minRows={1}
                    value={decision.text}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      set('decisions', patchAt(draft.decisions, index, { text }));
                    }}
                    style={{ flex: 1 }}
                    data-testid={`decision-text-${index}`}
                  />
                  <RemoveItemButton
                    label={t('mtg.removeItem', { item: t('mtg.field.decision', { n: index + 1 }) })}
                    onClick={() => set('decisions', withoutAt(draft.decisions, index))}
                  />
                </Group>
              ))}
              <Group>
                <AddItemButton
                  label={t('mtg.add.decision')}
                  onClick={() => set('decisions', [...draft.decisions, { id: null, text: '' }])}
                  testId="decision-add"
                />
              </Group>
            </Stack>
          </Paper>

          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="sm">
              <Textarea
                label={t('mtg.field.notes')}
                autosize
                minRows={2}
                value={draft.notes}
                onChange={(event) => set('notes', event.currentTarget.value)}
              />
              <Checkbox
                label={t('mtg.field.published')}
                checked={draft.published}
                onChange={(event) => set('published', event.currentTarget.checked)}
                data-testid="meeting-field-published"
              />
            </Stack>
          </Paper>

          {conflict ? (
            <Alert color="orange" variant="light" role="alert" data-testid="meeting-conflict">
              <Stack gap="xs">
                <Text size="sm">{t('mtg.form.conflict')}</Text>
                <Group>
                  <Button size="compact-sm" variant="light" onClick={() => window.location.reload()}>
                    {t('mtg.form.reload')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            issues.length > 0 && (
              <Alert
                color="red"
                variant="light"
                title={t('mtg.form.errors')}
                role="alert"
                data-testid="meeting-errors"
              >
                <List size="sm" spacing={2}>
                  {issues.map((issue, index) => {
                    const where = fieldPathLabel(t, issue.field);
                    return (
                      <List.Item key={index}>{where ? `${where}: ${issue.text}` : issue.text}</List.Item>
                    );
                  })}
                </List>
              </Alert>
            )
          )}

          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => void navigate(meeting ? `/pertemuan/${meeting.id}` : '/pertemuan')}
            >
              {t('mtg.form.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="meeting-save">
              {t('mtg.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
