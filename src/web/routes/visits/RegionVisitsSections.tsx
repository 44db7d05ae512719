import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { listGoodPractices, listVisits } from '../../api/visits';
import { useApiQuery } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';
import { dateRange, GoodPracticeItem, ParticipantName, VisitKindBadge } from './shared';

const shown = 5;

function RegionVisits({ code, direction }: { code: string; direction: 'received' | 'made' }) {
  const t = useT();
  const formatDate = useFormatDate();
  const list = useApiQuery(['visits', 'region', code, direction], (signal) =>
    listVisits({ region: code, direction, pageSize: shown }, signal),
  );
  return (
    <Section
      title={t(direction === 'received' ? 'region.visits.received' : 'region.visits.made')}
      testId={`region-visits-${direction}`}
      action={
        list.data && list.data.total > 0 ? (
          <Anchor component={Link} to={`/kunjungan?region=${code}&direction=${direction}`} size="sm">
            {t('region.visits.all', { count: list.data.total })}
          </Anchor>
        ) : undefined
      }
    >
      {list.error && <ApiErrorAlert error={list.error} />}
      {!list.data && !list.error && <Skeleton h={40} />}
      {list.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(direction === 'received' ? 'region.visits.noneReceived' : 'region.visits.noneMade')}
        </Text>
      )}
      <Stack gap="sm">
        {list.data?.items.map((visit) => (
          <Stack key={visit.id} gap={2}>
            <Group gap="xs" wrap="wrap">
              <VisitKindBadge kind={visit.kind} size="sm" />
              {visit.startDate && (
                <Text size="xs" c="dimmed">
                  {dateRange(formatDate, visit.startDate, visit.endDate)}
                </Text>
              )}
            </Group>
            <Anchor component={Link} to={`/kunjungan/${visit.id}`} size="sm" fw={500}>
              {visit.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {direction === 'received' ? (
                <>
                  {t('region.visits.from')}{' '}
                  {visit.visitors.map((visitor, index) => (
                    <span key={index}>
                      {index > 0 && ', '}
                      <ParticipantName participant={visitor} />
                    </span>
                  ))}
                </>
              ) : (
                t('region.visits.to', { host: visit.hostRegionName })
              )}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}

function GoodPractices({ code }: { code: string }) {
  const t = useT();
  const list = useApiQuery(['visits', 'good-practices', code], (signal) => listGoodPractices(code, signal));
  return (
    <Section
      title={t('region.goodPractices.title')}
      intro={t('region.goodPractices.intro')}
      testId="region-good-practices"
    >
      {list.error && <ApiErrorAlert error={list.error} />}
      {!list.data && !list.error && <Skeleton h={40} />}
      {list.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('region.goodPractices.none')}
        </Text>
      )}
      <Stack gap="sm">
        {list.data?.items.map((practice) => (
          <GoodPracticeItem key={practice.id} practice={practice} testId="good-practice">
            <Text size="xs" c="dimmed">
              {t('region.goodPractices.learnedBy', { visitors: practice.visit.visitorNames.join(', ') })}{' '}
              <Anchor component={Link} to={`/kunjungan/${practice.visit.id}`} size="xs">
                {practice.visit.title}
              </Anchor>
            </Text>
          </GoodPracticeItem>
        ))}
      </Stack>
    </Section>
  );
}

/** The region page's visits: those it received, those it made, and its good practices. */
export function RegionVisitsSections({ code }: { code: string }) {
  return (
    <>
      <RegionVisits code={code} direction="received" />
      <RegionVisits code={code} direction="made" />
      <GoodPractices code={code} />
    </>
  );
}
