import { Badge, Group, Progress, Text } from '@mantine/core';
import type { ActionStatus } from '../../../domain/records/kinds';
import { ApiError } from '../../api/client';
import { apiErrorWithField } from '../../i18n/api-errors';
import type { Translate } from '../../i18n/context';
import { useT } from '../../i18n/context';
import { isMessageKey } from '../../i18n/translate';

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

/** A problem the server reports in RULE_VIOLATION details. */
export type ActionIssue = { code: string; field: string | null; message: string };

/**
 * A failed save split into messages under the form's fields (from RULE_VIOLATION issues, or the
 * field of another error) and a general one, all in the user's language.
 */
export function actionFormErrors(
  t: Translate,
  error: unknown,
): { fields: Record<string, string>; general: string | undefined } {
  if (!error) return { fields: {}, general: undefined };
  if (error instanceof ApiError && error.code === 'RULE_VIOLATION' && Array.isArray(error.details)) {
    const fields: Record<string, string> = {};
    for (const issue of error.details as ActionIssue[]) {
      const key = `issue.${issue.code}`;
      const message = isMessageKey(key) ? t(key) : t('apiError.RULE_VIOLATION');
      const field = (issue.field ?? '').split('.')[0] ?? '';
      if (field && !(field in fields)) fields[field] = message;
    }
    return { fields, general: Object.keys(fields).length === 0 ? t('apiError.RULE_VIOLATION') : undefined };
  }
  if (error instanceof ApiError && error.field) {
    const field = error.field.replace(/^body\./, '').split('.')[0] ?? '';
    return { fields: {}, general: field ? apiErrorWithField(t, error) : undefined };
  }
  return { fields: {}, general: apiErrorWithField(t, error) };
}
