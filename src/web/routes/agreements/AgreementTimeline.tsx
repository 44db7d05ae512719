import { Anchor, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { documentTypeLabels, stageLabels } from '../../../domain/agreements';
import type { AgreementDetailDto } from '../../api/agreements';
import { auditNote } from '../../components/audit-format';
import { useT } from '../../i18n/context';
import { Card, useFormatDate, useLabel } from './shared';

type TimelineEntry = {
  /** The entry's date (a calendar date or a timestamp), or null when the record has none. */
  at: string | null;
  sortKey: string;
  title: ReactNode;
  detail: string | null;
  color: string;
  kind: 'signed' | 'recorded' | 'stage' | 'document' | 'confirmed' | 'linked';
};

/** Undated entries (a linked PKS without its signing date yet) come last. */
const undated = '9999-12-31';

/**
 * The life of an agreement in the order it happened: its signing, its KSB or the PKS and amendments linked
 * to it, its stages, uploaded documents and the parties' confirmations.
 */
export function AgreementTimeline({ agreement }: { agreement: AgreementDetailDto }) {
  const t = useT();
  const label = useLabel();
  const formatDate = useFormatDate();

  const linkTo = (item: { id: string; title: string }) => (
    <Anchor component={Link} to={`/kerja-sama/${item.id}`} inherit>
      {item.title}
    </Anchor>
  );

  const entries: TimelineEntry[] = [
    ...(agreement.signingDate
      ? [
          {
            at: agreement.signingDate,
            sortKey: `${agreement.signingDate}|0`,
            title: agreement.signingPlace
              ? t('agr.timeline.signedAt', { place: agreement.signingPlace })
              : t('agr.timeline.signed'),
            detail: null,
            color: 'dark',
            kind: 'signed' as const,
          },
        ]
      : []),
    ...(agreement.parent
      ? [
          {
            at: agreement.parent.signingDate,
            sortKey: `${agreement.parent.signingDate ?? undated}|0`,
            title: (
              <>
                {t('agr.timeline.parent', { type: documentTypeLabels[agreement.parent.documentType].short })}
                {': '}
                {linkTo(agreement.parent)}
              </>
            ),
            detail: null,
            color: 'cyan',
            kind: 'linked' as const,
          },
        ]
      : []),
    ...agreement.children.map((child) => ({
      at: child.signingDate,
      sortKey: `${child.signingDate ?? undated}|1`,
      title: (
        <>
          {t('agr.timeline.child', { type: documentTypeLabels[child.documentType].short })}
          {': '}
          {linkTo(child)}
        </>
      ),
      detail: label(stageLabels[child.stage]),
      color: 'cyan',
      kind: 'linked' as const,
    })),
    {
      at: agreement.createdAt,
      sortKey: `${agreement.createdAt.slice(0, 10)}|${agreement.createdAt}|0`,
      title: t('agr.timeline.created'),
      detail: null,
      color: 'gray',
      kind: 'recorded' as const,
    },
    ...agreement.transitions.map((transition) => ({
      at: transition.date,
      sortKey: `${transition.date}|${transition.createdAt}|1`,
      title: t('agr.timeline.stage', { stage: label(stageLabels[transition.toStage]) }),
      // The server writes its own notes in English ('Entered after the fact'): shown in words.
      detail: auditNote(t, transition.note),
      color: 'sinergi',
      kind: 'stage' as const,
    })),
    ...agreement.documents.flatMap((document) =>
      document.versions.map((version) => ({
        at: version.createdAt,
        sortKey: `${version.createdAt.slice(0, 10)}|${version.createdAt}|1`,
        title: t('agr.timeline.document', { title: document.title, version: version.version }),
        detail: version.note,
        color: 'grape',
        kind: 'document' as const,
      })),
    ),
    ...agreement.parties
      .filter((party) => party.confirmedAt !== null)
      .map((party) => ({
        at: party.confirmedAt,
        sortKey: `${(party.confirmedAt ?? '').slice(0, 10)}|${party.confirmedAt ?? ''}|1`,
        title: t('agr.timeline.confirmed', { party: party.name }),
        detail: null,
        color: 'green',
        kind: 'confirmed' as const,
      })),
  ].sort((a, b) => a.sortKey.localeCompare(b.sortKey));

  return (
    <Card title={t('agr.timeline.title')} testId="agreement-timeline">
      <Timeline active={entries.length} bulletSize={14} lineWidth={2}>
        {entries.map((entry, index) => (
          <Timeline.Item
            key={index}
            title={entry.title}
            color={entry.color}
            data-testid="timeline-entry"
            data-kind={entry.kind}
          >
            <Text size="xs" c="dimmed">
              {entry.at ? formatDate(entry.at) : t('agr.noDate')}
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
