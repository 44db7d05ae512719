import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ActionParentType } from '../../../domain/records/kinds';
import { getActionSummary, listActions } from '../../api/actions';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';
import { ActionStatusBadge, OverdueBadge, ProgressLine } from './shared';

/** The follow-up actions of one record (up to 50), one cached read for every part of its page. */
export function useActionsOf(parentType: ActionParentType, parentId: string) {
  return useApiQuery(['actions', 'of', parentType, parentId], (signal) =>
    listActions({ parentType, parentId, pageSize: 50 }, signal),
  );
}

/**
 * The follow-up actions of a record (an agreement, a visit or a meeting): the rolled-up progress, the
 * actions with their OPD, status and progress, and "Tambah tindak lanjut" for who may add one.
 * One line on a detail page: `<ActionsSection parentType="visit" parentId={visit.id} partyRegionCodes={...} />`.
 */
export function ActionsSection({
  parentType,
  parentId,
  partyRegionCodes,
}: {
  parentType: ActionParentType;
  parentId: string;
  /** The parent's party regions: an administrator of one of them may add actions. */
  partyRegionCodes: readonly string[];
}) {
  const t = useT();
  const date = useFormatDate();
  const auth = useAuth();
  const summary = useApiQuery(['actions', 'summary', parentType, parentId], (signal) =>
    getActionSummary(parentType, parentId, signal),
  );
  const actions = useActionsOf(parentType, parentId);
  const region = auth.user?.regionCode ?? null;
  const canAdd =
    auth.can('record:create') &&
    (auth.user?.role === 'system_admin' || (region !== null && partyRegionCodes.includes(region)));
  const newUrl = `/tindak-lanjut/baru?parentType=${parentType}&parentId=${parentId}`;
  const rollup = summary.data;

  return (
    <Section
      title={t('act.section.title')}
      intro={t(`act.section.intro.${parentType}`)}
      testId="actions-section"
      action={
        canAdd && (
          <Button component={Link} to={newUrl} size="sm" data-testid="actions-add">
            {t('act.new')}
          </Button>
        )
      }
    >
      {summary.error && <ApiErrorAlert error={summary.error} />}
      {rollup && rollup.total > 0 && (
        <Stack gap={4} data-testid="actions-rollup">
          <Text size="sm" fw={600}>
            {t('act.section.progress')}
          </Text>
          {rollup.progress === null ? (
            <Text size="sm" c="dimmed">
              {t('act.section.progressNone')}
            </Text>
          ) : (
            <ProgressLine
              value={rollup.progress}
              testId="actions-rollup-progress"
              label={t('act.section.progress')}
            />
          )}
          <Group gap="md">
            <Text size="sm" c="dimmed">
              {t('act.section.done', { done: rollup.byStatus.selesai, total: rollup.total })}
            </Text>
            {rollup.overdue > 0 && (
              <Text size="sm" c="red.8" fw={600}>
                {t('act.section.overdue', { count: rollup.overdue })}
              </Text>
            )}
          </Group>
        </Stack>
      )}
      {actions.error && <ApiErrorAlert error={actions.error} />}
      {actions.data && actions.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="actions-empty">
          {t('act.section.empty')}
        </Text>
      )}
      {actions.data && actions.data.items.length > 0 && (
        <Stack gap="xs">
          {actions.data.items.map((action) => (
            <Paper key={action.id} withBorder p="sm" data-testid="actions-item" data-id={action.id}>
              <Stack gap={6}>
                <Group gap={4}>
                  <ActionStatusBadge status={action.status} />
                  {action.overdue && <OverdueBadge />}
                </Group>
                <Anchor component={Link} to={`/tindak-lanjut/${action.id}`} fw={600} size="sm">
                  {action.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {action.opd.name}
                  {action.dueDate ? ` · ${t('act.col.due')}: ${date(action.dueDate)}` : ''}
                </Text>
                <ProgressLine value={action.progress} label={t('act.col.progress')} />
              </Stack>
            </Paper>
          ))}
          {actions.data.total > actions.data.items.length && (
            <Anchor
              component={Link}
              to={`/tindak-lanjut?parentType=${parentType}&parentId=${parentId}`}
              size="sm"
            >
              {t('act.section.all')}
            </Anchor>
          )}
        </Stack>
      )}
    </Section>
  );
}
