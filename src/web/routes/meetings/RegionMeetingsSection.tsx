import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { listMeetings } from '../../api/meetings';
import { useApiQuery } from '../../api/use-api-query';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';
import { MeetingKindBadge } from './shared';

const shown = 5;

/** "Pertemuan" on a region page: the latest meetings the region took part in that the reader may see. */
export function RegionMeetingsSection({ regionCode }: { regionCode: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const result = useApiQuery(['meetings', 'region', regionCode], (signal) =>
    listMeetings({ region: regionCode, pageSize: shown }, signal),
  );
  const page = result.data;
  return (
    <Section
      title={t('mtg.region.title')}
      intro={t('mtg.region.intro')}
      testId="region-meetings"
      action={
        page && page.total > 0 ? (
          <Anchor component={Link} to={`/pertemuan?region=${encodeURIComponent(regionCode)}`} size="sm">
            {t('mtg.region.all', { count: page.total })}
          </Anchor>
        ) : undefined
      }
    >
      {page && page.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('mtg.region.empty')}
        </Text>
      )}
      {page && page.items.length > 0 && (
        <Stack gap="xs">
          {page.items.map((meeting) => (
            <Group key={meeting.id} gap="sm" wrap="nowrap" align="flex-start" data-testid="region-meeting">
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap', minWidth: 96 }}>
                {meeting.date ? formatDate(meeting.date) : '—'}
              </Text>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/pertemuan/${meeting.id}`} size="sm">
                  {meeting.title}
                </Anchor>
                <MeetingKindBadge kind={meeting.kind} size="xs" />
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
