import { DateField } from '../../components/DateField';
import {
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  Button,
} from '@mantine/core';
import { useNavigate, useParams } from 'react-router-dom';
import { meetingKinds, type MeetingKind } from '../../../domain/records/kinds';
import type { MeetingDetail } from '../../../domain/records/meeting-contract';
import { meetingKindLabels } from '../../../domain/records/meeting-labels';
import { meetingInputSchema } from '../../../domain/records/schema';
import { sectorKeys } from '../../../domain/taxonomy/sectors';
import { createMeeting, getMeeting, updateMeeting, type MeetingWriteInput } from '../../api/meetings';
import { useApiQuery } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { RegionSelect } from '../../components/RegionSelect';
import { usePageTitle } from '../../components/use-page-title';
import { FormProblems, RecordConflict, useRecordForm, useReloadAfterConflict } from '../../forms/record-form';
import { useT } from '../../i18n/context';
import { useLabel, useSectorLabel } from '../agreements/shared';
import { AddItemButton, RemoveItemButton } from './ListControls';
import { ParticipantsEditor } from './ParticipantsEditor';
import { draftOf, emptyDraft, inputOf } from './meeting-form';

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
  const { replaced, reload } = useReloadAfterConflict(id ? ['meeting', id] : null);
  if (!id) return <MeetingForm key="new" replaced={false} onReload={reload} />;
  if (loaded.error) return <ApiErrorAlert error={loaded.error} />;
  if (!loaded.data) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <MeetingForm
      key={`${id}:${loaded.data.version}`}
      meeting={loaded.data}
      replaced={replaced}
      onReload={reload}
    />
  );
}

function MeetingForm({
  meeting,
  replaced,
  onReload,
}: {
  meeting?: MeetingDetail;
  /** The form was just reloaded after a conflict: the user's entries were replaced. */
  replaced: boolean;
  onReload: () => Promise<void>;
}) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const navigate = useNavigate();
  const {
    form,
    values: draft,
    setValue: set,
    submit,
    saving,
    conflict,
  } = useRecordForm({
    initialValues: meeting ? draftOf(meeting) : emptyDraft,
    schema: meetingInputSchema,
    toBody: inputOf,
    save: (input: MeetingWriteInput) =>
      meeting ? updateMeeting(meeting.id, input, meeting.version) : createMeeting(input),
    invalidates: [['meetings'], ...(meeting ? [['meeting', meeting.id] as const] : [])],
    onSaved: (saved) => void navigate(`/pertemuan/${saved.id}`),
  });
  usePageTitle(meeting ? t('mtg.form.edit') : t('mtg.form.new'));

  // A participant's errors at its row (the editor shows one message per row).
  const participantErrors: Record<number, string> = {};
  for (const [field, message] of Object.entries(form.errors)) {
    const match = /^participants\.(\d+)/.exec(field);
    if (match && typeof message === 'string') participantErrors[Number(match[1])] ??= message;
  }

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} data-testid="meeting-form-title">
        {meeting ? t('mtg.form.edit') : t('mtg.form.new')}
      </Title>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Paper withBorder p={{ base: 'sm', xs: 'lg' }}>
            <Stack gap="sm">
              <TextInput
                label={t('mtg.field.title')}
                required
                value={draft.title}
                onChange={(event) => set('title', event.currentTarget.value)}
                error={form.errors.title}
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
                  error={form.errors.hostRegionCode}
                  data-testid="meeting-field-host"
                />
                <DateField
                  label={t('mtg.field.date')}
                  value={draft.date}
                  onChange={(value) => set('date', value)}
                  error={form.errors.date}
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
                      form.setFieldValue(`persons.${index}.name`, name);
                    }}
                    style={{ flex: '1 1 200px' }}
                    error={form.errors[`persons.${index}.name`]}
                    data-testid={`person-name-${index}`}
                  />
                  <TextInput
                    label={t('mtg.field.personPost')}
                    value={person.post}
                    onChange={(event) => {
                      const post = event.currentTarget.value;
                      form.setFieldValue(`persons.${index}.post`, post);
                    }}
                    style={{ flex: '1 1 240px' }}
                    data-testid={`person-post-${index}`}
                  />
                  <RemoveItemButton
                    label={t('mtg.removeItem', { item: t('field.item.persons', { n: index + 1 }) })}
                    onClick={() => form.removeListItem('persons', index)}
                  />
                </Group>
              ))}
              <Group>
                <AddItemButton
                  label={t('mtg.add.person')}
                  onClick={() => form.insertListItem('persons', { name: '', post: '' })}
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
                      form.setFieldValue(`decisions.${index}.text`, text);
                    }}
                    style={{ flex: 1 }}
                    data-testid={`decision-text-${index}`}
                  />
                  <RemoveItemButton
                    label={t('mtg.removeItem', { item: t('mtg.field.decision', { n: index + 1 }) })}
                    onClick={() => form.removeListItem('decisions', index)}
                  />
                </Group>
              ))}
              <Group>
                <AddItemButton
                  label={t('mtg.add.decision')}
                  onClick={() => form.insertListItem('decisions', { id: null, text: '' })}
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

          <RecordConflict conflict={conflict} replaced={replaced} onReload={onReload} prefix="meeting" />
          {!conflict && (
            <FormProblems errors={form.errors} title={t('mtg.form.errors')} testId="meeting-errors" />
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
