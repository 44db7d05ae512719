import { Button, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * What a list says when it has nothing to show: a title, a hint at what to do next and, when the
 * reader may, the button that does it (clear the filters, create the first record).
 */
export function EmptyState({
  title,
  hint,
  action,
  testId,
}: {
  title: string;
  hint: string;
  action?: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="xl" data-testid={testId}>
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {hint}
        </Text>
        {action}
      </Stack>
    </Paper>
  );
}

type EmptyText = { title: string; hint: string };

/**
 * The empty state of a list page. With a filter in force it says that nothing matches and how to
 * widen the search; without, that nothing is recorded yet and, when the reader may, offers the
 * button that creates the first record (a link with `to`, or `onClick`).
 */
export function ListEmptyState({
  filtered,
  matching,
  none,
  create,
  testId,
}: {
  filtered: boolean;
  matching: EmptyText;
  none: EmptyText;
  create?: { label: string; to?: string; onClick?: () => void } | false;
  testId: string;
}) {
  if (filtered) return <EmptyState {...matching} testId={testId} />;
  const action =
    create &&
    (create.to ? (
      <Button component={Link} to={create.to} variant="light" mt="xs">
        {create.label}
      </Button>
    ) : (
      <Button variant="light" mt="xs" onClick={create.onClick}>
        {create.label}
      </Button>
    ));
  return <EmptyState {...none} action={action} testId={testId} />;
}
