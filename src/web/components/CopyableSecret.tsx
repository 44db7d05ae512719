import { Button, Code, CopyButton, Group, Stack } from '@mantine/core';
import { useT } from '../i18n/context';

/** A secret shown once (a password link, an API token) with a copy button. */
export function CopyableSecret({ value, testId }: { value: string; testId?: string }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {value}
      </Code>
      <Group justify="flex-end">
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="compact-sm"
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
            >
              {copied ? t('action.copied') : t('action.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
