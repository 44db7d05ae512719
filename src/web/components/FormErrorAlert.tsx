import { Alert, Text } from '@mantine/core';
import { ApiError } from '../api/client';
import { useT } from '../i18n/context';

/**
 * The failure of a submitted form, in words for the user (`apiError.*`). Field errors belong under
 * their field; this shows the rest. Renders nothing without a message.
 */
export function FormErrorAlert({
  message,
  error,
  testId,
}: {
  message: string | undefined;
  /** The error behind the message, for its request id. */
  error?: unknown;
  testId?: string;
}) {
  const t = useT();
  if (!message) return null;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" title={t('apiError.title')} role="alert" data-testid={testId}>
      <Text size="sm">{message}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('error.requestId', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
