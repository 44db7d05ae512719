import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Title, one-line introduction and the page's main action, laid out like the Wilayah page. */
export function PageHeader({
  title,
  intro,
  action,
  titleTestId,
}: {
  title: ReactNode;
  intro?: ReactNode;
  action?: ReactNode;
  titleTestId?: string;
}) {
  return (
    <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 320px' }}>
        <Title order={1} data-testid={titleTestId}>
          {title}
        </Title>
        {intro && <Text c="dimmed">{intro}</Text>}
      </Stack>
      {action}
    </Group>
  );
}
