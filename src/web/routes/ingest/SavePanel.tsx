import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  cooperationKindLabels,
  documentTypeLabels,
  labelIn,
  type DocumentType,
} from '../../../domain/agreements';
import { ApiError } from '../../api/client';
import {
  listAgreementSources,
  listIngestMatches,
  saveIngest,
  type ExtractResponseDto,
  type IngestMatchDto,
  type IngestResponseDto,
  type IngestTarget,
} from '../../api/ingest';
import { useApiQuery } from '../../api/use-api-query';
import { apiErrorMessage, apiErrorWithField } from '../../i18n/api-errors';
import { useLang, useT, type Translate } from '../../i18n/context';
import { id as idMessages, type MessageKey } from '../../i18n/id';
import {
  agreementFromDraft,
  draftFieldOfIssue,
  isIsoDateText,
  newOrganizationsOf,
  otherDocumentTypes,
  type Draft,
} from './draft';
import type { FieldIssues } from './DraftForm';
import { explainCommonError } from './messages';
import { recordPath } from './RecordSavePanel';

/** A rule problem as the server reports it in RULE_VIOLATION details. */
export type IssueDto = {
  code: string;
  severity: 'error' | 'warning';
  field: string | null;
  message: string;
  params?: Record<string, string | number>;
};

/** A suspected duplicate of 409 DUPLICATE_SUSPECTED. */
type DuplicateCandidate = {
  id: string;
  title: string;
  documentType: string;
  signingDate: string | null;
  parties: Array<{ name: string }>;
};

function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(idMessages, key);
}

/** The message of a rule issue in the user's language (the agreements' `issue.*` texts), else the server's. */
export function issueMessage(t: Translate, issue: Pick<IssueDto, 'code' | 'message' | 'params'>): string {
  const key = `issue.${issue.code}`;
  return hasMessage(key) ? t(key, issue.params) : issue.message;
}

/** Places rule issues at the fields they name; the rest are returned separately for the top of the form. */
export function placeIssues(
  t: Translate,
  issues: readonly IssueDto[],
): { byField: FieldIssues; other: string[] } {
  const byField: FieldIssues = {};
  const other: string[] = [];
  for (const issue of issues) {
    const message = issueMessage(t, issue);
    const field = draftFieldOfIssue(issue.field);
    if (field) byField[field] = [...(byField[field] ?? []), message];
    else other.push(message);
  }
  return { byField, other };
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; issues: string[] }
  | { kind: 'duplicate'; candidates: DuplicateCandidate[] };

/**
 * Where the reviewed draft goes: a new agreement built from the form, or an existing agreement the
 * article is about (suggested by parties and date). Rule issues go back to the form's fields; a
 * suspected duplicate offers to attach instead, or to create anyway.
 */
