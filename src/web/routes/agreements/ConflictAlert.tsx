import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { VersionConflictDetails } from '../../api/agreements';
import { useT } from '../../i18n/context';
import { describeChanges } from './conflict-changes';
import { useFormatDate, useLabel, useSectorLabel } from './shared';

/**
 * The lost-update warning of the edit form: someone saved the agreement after this form was opened. It
 * shows each field they changed with its value before and now (marking the fields this user changed too),
 * and offers to save again with this user's changes on the new version, or to load the new version.
 */
export function ConflictAlert({
  conflict,
  mine,
  saving,
  onRetry,
  onDiscard,
}: {
  conflict: VersionConflictDetails;
  /** The API field names the user changed in the form. */
  mine: ReadonlySet<string>;
  saving: boolean;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const sectorLabel = useSectorLabel();
  const formatDate = useFormatDate();
  const changes = describeChanges(conflict.changes ?? [], conflict.current, {
    t,
    label,
    sectorLabel,
    formatDate: (iso) => formatDate(iso),
  });

  return (
    <Alert color="orange" title={t('agr.form.conflict.title')} data-testid="form-conflict">
      <Stack gap="sm" align="stretch">
        <Text size="sm">{t('agr.form.conflict.text', { version: conflict.currentVersion })}</Text>
        {changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agr.conflict.unknown')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table
              withTableBorder
              verticalSpacing={6}
              bg="white"
              fz="sm"
              data-testid="conflict-changes"
              style={{ tableLayout: 'fixed' }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="24%">{t('agr.conflict.col.field')}</Table.Th>
                  <Table.Th>{t('agr.conflict.col.from')}</Table.Th>
                  <Table.Th>{t('agr.conflict.col.to')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((change) => (
                  <Table.Tr key={change.field} data-testid="conflict-change" data-field={change.field}>
                    <Table.Td fw={600}>
                      {change.label}
                      {mine.has(change.field) && (
                        <Badge ml={6} size="xs" color="red" variant="light" radius="sm" tt="none">
                          {t('agr.conflict.mine')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td c="dimmed" td="line-through" style={{ overflowWrap: 'anywhere' }}>
                      {change.from}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.to}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group gap="xs">
          <Button size="xs" onClick={onRetry} loading={saving} data-testid="conflict-reapply">
            {t('agr.form.conflict.reload')}
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard} data-testid="conflict-discard">
            {t('agr.form.conflict.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
