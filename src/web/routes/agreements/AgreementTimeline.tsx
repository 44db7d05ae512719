import { Text, Timeline } from '@mantine/core';
import { stageLabels } from '../../../domain/agreements';
import type { AgreementDetailDto } from '../../api/agreements';
import { useT } from '../../i18n/context';
import { Card, useFormatDate, useLabel } from './shared';

type TimelineEntry = { at: string; sortKey: string; title: string; detail: string | null; color: string };

/** Stages, documents and confirmations of an agreement in the order they happened. */
export function AgreementTimeline({ agreement }: { agreement: AgreementDetailDto }) {
  const t = useT();
  const label = useLabel();
  const formatDate = useFormatDate();

  const entries: TimelineEntry[] = [
    ...agreement.transitions.map((transition) => ({
      at: transition.date,
      sortKey: `${transition.date}|${transition.createdAt}`,
      title: t('agr.timeline.stage', { stage: label(stageLabels[transition.toStage]) }),
      detail: transition.note,
      color: 'sinergi',
    })),
    ...agreement.documents.flatMap((document) =>
      document.versions.map((version) => ({
        at: version.createdAt,
        sortKey: `${version.createdAt.slice(0, 10)}|${version.createdAt}`,
        title: t('agr.timeline.document', { title: document.title, version: version.version }),
        detail: version.note,
        color: 'grape',
      })),
    ),
    ...agreement.parties
      .filter((party) => party.confirmedAt !== null)
      .map((party) => ({
        at: party.confirmedAt ?? '',
        sortKey: `${(party.confirmedAt ?? '').slice(0, 10)}|${party.confirmedAt ?? ''}`,
        title: t('agr.timeline.confirmed', { party: party.name }),
        detail: null,
        color: 'green',
      })),
  ].sort((a, b) => a.sortKey.localeCompare(b.sortKey));

  return (
    <Card title={t('agr.timeline.title')} testId="agreement-timeline">
      <Timeline active={entries.length} bulletSize={14} lineWidth={2}>
        {entries.map((entry, index) => (
          <Timeline.Item key={index} title={entry.title} color={entry.color} data-testid="timeline-entry">
            <Text size="xs" c="dimmed">
              {formatDate(entry.at)}
            </Text>
            {entry.detail && (
              <Text size="sm" mt={2}>
                {entry.detail}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
