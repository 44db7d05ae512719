import { Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { addActionComment, listActionComments, type ActionDetailDto } from '../../api/actions';
import type { ApiError } from '../../api/client';
import { useApiQuery, useInvalidate } from '../../api/use-api-query';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../agreements/shared';

/** Comments and progress notes of an action, oldest first, and a box to add one. */
export function ActionComments({ action }: { action: ActionDetailDto }) {
  const t = useT();
  const formatDate = useFormatDate();
  const invalidate = useInvalidate();
  const comments = useApiQuery(['action', action.id, 'comments'], (signal) =>
    listActionComments(action.id, signal),
  );
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const send = () => {
    setSending(true);
    setError(null);
    addActionComment(action.id, body)
      .then(
        () => {
          setBody('');
          return invalidate(['action', action.id, 'comments']);
        },
        (cause: unknown) => setError(cause as ApiError),
      )
      .finally(() => setSending(false));
  };

  const items = comments.data?.items ?? comments.lastData?.items ?? [];
  return (
    <Section title={t('act.detail.comments')} testId="action-comments">
      {comments.error && <ApiErrorAlert error={comments.error} />}
      {items.length === 0 && comments.data && (
        <Text size="sm" c="dimmed">
          {t('act.detail.noComments')}
        </Text>
      )}
      <Stack gap="xs">
        {items.map((comment) => (
          <Paper key={comment.id} withBorder p="sm" bg="gray.0" data-testid="action-comment">
            <Text size="xs" c="dimmed">
              {comment.authorName ?? t('act.detail.anonymous')} · {formatDate(comment.createdAt, true)}
            </Text>
            {comment.status && comment.progress !== null && (
              <Text size="xs" fw={600} c="blue.8">
                {t('act.detail.reportedAs', {
                  status: t(`act.status.${comment.status}`),
                  progress: comment.progress,
                })}
              </Text>
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {comment.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {action.access.comment && (
        <Stack gap="xs">
          <Textarea
            aria-label={t('act.detail.commentPlaceholder')}
            placeholder={t('act.detail.commentPlaceholder')}
            autosize
            minRows={2}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            data-testid="comment-body"
          />
          {error && <ApiErrorAlert error={error} />}
          <Button
            onClick={send}
            loading={sending}
            disabled={body.trim() === ''}
            style={{ alignSelf: 'flex-end' }}
            variant="light"
            data-testid="comment-send"
          >
            {t('act.detail.commentSend')}
          </Button>
        </Stack>
      )}
    </Section>
  );
}
