import { Badge, Group, Progress, Text } from '@mantine/core';
import type { ActionStatus } from '../../../domain/records/kinds';
import { useT } from '../../i18n/context';

const statusColors: Record<ActionStatus, string> = {
  direncanakan: 'gray',
  berjalan: 'blue',
  selesai: 'green',
  batal: 'dark',
};

/** The status of an action as a badge, in words. */
export function ActionStatusBadge({
  status,
  size = 'sm',
}: {
  status: ActionStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const t = useT();
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      radius="sm"
      tt="none"
      size={size}
      data-testid="action-status"
    >
      {t(`act.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge({ size = 'sm' }: { size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  return (
    <Badge color="red" variant="filled" radius="sm" tt="none" size={size} data-testid="action-overdue">
      {t('act.overdue')}
    </Badge>
  );
}

/** A progress bar with its percentage beside it. */
export function ProgressLine({ value, testId, label }: { value: number; testId?: string; label?: string }) {
  return (
    <Group gap="xs" wrap="nowrap" data-testid={testId} data-progress={value}>
      <Progress
        value={value}
        size="lg"
        radius="xl"
        color={value >= 100 ? 'green' : 'blue'}
        style={{ flex: 1, minWidth: 60 }}
        aria-label={label}
      />
      <Text size="sm" fw={600} w={44} ta="right">
        {value}%
      </Text>
    </Group>
  );
}
