import { Anchor, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { listAgreementSources } from '../../api/ingest';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';

/**
 * The provenance of an agreement on its page: the articles and press releases it was drafted from or
 * that were attached to it, each with its address and full text. Shows nothing when there are none.
 */
export function AgreementSourcesPanel({ agreementId }: { agreementId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const sources = useApiQuery(['agreement', agreementId, 'sources'], (signal) =>
    listAgreementSources(agreementId, signal),
  );
  const items = sources.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="agreement-sources">
      <Stack gap="sm">
        <Stack gap={0}>
          <Title order={2} size="h4">
            {t('ingest.sources.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('ingest.sources.hint')}
          </Text>
        </Stack>
        {items.map((source) => (
          <Paper key={source.id} withBorder p="sm" bg="gray.0" data-testid="agreement-source">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {source.title ?? t('ingest.saved.sourceUntitled')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('ingest.sources.imported', { date: formatDate.dateTime(source.createdAt) })}
              </Text>
              {source.url ? (
                <Anchor
                  href={source.url}
                  target="_blank"
                  rel="noreferrer noopener"
                  size="xs"
                  style={{ overflowWrap: 'anywhere' }}
                  data-testid="agreement-source-url"
                >
                  {source.url}
                </Anchor>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('ingest.sources.noUrl')}
                </Text>
              )}
              <Spoiler
                maxHeight={72}
                showLabel={t('ingest.sources.more')}
                hideLabel={t('ingest.sources.less')}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="agreement-source-text">
                  {source.text}
                </Text>
              </Spoiler>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}
