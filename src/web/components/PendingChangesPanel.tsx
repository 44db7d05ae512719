import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { PendingChange } from '../api/pending-changes';
import { useDecidePendingChange, type SharedRecordType } from '../api/record-mutations';
import { ApiErrorAlert } from './ApiErrorAlert';
import { displayName, regionByCode } from '../../domain/regions';
import { useT } from '../i18n/context';

function regionNames(codes: readonly string[]): string {
  return codes
    .map((code) => {
      const region = regionByCode(code);
      return region ? displayName(region) : code;
    })
    .join(', ');
}

/**
 * Changes of a shared record that wait for the other parties (decision 009): removing a party,
 * publishing, deleting; the same for agreements, visits, meetings and programs. A party whose consent
 * is awaited agrees or rejects; the proposer sees whose consent it awaits and may withdraw it. A
 * decision refetches the record and its lists itself (`useDecidePendingChange`).
 */
export function PendingChangesPanel({
  recordType,
  recordId,
  pendingChanges,
  ownRegion,
  listPath,
}: {
  recordType: SharedRecordType;
  recordId: string;
  pendingChanges: readonly PendingChange[];
  ownRegion: string | null;
  /** Where to go once the record is gone for the reader (deleted, or their region removed). */
  listPath: string;
}) {
  const t = useT();
  const navigate = useNavigate();
  const deciding = useDecidePendingChange(recordType, recordId);
  if (pendingChanges.length === 0) return null;

  const decide = (change: PendingChange, decision: 'confirm' | 'reject') =>
    deciding.mutate(
      { changeId: change.id, decision },
      {
        onSuccess: (result) => {
          if (!result.record) void navigate(listPath);
        },
      },
    );
  const busy = (change: PendingChange, decision: 'confirm' | 'reject') =>
    deciding.isPending &&
    deciding.variables.changeId === change.id &&
    deciding.variables.decision === decision;
  const describe = (change: PendingChange) => {
    if (change.kind === 'delete') return t('consent.delete');
    if (change.kind === 'publish') return t('consent.publish');
    const parties = regionNames(change.removeRegionCodes);
    return change.publishes ? t('consent.removeAndPublish', { parties }) : t('consent.remove', { parties });
  };

  return (
    <Alert color="blue" title={t('consent.title')} data-testid="pending-changes">
      <Stack gap="sm">
        {deciding.error && <ApiErrorAlert error={deciding.error} />}
        {pendingChanges.map((change) => (
          <Stack key={change.id} gap={4} data-testid="pending-change" data-kind={change.kind}>
            <Text size="sm" fw={600}>
              {describe(change)}
            </Text>
            {change.proposedRegionCode && (
              <Text size="xs" c="dimmed">
                {t('consent.proposedBy', { region: regionNames([change.proposedRegionCode]) })}
              </Text>
            )}
            <Text size="xs" data-testid="pending-change-awaiting">
              {t('consent.awaiting', { parties: regionNames(change.awaitingRegionCodes) })}
            </Text>
            {(change.canConfirm || change.canReject) && (
              <Group gap="xs">
                {change.canConfirm && (
                  <Button
                    size="xs"
                    onClick={() => decide(change, 'confirm')}
                    loading={busy(change, 'confirm')}
                    data-testid="pending-change-confirm"
                  >
                    {t('consent.confirm')}
                  </Button>
                )}
                {change.canReject && (
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    onClick={() => decide(change, 'reject')}
                    loading={busy(change, 'reject')}
                    data-testid="pending-change-reject"
                  >
                    {change.proposedRegionCode !== null && change.proposedRegionCode === ownRegion
                      ? t('consent.withdraw')
                      : t('consent.reject')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
