import { Alert, Button, Stack, Text } from '@mantine/core';
import { clientErrorCodes, type ApiError } from '../api/client';
import { apiErrorWithField } from '../i18n/api-errors';
import { useT } from '../i18n/context';

/** Shows an API failure in the user's language (by its code, never the server's English message). */
export function ApiErrorAlert({ error }: { error: ApiError }) {
  const t = useT();
  const unreachable = error.code === clientErrorCodes.network;
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" data-testid="api-error">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{unreachable ? t('error.network') : apiErrorWithField(t, error)}</Text>
        {error.requestId && (
          <Text size="xs" c="dimmed">
            {t('error.requestId', { id: error.requestId })}
          </Text>
        )}
        <Button size="compact-sm" variant="white" color="red" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
