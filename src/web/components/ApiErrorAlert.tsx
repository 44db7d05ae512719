import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { clientErrorCodes, type ApiError } from '../api/client';
import { apiErrorWithField } from '../i18n/api-errors';
import { useT } from '../i18n/context';

/**
 * Shows an API failure in the user's language (by its code, never the server's English message).
 * Its "reload" asks again for the reads that failed with this error; a failure that is no read's
 * (a write's) reloads the page.
 */
export function ApiErrorAlert({ error }: { error: ApiError }) {
  const t = useT();
  const queryClient = useQueryClient();
  const retry = () => {
    const failedWithThis = {
      predicate: (query: { state: { error: unknown } }) => query.state.error === error,
    };
    if (queryClient.getQueryCache().findAll(failedWithThis).length === 0) window.location.reload();
    else void queryClient.refetchQueries(failedWithThis);
  };
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
        <Button size="compact-sm" variant="white" color="red" onClick={retry}>
          {t('error.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
