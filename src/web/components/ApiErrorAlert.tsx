import { Alert, Button, Stack, Text } from '@mantine/core';
import { clientErrorCodes, type ApiError } from '../api/client';
import { useT } from '../i18n/context';

/** Shows an API failure: the server's own message, or a plain explanation when it could not be reached. */
export function ApiErrorAlert({ error }: { error: ApiError }) {
  const t = useT();
  const unreachable = error.code === clientErrorCodes.network;
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" data-testid="api-error">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{unreachable ? t('error.network') : error.message}</Text>
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
