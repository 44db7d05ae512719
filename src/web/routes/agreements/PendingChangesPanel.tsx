import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { decidePendingChange, type AgreementDetailDto, type PendingChangeDto } from '../../api/agreements';
import type { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { displayName, regionByCode } from '../../../domain/regions';
import { useT } from '../../i18n/context';

/**
 * Changes of a shared record that wait for the other parties (decision 009): removing a party,
 * publishing. A party whose consent is awaited agrees or rejects; the proposer may withdraw.
 */
export function PendingChangesPanel({
  agreement,
  ownRegion,
  onChanged,
}: {
  agreement: AgreementDetailDto;
  ownRegion: string | null;
  onChanged: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (agreement.pendingChanges.length === 0) return null;

  const regionNames = (codes: readonly string[]) =>
    codes.map((code) => {
      const region = regionByCode(code);
      return region ? displayName(region) : code;
    });
  const decide = (change: PendingChangeDto, decision: 'confirm' | 'reject') => {
    setBusy(`${change.id}:${decision}`);
    setError(null);
    decidePendingChange(agreement.id, change.id, decision)
      .then(
        // Once our own region is removed, the record is no longer ours to see.
        (result) => (result.agreement ? onChanged() : navigate('/kerja-sama')),
        (cause: unknown) => setError(cause as ApiError),
      )
      .finally(() => setBusy(null));
  };

  return (
    <Alert color="blue" title={t('agr.pending.title')} data-testid="pending-changes">
      <Stack gap="sm">
        {error && <ApiErrorAlert error={error} />}
        {agreement.pendingChanges.map((change) => (
          <Stack key={change.id} gap={4} data-testid="pending-change" data-kind={change.kind}>
            <Text size="sm" fw={600}>
              {change.kind === 'publish'
                ? t('agr.pending.publish')
                : t('agr.pending.remove', { parties: regionNames(change.removeRegionCodes).join(', ') })}
            </Text>
            {change.proposedRegionCode && (
              <Text size="xs" c="dimmed">
                {t('agr.pending.proposedBy', { region: regionNames([change.proposedRegionCode]).join('') })}
              </Text>
            )}
            <Text size="xs">
              {t('agr.pending.awaiting', { parties: regionNames(change.awaitingRegionCodes).join(', ') })}
            </Text>
            {(change.canConfirm || change.canReject) && (
              <Group gap="xs">
                {change.canConfirm && (
                  <Button
                    size="xs"
                    onClick={() => decide(change, 'confirm')}
                    loading={busy === `${change.id}:confirm`}
                    data-testid="pending-change-confirm"
                  >
                    {t('agr.pending.confirm')}
                  </Button>
                )}
                {change.canReject && (
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    onClick={() => decide(change, 'reject')}
                    loading={busy === `${change.id}:reject`}
                    data-testid="pending-change-reject"
                  >
                    {change.proposedRegionCode !== null && change.proposedRegionCode === ownRegion
                      ? t('agr.pending.withdraw')
                      : t('agr.pending.reject')}
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
