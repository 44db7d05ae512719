import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { apiErrorMessage } from '../i18n/api-errors';
import { useT } from '../i18n/context';
import { FormErrorAlert } from './FormErrorAlert';

/**
 * Asks before a consequential action (disable a user, revoke a token, delete an OPD), runs it and
 * shows its failure in place. Closes itself when the action succeeds.
 */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  message,
  confirmLabel,
  onConfirm,
  color = 'red',
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  color?: string;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const close = () => {
    setError(undefined);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      close();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        <FormErrorAlert message={error === undefined ? undefined : apiErrorMessage(t, error)} error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('action.cancel')}
          </Button>
          <Button color={color} loading={busy} onClick={() => void confirm()} data-testid="confirm-action">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
