import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { MeetingDetail } from '../../../domain/records/meeting-contract';
import { institutionKindLabels } from '../../../domain/records/meeting-labels';
import { deleteMeeting, getMeeting, newActionFromDecisionPath } from '../../api/meetings';
import { useDeleteRecord } from '../../api/record-mutations';
import { useApiQuery } from '../../api/use-api-query';
import { PendingChangesPanel } from '../../components/PendingChangesPanel';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory } from '../../components/AuditHistory';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { Detail, Section } from '../../components/Section';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate, useLabel, useSectorLabel } from '../agreements/shared';
import { ActionsSection, useActionsOf } from '../actions/ActionsSection';
import { RecordDocumentsPanel } from '../agreements/DocumentsPanel';
import { MeetingKindBadge, regionName } from './shared';

/** /pertemuan/:id: one meeting with its participants, decisions (and their actions) and history. */
export function MeetingDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const result = useApiQuery(['meeting', id], (signal) => getMeeting(id, signal));
  const meeting = result.data;
  usePageTitle(meeting?.title ?? t('mtg.title'));

  if (result.error?.code === 'MEETING_NOT_FOUND' || result.error?.code === 'VALIDATION_FAILED') {
    return (
      <Stack gap="md" data-testid="meeting-not-found">
        <Title order={1}>{t('mtg.detail.notFound')}</Title>
        <Text>{t('mtg.detail.notFoundText')}</Text>
        <Anchor component={Link} to="/pertemuan">
          {t('mtg.detail.back')}
        </Anchor>
      </Stack>
    );
  }
  if (result.error) return <ApiErrorAlert error={result.error} />;
  if (!meeting) return <Text c="dimmed">{t('common.loading')}</Text>;
  return <MeetingView meeting={meeting} />;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  const auth = useAuth();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const deletion = useDeleteRecord('meeting', meeting.id, deleteMeeting);
  // A decision's actions are named by their OPD and status (the same read as the actions section below).
  const actions = useActionsOf('meeting', meeting.id);
  const actionLabels = new Map(
    (actions.data?.items ?? []).map((action) => [
      action.id,
      t('mtg.detail.actionOf', {
        opd: action.opd.abbreviation ?? action.opd.name,
        status: t(`act.status.${action.status}`),
      }),
    ]),
  );
  const text = (value: string | null) => value ?? t('mtg.detail.notRecorded');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pertemuan" size="sm">
        {t('mtg.detail.back')}
      </Anchor>
      <PageHeader
        title={meeting.title}
        titleTestId="meeting-title"
        intro={
          <Group gap="xs" component="span">
            <MeetingKindBadge kind={meeting.kind} />
            <Badge variant="outline" color={meeting.published ? 'teal' : 'gray'}>
              {meeting.published ? t('mtg.detail.published') : t('mtg.detail.unpublished')}
            </Badge>
          </Group>
        }
        action={
          <Group gap="xs">
            {meeting.access.update && (
              <Button component={Link} to={`/pertemuan/${meeting.id}/ubah`} data-testid="meeting-edit">
                {t('mtg.detail.edit')}
              </Button>
            )}
            {meeting.access.delete && (
              <Button
                variant="default"
                color="red"
                onClick={() => setDeleting(true)}
                data-testid="meeting-delete"
              >
                {t('mtg.detail.delete')}
              </Button>
            )}
          </Group>
        }
      />

      <PendingChangesPanel
        recordType="meeting"
        recordId={meeting.id}
        pendingChanges={meeting.pendingChanges}
        ownRegion={auth.user?.regionCode ?? null}
        listPath="/pertemuan"
      />

      <Section title={t('mtg.detail.details')} testId="meeting-details">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Detail label={t('mtg.field.date')}>
            <Text size="sm">{meeting.date ? formatDate(meeting.date) : t('mtg.noDate')}</Text>
          </Detail>
          <Detail label={t('mtg.field.place')}>
            <Text size="sm">{text(meeting.place)}</Text>
          </Detail>
          <Detail label={t('mtg.field.host')}>
            <Text size="sm">
              {meeting.hostRegionCode ? regionName(meeting.hostRegionCode) : t('mtg.field.hostNone')}
            </Text>
          </Detail>
          <Detail label={t('mtg.field.sectors')}>
            <Text size="sm">
              {meeting.sectors.length ? meeting.sectors.map(sectorLabel).join(', ') : text(null)}
            </Text>
          </Detail>
        </SimpleGrid>
        {meeting.agenda && (
          <Detail label={t('mtg.field.agenda')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {meeting.agenda}
            </Text>
          </Detail>
        )}
        {meeting.summary && (
          <Detail label={t('mtg.field.summary')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {meeting.summary}
            </Text>
          </Detail>
        )}
        {meeting.notes && (
          <Detail label={t('mtg.field.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {meeting.notes}
            </Text>
          </Detail>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('mtg.field.participants')} testId="meeting-participants">
          <List spacing={4} size="sm">
            {meeting.participants.map((participant, index) => (
              <List.Item key={index}>
                {participant.regionCode ? (
                  <Anchor component={Link} to={`/wilayah/${participant.regionCode}`} size="sm">
                    {regionName(participant.regionCode)}
                  </Anchor>
                ) : null}
                {participant.regionCode && participant.name ? ' – ' : ''}
                {participant.name}
                {participant.regionCode && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({label(institutionKindLabels[participant.institution])})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Section>
        <Section title={t('mtg.field.persons')} testId="meeting-persons">
          {meeting.persons.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('mtg.detail.personsEmpty')}
            </Text>
          ) : (
            <List spacing={4} size="sm">
              {meeting.persons.map((person, index) => (
                <List.Item key={index}>
                  <Text span size="sm" fw={500}>
                    {person.name}
                  </Text>
                  {person.post && (
                    <Text span size="sm" c="dimmed">
                      {' – '}
                      {person.post}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      </SimpleGrid>

      <Section title={t('mtg.field.decisions')} testId="meeting-decisions">
        {meeting.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('mtg.detail.decisionsEmpty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {meeting.decisions.map((decision, index) => (
              <Paper key={decision.id} withBorder p="sm" data-testid="meeting-decision" data-id={decision.id}>
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Text size="sm" style={{ flex: '1 1 240px' }}>
                    {index + 1}. {decision.text}
                  </Text>
                  <Group gap="xs">
                    {decision.actionIds.map((actionId, actionIndex) => (
                      <Anchor
                        key={actionId}
                        component={Link}
                        to={`/tindak-lanjut/${actionId}`}
                        size="sm"
                        data-testid="decision-action"
                      >
                        {actionLabels.get(actionId) ?? t('mtg.detail.action', { n: actionIndex + 1 })}
                      </Anchor>
                    ))}
                    {decision.actionIds.length === 0 && meeting.access.update && (
                      <Button
                        component={Link}
                        to={newActionFromDecisionPath(meeting.id, decision.id)}
                        size="compact-sm"
                        variant="light"
                        data-testid="decision-make-action"
                      >
                        {t('mtg.detail.makeAction')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Section>

      <ActionsSection
        parentType="meeting"
        parentId={meeting.id}
        partyRegionCodes={meeting.partyRegionCodes}
      />

      <RecordDocumentsPanel type="meeting" id={meeting.id} />

      {auth.can('audit:read') && (
        <Paper withBorder p="md" data-testid="meeting-audit">
          <AuditHistory
            key={`${meeting.version}:${meeting.pendingChanges.map((change) => change.id).join()}`}
            entityType="meeting"
            entityId={meeting.id}
            title={t('mtg.detail.history')}
          />
        </Paper>
      )}

      <ConfirmDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t('mtg.detail.deleteTitle')}
        message={t('mtg.detail.deleteText', { title: meeting.title })}
        confirmLabel={t('mtg.detail.delete')}
        onConfirm={async () => {
          // A shared meeting waits for the other parties: the page then shows the pending deletion.
          const result = await deletion.mutateAsync();
          if (result.ok) void navigate('/pertemuan');
          else setDeleting(false);
        }}
      />
    </Stack>
  );
}
