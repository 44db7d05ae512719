import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { SinergiMark } from '../../components/SinergiMark';

/** The narrow centred card of the login, setup and set-password pages. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <Center py={{ base: 'md', sm: 'xl' }}>
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} w="100%" maw={440}>
        <Stack gap="lg">
          <Stack gap={6} align="flex-start">
            <SinergiMark size={40} />
            <Title order={1} size="h2">
              {title}
            </Title>
            {intro && (
              <Text size="sm" c="dimmed">
                {intro}
              </Text>
            )}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/** A `next` parameter that stays inside Sinergi ("/admin/pengguna"), never another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
