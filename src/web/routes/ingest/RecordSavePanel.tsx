import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Group,
  List,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { labelIn } from '../../../domain/agreements';
import { displayName, regionByCode } from '../../../domain/regions/catalog';
import { programStatuses, type ProgramStatus } from '../../../domain/records/kinds';
import { programStatusLabels } from '../../../domain/records/program-labels';
import { visitKindLabels } from '../../../domain/records/visit-labels';
import { ApiError, apiGet } from '../../api/client';
import {
  saveIngest,
  type ExtractResponseDto,
  type IngestResponseDto,
  type IngestTarget,
} from '../../api/ingest';
import { useApiQuery } from '../../api/use-api-query';
import { apiErrorWithField } from '../../i18n/api-errors';
import { useLang, useT } from '../../i18n/context';
import type { Draft } from './draft';
import { hostOf, meetingFromDraft, programsFromDraft, visitFromDraft } from './record-drafts';
import { issueMessage, type IssueDto } from './SavePanel';

type Props = {
  response: ExtractResponseDto;
  draft: Draft;
  saveAs: 'visit' | 'meeting';
  canSave: boolean;
  onSaved: (saved: IngestResponseDto) => void;
};

type RecordListDto = {
  items: Array<{ id: string; title: string; startDate?: string | null; date?: string | null }>;
};

function regionLabel(code: string): string {
  const region = regionByCode(code);
  return region ? displayName(region) : code;
}

/**
 * Saving an article as what it reports when that is a visit or a meeting: the record built from the
 * reviewed draft (host, visitors and DPRD, topics as good practices; or the audience's decisions and
 * the projects as programs), or the article attached to a visit or meeting already recorded. Never an
 * agreement: that needs a document type the person chooses (the "Kerja sama" choice).
 */
