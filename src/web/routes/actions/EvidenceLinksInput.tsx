import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../../i18n/context';

export type LinkDraft = { url: string; label: string };

/** Evidence links (address and label), added and removed one by one. */
export function EvidenceLinksInput({
  links,
  onChange,
  error,
}: {
  links: LinkDraft[];
  onChange: (links: LinkDraft[]) => void;
  error?: string | undefined;
}) {
  const t = useT();
  const set = (index: number, change: Partial<LinkDraft>) =>
    onChange(links.map((link, at) => (at === index ? { ...link, ...change } : link)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('act.field.evidenceLinks')}
      </Text>
      {links.map((link, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            aria-label={t('act.field.linkUrl')}
            placeholder={t('act.field.linkUrl')}
            value={link.url}
            onChange={(event) => set(index, { url: event.currentTarget.value })}
            style={{ flex: '2 1 220px' }}
            data-testid="evidence-url"
          />
          <TextInput
            aria-label={t('act.field.linkLabel')}
            placeholder={t('act.field.linkLabel')}
            value={link.label}
            onChange={(event) => set(index, { label: event.currentTarget.value })}
            style={{ flex: '1 1 140px' }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('act.form.removeLink')}
            onClick={() => onChange(links.filter((_, at) => at !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => onChange([...links, { url: '', label: '' }])}
        data-testid="evidence-add"
      >
        {t('act.form.addLink')}
      </Button>
    </Stack>
  );
}
