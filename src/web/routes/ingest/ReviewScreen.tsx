import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { DocumentType } from '../../../domain/agreements';
import type { ExtractResponseDto, IngestResponseDto } from '../../api/ingest';
import { useT } from '../../i18n/context';
import { isEmptyResult, type Draft } from './draft';
import { DraftForm, type FieldIssues } from './DraftForm';
import { defaultSaveAs, type SaveAs } from './record-drafts';
import { RecordSavePanel } from './RecordSavePanel';
import { SavedPanel, SavePanel } from './SavePanel';
import { SourceText, type ActiveEvidence } from './SourceText';

/**
 * Review of one article: the cleaned text with its evidence on the left, the editable draft and where
 * to save it on the right. The draft lives with the queue item, so leaving and coming back keeps edits.
 */
export function ReviewScreen({
  label,
  response,
  draft,
  saved,
  canSave,
  backLabel,
  onDraftChange,
  onSaved,
  onFollowUp,
  onBack,
  onAnother,
}: {
  label: string;
  response: ExtractResponseDto;
  draft: Draft;
  saved: IngestResponseDto | undefined;
  canSave: boolean;
  backLabel: string;
  onDraftChange: (draft: Draft) => void;
  onSaved: (saved: IngestResponseDto) => void;
  onFollowUp: (type: DocumentType, savedId: string) => void;
  onBack: () => void;
  onAnother: () => void;
}) {
  const t = useT();
  const { result, source } = response;
  const [active, setActive] = useState<ActiveEvidence | null>(null);
  const [issues, setIssues] = useState<FieldIssues>({});
  // What the article is recorded as: a visit or an audience is never filed as an agreement by default.
  const [saveAs, setSaveAs] = useState<SaveAs>(defaultSaveAs(draft.eventType));
  const empty = isEmptyResult(result);
  const sourceUrl = source.finalUrl ?? source.url;

  return (
    <Stack gap="md" data-testid="ingest-review">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Stack gap={0} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Title order={2} size="h3" lineClamp={2} data-testid="ingest-review-title">
            {label}
          </Title>
          {sourceUrl && (
            <Text size="xs" c="dimmed" truncate>
              {t('ingest.review.fetchedFrom')}{' '}
              <Anchor href={sourceUrl} target="_blank" rel="noreferrer noopener" size="xs">
                {sourceUrl}
              </Anchor>
            </Text>
          )}
        </Stack>
        <Button variant="default" size="compact-md" onClick={onBack} data-testid="ingest-back">
          ← {backLabel}
        </Button>
      </Group>

      {saved && (
        <SavedPanel
          saved={saved}
          result={result}
          draft={draft}
          onFollowUp={(type) => {
            setIssues({});
            onFollowUp(type, saved.record.id);
          }}
          onAnother={onAnother}
        />
      )}

      {empty && (
        <Alert color="orange" variant="light" title={t('ingest.review.nothing')} data-testid="ingest-nothing">
          <Stack gap={4}>
            <Text size="sm">{t('ingest.review.nothingHint')}</Text>
            {result.language !== 'id' && <Text size="sm">{t('ingest.review.notIndonesian')}</Text>}
          </Stack>
        </Alert>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" className="ingest-sticky">
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('ingest.review.source')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('ingest.review.sourceHint')}
              </Text>
              {result.truncated && (
                <Text size="xs" c="orange.8">
                  {t('ingest.review.truncated')}
                </Text>
              )}
              <SourceText result={result} active={active} height="calc(100vh - 240px)" />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {t('ingest.review.draft')}
                </Title>
                <DraftForm
                  result={result}
                  draft={draft}
                  onChange={onDraftChange}
                  active={active}
                  onActivate={setActive}
                  issues={issues}
                  disabled={saved !== undefined}
                />
              </Stack>
            </Paper>
            {!saved && (
              <Paper withBorder p="md">
                <Stack gap={6}>
                  <Text size="sm" fw={600} id="ingest-save-as-label">
                    {t('ingest.saveAs.label')}
                  </Text>
                  <SegmentedControl
                    fullWidth
                    value={saveAs}
                    onChange={(value) => setSaveAs(value as SaveAs)}
                    aria-labelledby="ingest-save-as-label"
                    data={[
                      { value: 'agreement', label: t('ingest.saveAs.agreement') },
                      { value: 'visit', label: t('ingest.saveAs.visit') },
                      { value: 'meeting', label: t('ingest.saveAs.meeting') },
                    ]}
                    data-testid="ingest-save-as"
                  />
                </Stack>
              </Paper>
            )}
            {!saved && saveAs !== 'agreement' && (
              <RecordSavePanel
                response={response}
                draft={draft}
                saveAs={saveAs}
                canSave={canSave}
                onSaved={(result) => {
                  onSaved(result);
                  window.scrollTo({ top: 0, behavior: 'smooth' });
                }}
              />
            )}
            {!saved && saveAs === 'agreement' && (
              <SavePanel
                response={response}
                draft={draft}
                canSave={canSave}
                onIssues={setIssues}
                onSaved={(result) => {
                  onSaved(result);
                  // The outcome is shown above the two columns: bring it into view.
                  window.scrollTo({ top: 0, behavior: 'smooth' });
                }}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