export function RecordSavePanel({ response, draft, saveAs, canSave, onSaved }: Props) {
  const t = useT();
  const { lang } = useLang();
  const { result, source } = response;
  const [target, setTarget] = useState<'new' | 'existing'>('new');
  const [chosen, setChosen] = useState<string | null>(null);
  const [hostCode, setHostCode] = useState<string | null>(hostOf(draft, result));
  const [practiceOff, setPracticeOff] = useState<ReadonlySet<number>>(new Set());
  const [decisions, setDecisions] = useState<string[]>(() =>
    (meetingFromDraft(draft, result).decisions ?? []).map((decision) => decision.text),
  );
  const [programOff, setProgramOff] = useState<ReadonlySet<number>>(new Set());
  const [programStatus, setProgramStatus] = useState<Record<number, ProgramStatus>>({});
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; issues: string[] }>({
    kind: 'idle',
  });

  const host = hostCode && draft.parties.includes(hostCode) ? hostCode : hostOf(draft, result);
  const visit = useMemo(() => {
    const built = visitFromDraft(draft, result, host);
    return {
      ...built,
      goodPractices: (built.goodPractices ?? []).filter((_, index) => !practiceOff.has(index)),
    };
  }, [draft, result, host, practiceOff]);
  const programs = useMemo(
    () =>
      programsFromDraft(draft, result)
        .map((program, index) => ({ ...program, status: programStatus[index] ?? program.status }))
        .filter((_, index) => !programOff.has(index)),
    [draft, result, programOff, programStatus],
  );
  const allPractices = visitFromDraft(draft, result, host).goodPractices ?? [];
  const allPrograms = programsFromDraft(draft, result);

  const listPath = saveAs === 'visit' ? '/api/visits' : '/api/meetings';
  const region = draft.parties[0];
  const existing = useApiQuery(
    target === 'existing' && region ? ['ingest-records', saveAs, region] : null,
    (signal) => apiGet<RecordListDto>(listPath, { region, pageSize: 20 }, signal),
  );

  const save = async (ingestTarget: IngestTarget) => {
    setState({ kind: 'saving' });
    const { text: _text, ...extraction } = result;
    try {
      const saved = await saveIngest({
        source: { text: result.text, url: source.finalUrl ?? source.url, title: result.title, extraction },
        target: ingestTarget,
      });
      setState({ kind: 'idle' });
      onSaved(saved);
    } catch (cause) {
      const details =
        cause instanceof ApiError && Array.isArray(cause.details) ? (cause.details as IssueDto[]) : [];
      const issues =
        details.length > 0
          ? details.filter((issue) => issue.severity !== 'warning').map((issue) => issueMessage(t, issue))
          : [apiErrorWithField(t, cause)];
      setState({ kind: 'failed', issues });
    }
  };

  const newTarget = (): IngestTarget =>
    saveAs === 'visit'
      ? { kind: 'new_visit', visit }
      : {
          kind: 'new_meeting',
          meeting: {
            ...meetingFromDraft(draft, result),
            decisions: decisions
              .map((text) => text.trim())
              .filter(Boolean)
              .map((text) => ({ text })),
          },
          programs,
        };

  return (
    <Paper withBorder p="md" data-testid="ingest-record-save">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {saveAs === 'visit' ? t('ingest.record.visitTitle') : t('ingest.record.meetingTitle')}
        </Title>
        <SegmentedControl
          fullWidth
          value={target}
          onChange={(value) => setTarget(value === 'existing' ? 'existing' : 'new')}
          data={[
            {
              value: 'new',
              label: saveAs === 'visit' ? t('ingest.record.newVisit') : t('ingest.record.newMeeting'),
            },
            { value: 'existing', label: t('ingest.record.attach') },
          ]}
          data-testid="ingest-record-target"
        />

        {target === 'new' && saveAs === 'visit' && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" data-testid="ingest-record-summary">
              {t('ingest.record.visitSummary', {
                kind: labelIn(visitKindLabels[visit.kind ?? 'kunjungan_kerja'], lang),
                visitors:
                  visit.visitors
                    .map((visitor) => visitor.name ?? regionLabel(visitor.regionCode ?? ''))
                    .join(', ') || '—',
                host: host ? regionLabel(host) : '—',
              })}
            </Text>
            <Select
              label={t('ingest.record.host')}
              data={draft.parties.map((code) => ({ value: code, label: regionLabel(code) }))}
              value={host}
              onChange={setHostCode}
              allowDeselect={false}
              data-testid="ingest-record-host"
            />
            {allPractices.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('ingest.record.goodPractices', { host: host ? regionLabel(host) : '—' })}
                </Text>
                {allPractices.map((practice, index) => (
                  <Checkbox
                    key={practice.topic}
                    label={practice.topic}
                    checked={!practiceOff.has(index)}
                    onChange={(event) => {
                      const next = new Set(practiceOff);
                      if (event.currentTarget.checked) next.delete(index);
                      else next.add(index);
                      setPracticeOff(next);
                    }}
                    data-testid="ingest-record-practice"
                  />
                ))}
              </Stack>
            )}
          </Stack>
        )}

        {target === 'new' && saveAs === 'meeting' && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('ingest.record.decisions')}
            </Text>
            {decisions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('ingest.record.noDecisions')}
              </Text>
            )}
            {decisions.map((decision, index) => (
              <Group key={index} gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  value={decision}
                  aria-label={t('ingest.record.decision', { number: index + 1 })}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDecisions((list) => list.map((item, at) => (at === index ? value : item)));
                  }}
                  data-testid="ingest-record-decision"
                />
                <CloseButton
                  aria-label={t('ingest.record.removeDecision')}
                  onClick={() => setDecisions((list) => list.filter((_, at) => at !== index))}
                />
              </Group>
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setDecisions((list) => [...list, ''])}
            >
              + {t('ingest.record.addDecision')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('ingest.record.decisionsHint')}
            </Text>
            {allPrograms.length > 0 && (
              <Stack gap={4} data-testid="ingest-record-programs">
                <Text size="sm" fw={600}>
                  {t('ingest.record.programs')}
                </Text>
                {allPrograms.map((program, index) => (
                  <Group key={program.title} gap="xs" wrap="wrap" justify="space-between">
                    <Checkbox
                      label={
                        program.funderRegionCode && program.recipientRegionCode
                          ? t('ingest.record.programLine', {
                              title: program.title,
                              funder: regionLabel(program.funderRegionCode),
                              recipient: regionLabel(program.recipientRegionCode),
                            })
                          : program.title
                      }
                      checked={!programOff.has(index)}
                      onChange={(event) => {
                        const next = new Set(programOff);
                        if (event.currentTarget.checked) next.delete(index);
                        else next.add(index);
                        setProgramOff(next);
                      }}
                      data-testid="ingest-record-program"
                    />
                    <Select
                      size="xs"
                      w={200}
                      aria-label={t('ingest.record.programStatus', { title: program.title })}
                      data={programStatuses.map((status) => ({
                        value: status,
                        label: labelIn(programStatusLabels[status], lang),
                      }))}
                      value={programStatus[index] ?? program.status ?? 'berjalan'}
                      onChange={(value) =>
                        value &&
                        setProgramStatus((current) => ({ ...current, [index]: value as ProgramStatus }))
                      }
                      allowDeselect={false}
                    />
                  </Group>
                ))}
                <Text size="xs" c="dimmed">
                  {t('ingest.record.programsHint')}
                </Text>
              </Stack>
            )}
          </Stack>
        )}

        {target === 'existing' && (
          <Stack gap="xs" data-testid="ingest-record-existing">
            {existing.loading && <Text size="sm">{t('common.loading')}</Text>}
            {existing.data && existing.data.items.length === 0 && (
              <Text size="sm">{t('ingest.record.noExisting')}</Text>
            )}
            {existing.data && existing.data.items.length > 0 && (
              <Radio.Group value={chosen} onChange={setChosen} aria-label={t('ingest.record.attach')}>
                <Stack gap="xs">
                  {existing.data.items.map((item) => (
                    <Radio
                      key={item.id}
                      value={item.id}
                      label={[item.title, item.startDate ?? item.date].filter(Boolean).join(' — ')}
                    />
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
            title={t('ingest.issues.title')}
            role="alert"
            data-testid="ingest-save-error"
          >
            <List size="sm">
              {state.issues.map((issue) => (
                <List.Item key={issue}>{issue}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!canSave && (
          <Text size="sm" c="orange.8">
            {t('ingest.saveForbidden')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            loading={state.kind === 'saving'}
            disabled={!canSave || (target === 'existing' && !chosen)}
            onClick={() =>
              void save(
                target === 'existing' && chosen
                  ? { kind: 'existing_record', recordType: saveAs, recordId: chosen }
                  : newTarget(),
              )
            }
            data-testid="ingest-save-button"
          >
            {t('ingest.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Where a saved record lives in the UI. */
export function recordPath(record: IngestResponseDto['record']): string {
  if (record.type === 'visit') return `/kunjungan/${record.id}`;
  if (record.type === 'meeting') return `/pertemuan/${record.id}`;
  return `/kerja-sama/${record.id}`;
}
