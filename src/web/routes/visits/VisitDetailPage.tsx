import { Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { deleteVisit, getVisit, type PersonDto } from '../../api/visits';
import { useDeleteRecord } from '../../api/record-mutations';
import { useApiQuery } from '../../api/use-api-query';
import { PendingChangesPanel } from '../../components/PendingChangesPanel';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuditHistory } from '../../components/AuditHistory';
import { ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog';
import { LinkedRecords } from '../../components/LinkedRecords';
import { Detail, Section } from '../../components/Section';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate, useSectorLabel } from '../agreements/shared';
import { ActionsSection } from '../actions/ActionsSection';
import { RecordDocumentsPanel } from '../agreements/DocumentsPanel';
import { dateRange, GoodPracticeItem, ParticipantName, VisitKindBadge } from './shared';

function People({ people }: { people: PersonDto[] }) {
  return (
    <List spacing={4} size="sm">
      {people.map((person, index) => (
        <List.Item key={index}>
          <Text span fw={500} size="sm">
            {person.name}
          </Text>
          {person.post && (
            <Text span size="sm" c="dimmed">
              {' '}
              · {person.post}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** One work visit: who visited whom, when and why, what was learned, its links and its history. */
export function VisitDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const auth = useAuth();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const sectorLabel = useSectorLabel();
  const visit = useApiQuery(['visit', id], (signal) => getVisit(id, signal));
  const deletion = useDeleteRecord('visit', id, deleteVisit);
  const [deleting, setDeleting] = useState(false);
  const data = visit.data;
  usePageTitle(data?.title ?? (visit.error ? t('visits.notFound') : undefined));

  if (visit.error) return <ApiErrorAlert error={visit.error} />;
  if (!data) return <Skeleton h={300} />;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <VisitKindBadge kind={data.kind} />
          {!data.published && (
            <Badge variant="outline" color="gray">
              {t('visits.unpublished')}
            </Badge>
          )}
        </Group>
        <Title order={1} data-testid="visit-title">
          {data.title}
        </Title>
        <Text c="dimmed">
          {[dateRange(formatDate, data.startDate, data.endDate), data.place].filter(Boolean).join(' · ')}
        </Text>
        {(data.access.update || data.access.delete) && (
          <Group gap="xs">
            {data.access.update && (
              <Button
                component={Link}
                to={`/kunjungan/${data.id}/ubah`}
                variant="light"
                data-testid="visit-edit"
              >
                {t('action.edit')}
              </Button>
            )}
            {data.access.delete && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setDeleting(true)}
                data-testid="visit-delete"
              >
                {t('action.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>

      <PendingChangesPanel
        recordType="visit"
        recordId={data.id}
        pendingChanges={data.pendingChanges}
        ownRegion={auth.user?.regionCode ?? null}
        listPath="/kunjungan"
      />

      <Section title={t('visits.section.parties')} testId="visit-parties">
        <Stack gap="sm">
          <Detail label={t('visits.field.host')}>
            <Text size="sm">{data.hostRegionName}</Text>
          </Detail>
          <Detail label={t('visits.field.visitors')}>
            <List spacing={2} size="sm" data-testid="visit-visitors">
              {data.visitors.map((visitor, index) => (
                <List.Item key={index}>
                  <ParticipantName participant={visitor} />
                </List.Item>
              ))}
            </List>
          </Detail>
          {data.delegates.length > 0 && (
            <Detail label={t('visits.field.delegates')}>
              <People people={data.delegates} />
            </Detail>
          )}
          {data.hosts.length > 0 && (
            <Detail label={t('visits.field.hosts')}>
              <People people={data.hosts} />
            </Detail>
          )}
        </Stack>
      </Section>

      <Section title={t('visits.section.content')} testId="visit-content">
        <Stack gap="sm">
          {data.topics.length > 0 && (
            <Detail label={t('visits.field.topics')}>
              <Stack gap={4}>
                {data.topics.map((topic, index) => (
                  <Group key={index} gap="xs" wrap="wrap">
                    <Text size="sm">{topic.text}</Text>
                    {topic.sector && (
                      <Badge variant="light" size="sm">
                        {sectorLabel(topic.sector)}
                      </Badge>
                    )}
                  </Group>
                ))}
              </Stack>
            </Detail>
          )}
          {data.purpose && (
            <Detail label={t('visits.field.purpose')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {data.purpose}
              </Text>
            </Detail>
          )}
          {data.outcomes && (
            <Detail label={t('visits.field.outcomes')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {data.outcomes}
              </Text>
            </Detail>
          )}
          {data.notes && (
            <Detail label={t('visits.field.notes')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {data.notes}
              </Text>
            </Detail>
          )}
        </Stack>
      </Section>

      {data.goodPractices.length > 0 && (
        <Section
          title={t('visits.section.goodPractices')}
          intro={t('visits.goodPractices.intro', { region: data.hostRegionName })}
          testId="visit-good-practices"
        >
          <Stack gap="xs">
            {data.goodPractices.map((practice) => (
              <GoodPracticeItem key={practice.id} practice={practice} />
            ))}
          </Stack>
        </Section>
      )}

      <ActionsSection parentType="visit" parentId={data.id} partyRegionCodes={data.partyRegionCodes} />

      <RecordDocumentsPanel type="visit" id={data.id} />

      <LinkedRecords type="visit" id={data.id} />

      {auth.can('audit:read') && (
        <Paper withBorder p="md" data-testid="visit-audit">
          <AuditHistory
            key={`${data.version}:${data.pendingChanges.map((change) => change.id).join()}`}
            entityType="visit"
            entityId={data.id}
            title={t('visits.history')}
          />
        </Paper>
      )}

      <ConfirmDeleteDialog
        record={deleting ? data : undefined}
        message={(record) => t('visits.deleteConfirm', { title: record.title })}
        remove={() => deletion.mutateAsync()}
        onClose={() => setDeleting(false)}
        // A shared visit waits for the other parties: the page then shows the pending deletion.
        onDeleted={(result) => {
          setDeleting(false);
          if (result.ok) void navigate('/kunjungan');
        }}
      />
    </Stack>
  );
}
