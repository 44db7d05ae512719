import { Paper, Stack, Text } from '@mantine/core';

/** What a list says when it has nothing to show: a title and a hint at what to do next. */
export function EmptyState({ title, hint, testId }: { title: string; hint: string; testId?: string }) {
  return (
    <Paper withBorder p="xl" data-testid={testId}>
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {hint}
        </Text>
      </Stack>
    </Paper>
  );
}