export function SavePanel({
  response,
  draft,
  canSave,
  onIssues,
  onSaved,
}: {
  response: ExtractResponseDto;
  draft: Draft;
  canSave: boolean;
  onIssues: (issues: FieldIssues) => void;
  onSaved: (saved: IngestResponseDto) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  // A visit or an audience is not a record of its own yet: most often the article belongs to the
  // agreement the meeting led to, so attaching is offered first.
  const notRecordedYet = draft.eventType === 'visit' || draft.eventType === 'audience';
  const [target, setTarget] = useState<'new' | 'existing'>(notRecordedYet ? 'existing' : 'new');
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const agreement = agreementFromDraft(draft);
  const newOrganizations = newOrganizationsOf(draft);
  const unnamedOrganization = newOrganizations.some((organization) => organization.name.length < 2);
  // Matches by every party with a record: the regions and the matched organisations.
  const matchParties = [
    ...draft.parties,
    ...draft.organizations.flatMap((organization) =>
      organization.organizationId ? [organization.organizationId] : [],
    ),
  ];
  const matchKey =
    matchParties.length > 0
      ? (['ingest-matches', matchParties, isIsoDateText(draft.date) ? draft.date : ''] as const)
      : null;
  const matches = useApiQuery(matchKey, (signal) =>
    listIngestMatches(matchParties, isIsoDateText(draft.date) ? draft.date : null, signal),
  );
  const { documentType } = agreement;
  // A new agreement needs a document type the person chose: without one, nothing is sent.
  const newTarget = (force: boolean): IngestTarget | null =>
    documentType
      ? { kind: 'new_agreement', agreement: { ...agreement, documentType }, force, newOrganizations }
      : null;
  const documentTypeRequired = () => {
    const message = t('ingest.documentType.required');
    onIssues({ documentTypes: [message] });
    setState({ kind: 'failed', message: t('ingest.issues.title'), issues: [message] });
  };

  const save = async (ingestTarget: IngestTarget | null) => {
    if (!ingestTarget) {
      documentTypeRequired();
      return;
    }
    setState({ kind: 'saving' });
    onIssues({});
    const { result, source } = response;
    // The cleaned text is what the person reviewed and what the evidence offsets point into.
    const { text: _text, ...extraction } = result;
    try {
      const saved = await saveIngest({
        source: {
          text: result.text,
          url: source.finalUrl ?? source.url,
          title: result.title,
          extraction,
        },
        target: ingestTarget,
      });
      setState({ kind: 'idle' });
      onSaved(saved);
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'RULE_VIOLATION') {
        const issues = (Array.isArray(cause.details) ? (cause.details as IssueDto[]) : []).filter(
          (issue) => issue.severity === 'error',
        );
        const placed = placeIssues(t, issues);
        onIssues(placed.byField);
        setState({ kind: 'failed', message: t('ingest.issues.title'), issues: placed.other });
      } else if (cause instanceof ApiError && cause.code === 'DUPLICATE_SUSPECTED') {
        const candidates =
          (cause.details as { candidates?: DuplicateCandidate[] } | undefined)?.candidates ?? [];
        setState({ kind: 'duplicate', candidates });
      } else if (cause instanceof ApiError && cause.code === 'VALIDATION_FAILED') {
        const field = draftFieldOfIssue(cause.field);
        // Under its field the message needs no field name; in the list above it does.
        if (field) onIssues({ [field]: [apiErrorMessage(t, cause)] });
        setState({
          kind: 'failed',
          message: t('ingest.issues.title'),
          issues: field ? [] : [apiErrorWithField(t, cause)],
        });
      } else {
        const explained =
          cause instanceof ApiError
            ? explainCommonError(t, cause)
            : { message: t('ingest.error.other', { message: String(cause) }) };
        setState({ kind: 'failed', message: t('ingest.issues.general'), issues: [explained.message] });
      }
    }
  };

  const saving = state.kind === 'saving';
  const matchItems = matches.data?.items ?? [];

  return (
    <Paper withBorder p="md" data-testid="ingest-save">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('ingest.target.title')}
        </Title>
        {notRecordedYet && (
          <Alert
            color="blue"
            variant="light"
            title={t('ingest.notRecord.title', { event: t(`ingest.event.${draft.eventType}`).toLowerCase() })}
            data-testid="ingest-not-record"
          >
            <Text size="sm">{t('ingest.notRecord.text')}</Text>
          </Alert>
        )}
        <SegmentedControl
          fullWidth
          value={target}
          onChange={(value) => setTarget(value === 'existing' ? 'existing' : 'new')}
          data={[
            { value: 'new', label: t('ingest.target.new') },
            { value: 'existing', label: t('ingest.target.existing') },
          ]}
          data-testid="ingest-target"
        />

        {target === 'new' && (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {documentType
                ? t('ingest.target.newHint', {
                    kind: cooperationKindLabels[agreement.kind].short,
                    documentType: labelIn(documentTypeLabels[documentType], lang),
                  })
                : t('ingest.target.newHintNoType', { kind: cooperationKindLabels[agreement.kind].short })}
            </Text>
            {notRecordedYet && (
              <Text size="sm" c="orange.8" data-testid="ingest-new-from-meeting">
                {t('ingest.target.newFromMeeting', { event: t(`ingest.event.${draft.eventType}`) })}
              </Text>
            )}
            {newOrganizations.length > 0 && (
              <Text size="sm" c="dimmed" data-testid="ingest-new-organizations">
                {t('ingest.target.newOrganizations', {
                  names: newOrganizations.map((organization) => organization.name || '…').join(', '),
                })}
              </Text>
            )}
            {unnamedOrganization && (
              <Text size="sm" c="orange.8">
                {t('ingest.organizations.nameRequired')}
              </Text>
            )}
          </Stack>
        )}

        {target === 'existing' && (
          <Stack gap="xs" data-testid="ingest-matches">
            <Text size="sm" c="dimmed">
              {matchParties.length === 0 ? t('ingest.target.noParties') : t('ingest.target.matchesHint')}
            </Text>
            {matches.loading && <Text size="sm">{t('common.loading')}</Text>}
            {matches.error && (
              <Text size="sm" c="red.7">
                {explainCommonError(t, matches.error).message}
              </Text>
            )}
            {matches.data && matchItems.length === 0 && (
              <Text size="sm" data-testid="ingest-no-matches">
                {t('ingest.target.noMatches')}
              </Text>
            )}
            {matchItems.length > 0 && (
              <Radio.Group value={chosen} onChange={setChosen} aria-label={t('ingest.target.pick')}>
                <Stack gap="xs">
                  {matchItems.map((match) => (
                    <MatchOption key={match.id} match={match} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </Stack>
        )}

        {state.kind === 'failed' && (
          <Alert
            color="red"
            variant="light"
            title={state.message}
            role="alert"
            data-testid="ingest-save-error"
          >
            {state.issues.length > 0 && (
              <List size="sm">
                {state.issues.map((issue) => (
                  <List.Item key={issue}>{issue}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        {state.kind === 'duplicate' && (
          <Alert
            color="orange"
            variant="light"
            title={t('ingest.duplicate.title')}
            data-testid="ingest-duplicate"
          >
            <Stack gap="xs">
              <Text size="sm">{t('ingest.duplicate.text')}</Text>
              {state.candidates.map((candidate) => (
                <Paper key={candidate.id} withBorder p="xs" data-testid="ingest-duplicate-candidate">
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Stack gap={0}>
                      <Anchor component={Link} to={`/kerja-sama/${candidate.id}`} size="sm" fw={600}>
                        {candidate.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[candidate.signingDate, candidate.parties.map((party) => party.name).join(' · ')]
                          .filter(Boolean)
                          .join(' — ')}
                      </Text>
                    </Stack>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => void save({ kind: 'existing_agreement', agreementId: candidate.id })}
                      data-testid="ingest-duplicate-attach"
                    >
                      {t('ingest.duplicate.attach')}
                    </Button>
                  </Group>
                </Paper>
              ))}
              <Button
                variant="outline"
                color="orange"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => void save(newTarget(true))}
                data-testid="ingest-duplicate-force"
              >
                {t('ingest.duplicate.force')}
              </Button>
            </Stack>
          </Alert>
        )}

        {!canSave && (
          <Text size="sm" c="orange.8">
            {t('ingest.saveForbidden')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            loading={saving}
            disabled={!canSave || (target === 'existing' ? !chosen : unnamedOrganization)}
            onClick={() =>
              void save(
                target === 'existing' && chosen
                  ? { kind: 'existing_agreement', agreementId: chosen }
                  : newTarget(false),
              )
            }
            data-testid="ingest-save-button"
          >
            {saving ? t('ingest.saving') : t('ingest.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function MatchOption({ match }: { match: IngestMatchDto }) {
  const t = useT();
  return (
    <Paper withBorder p="xs" data-testid="ingest-match">
      <Radio
        value={match.id}
        label={
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {match.title}
            </Text>
            <Group gap={6}>
              <Badge size="xs" variant="light" tt="none">
                {documentTypeLabels[match.documentType].short}
              </Badge>
              <Badge size="xs" variant="outline" color="teal" tt="none" data-testid="ingest-match-shared">
                {t('ingest.target.sharedParties', { count: match.sharedParties })}
              </Badge>
              {match.signingDate && (
                <Text size="xs" c="dimmed">
                  {match.signingDate}
                </Text>
              )}
              {match.daysApart !== null && (
                <Text size="xs" c="dimmed">
                  (
                  {match.daysApart === 0
                    ? t('ingest.target.sameDay')
                    : t('ingest.target.daysApart', { days: match.daysApart })}
                  )
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {match.parties.map((party) => party.name).join(' · ')}
            </Text>
          </Stack>
        }
      />
    </Paper>
  );
}

/**
 * What was saved: a link to the agreement, the sources now attached to it, and, for an article naming
 * two documents, the offer to record the second.
 */
export function SavedPanel({
  saved,
  result,
  draft,
  onFollowUp,
  onAnother,
}: {
  saved: IngestResponseDto;
  result: ExtractResponseDto['result'];
  draft: Draft;
  onFollowUp: (type: DocumentType) => void;
  onAnother: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const id = saved.record.id;
  const sources = useApiQuery(
    saved.record.type === 'agreement' ? ['agreement', id, 'sources'] : null,
    (signal) => listAgreementSources(id, signal),
  );
  const more = saved.record.created ? otherDocumentTypes(result, draft.documentType) : [];
  return (
    <Alert
      color="green"
      variant="light"
      title={saved.record.created ? t('ingest.saved.created') : t('ingest.saved.attached')}
      data-testid="ingest-saved"
    >
      <Stack gap="sm">
        <Anchor component={Link} to={recordPath(saved.record)} fw={600} data-testid="ingest-saved-link">
          {t('ingest.saved.open')} →
        </Anchor>
        {sources.data && (
          <Stack gap={2} data-testid="ingest-saved-sources">
            <Text size="sm" fw={600}>
              {t('ingest.saved.sources')}
            </Text>
            <List size="sm">
              {sources.data.items.map((source) => (
                <List.Item key={source.id} data-testid="ingest-saved-source">
                  {source.title ?? t('ingest.saved.sourceUntitled')}
                  {source.url ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      — {source.url}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group gap="xs">
          {more.map((type) => (
            <Button
              key={type}
              size="compact-sm"
              variant="light"
              onClick={() => onFollowUp(type)}
              data-testid="ingest-second"
            >
              {t('ingest.saved.second', { type: labelIn(documentTypeLabels[type], lang) })}
            </Button>
          ))}
          <Button size="compact-sm" variant="subtle" onClick={onAnother} data-testid="ingest-another">
            {t('ingest.saved.another')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
