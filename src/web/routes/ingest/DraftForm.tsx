import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import {
  documentTypeLabels,
  ksddNatureLabels,
  ksddNatures,
  labelIn,
  type DocumentType,
  type KsddNature,
} from '../../../domain/agreements';
import { isSectorKey, sectors as allSectors } from '../../../domain/taxonomy/sectors';
import type { EventType, EvidenceItem, ExtractionResult } from '../../../extract/types';
import { useLang, useT } from '../../i18n/context';
import {
  checkFirstBelow,
  confidenceLevel,
  documentTypeOptions,
  evidenceOf,
  fieldConfidenceOf,
  fieldsToCheckFirst,
  isFieldMissing,
  isIsoDateText,
  sentencesOf,
  type Draft,
  type DraftField,
} from './draft';
import { confidenceColor, fieldStyle, percent } from './field-style';
import { DraftParties } from './DraftParties';
import type { ActiveEvidence } from './SourceText';
import { DateField } from '../../components/DateField';

const eventTypeOptions = ['signing', 'visit', 'audience', 'other'] as const satisfies readonly EventType[];

/** Messages of server issues, by the form field they belong to. */
export type FieldIssues = Partial<Record<DraftField, string[]>>;

type DraftFormProps = {
  result: ExtractionResult;
  draft: Draft;
  onChange: (draft: Draft) => void;
  active: ActiveEvidence | null;
  onActivate: (active: ActiveEvidence) => void;
  issues: FieldIssues;
  disabled: boolean;
};

/**
 * The draft as an editable form beside its source: every field shows where it came from (the sentence
 * and a confidence badge) or says it was not found; pointing at a field or one of its values
 * highlights its spans in the text. Fields whose calibrated confidence is low are listed first under
 * "Periksa dulu" and flagged in place.
 */
export function DraftForm({ result, draft, onChange, active, onActivate, issues, disabled }: DraftFormProps) {
  const t = useT();
  const { lang } = useLang();
  const update = (changes: Partial<Draft>) => onChange({ ...draft, ...changes });

  /** A field of the form, or several edited together (the parties and their signatories). */
  const toCheck = fieldsToCheckFirst(result);
  const shell = (fields: DraftField | DraftField[], children: ReactNode, extra?: ReactNode) => {
    const all = Array.isArray(fields) ? fields : [fields];
    return (
      <FieldShell
        fields={all}
        evidence={all.flatMap((field) => evidenceOf(result, field))}
        confidence={fieldConfidenceOf(result, all)}
        checkFirst={all.some((field) => toCheck.some((item) => item.field === field))}
        missing={all.every((field) => isFieldMissing(result, field))}
        issues={all.flatMap((field) => issues[field] ?? [])}
        active={all.some((field) => active?.field === field)}
        onActivate={onActivate}
        extra={extra}
      >
        {children}
      </FieldShell>
    );
  };

  const documentTypeData = documentTypeOptions.map((type) => ({
    value: type,
    label: `${documentTypeLabels[type].short} — ${labelIn(documentTypeLabels[type], lang)}`,
  }));
  const sectorData = allSectors.map((sector) => ({
    value: sector.key,
    label: lang === 'en' ? sector.en : sector.id,
  }));
  const dateInvalid = draft.date !== '' && !isIsoDateText(draft.date);

  return (
    <Stack gap="xs" data-testid="ingest-draft">
      <CheckFirst items={toCheck} result={result} onActivate={onActivate} />
      {shell(
        'eventType',
        <Select
          aria-label={t('ingest.field.eventType')}
          data={eventTypeOptions.map((type) => ({ value: type, label: t(`ingest.event.${type}`) }))}
          value={draft.eventType}
          onChange={(value) =>
            update({ eventType: eventTypeOptions.find((type) => type === value) ?? 'other' })
          }
          allowDeselect={false}
          disabled={disabled}
          data-testid="ingest-eventType"
        />,
        draft.eventType !== 'signing' && (
          <Alert color="yellow" variant="light" p="xs" data-testid="ingest-not-signing">
            <Text size="xs">
              {t('ingest.eventType.notSigning', {
                event: t(`ingest.event.${draft.eventType}`).toLowerCase(),
              })}
            </Text>
          </Alert>
        ),
      )}

      {shell(
        'interRegional',
        <Stack gap="xs">
          <Switch
            label={t('ingest.interRegional.yes')}
            checked={draft.interRegional}
            onChange={(event) => update({ interRegional: event.currentTarget.checked })}
            disabled={disabled}
            data-testid="ingest-interRegional"
          />
          {draft.interRegional ? (
            <Select
              label={t('ingest.field.ksddNature')}
              size="xs"
              w={220}
              clearable
              data={ksddNatures.map((nature) => ({
                value: nature,
                label: labelIn(ksddNatureLabels[nature], lang),
              }))}
              value={draft.ksddNature}
              onChange={(value) =>
                update({
                  ksddNature: ksddNatures.find((nature): nature is KsddNature => nature === value) ?? null,
                })
              }
              disabled={disabled}
            />
          ) : (
            <Alert color="orange" variant="light" p="xs" data-testid="ingest-not-interregional">
              <Text size="xs">{t('ingest.interRegional.warning')}</Text>
            </Alert>
          )}
        </Stack>,
      )}

      {shell(
        'documentTypes',
        <Select
          aria-label={t('ingest.field.documentTypes')}
          data={documentTypeData}
          value={draft.documentType}
          onChange={(value) =>
            update({
              documentType: documentTypeOptions.find((type): type is DocumentType => type === value) ?? null,
            })
          }
          disabled={disabled}
          data-testid="ingest-documentType"
        />,
        result.documentTypes.length > 1 && (
          <Alert color="blue" variant="light" p="xs" data-testid="ingest-several-documents">
            <Text size="xs">
              {t('ingest.documentTypes.several', {
                types: result.documentTypes.map((type) => documentTypeLabels[type].short).join(' + '),
              })}
            </Text>
          </Alert>
        ),
      )}

      {shell(
        'title',
        <TextInput
          aria-label={t('ingest.field.title')}
          value={draft.title}
          onChange={(event) => update({ title: event.currentTarget.value })}
          disabled={disabled}
          data-testid="ingest-title"
        />,
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        {shell(
          'date',
          <DateField
            aria-label={t('ingest.field.date')}
            value={draft.date}
            onChange={(value) => update({ date: value })}
            error={dateInvalid ? t('ingest.date.invalid') : undefined}
            disabled={disabled}
            data-testid="ingest-date"
          />,
        )}
        {shell(
          'place',
          <TextInput
            aria-label={t('ingest.field.place')}
            value={draft.place}
            onChange={(event) => update({ place: event.currentTarget.value })}
            disabled={disabled}
            data-testid="ingest-place"
          />,
        )}
      </SimpleGrid>

      {shell(
        ['parties', 'officials'],
        <DraftParties
          result={result}
          draft={draft}
          onChange={update}
          onActivate={onActivate}
          disabled={disabled}
        />,
      )}

      {shell(
        'sectors',
        <MultiSelect
          aria-label={t('ingest.field.sectors')}
          placeholder={draft.sectors.length === 0 ? t('ingest.sectors.placeholder') : undefined}
          nothingFoundMessage={t('ingest.sectors.none')}
          data={sectorData}
          value={draft.sectors}
          onChange={(values) => update({ sectors: values.filter(isSectorKey) })}
          searchable
          clearable
          disabled={disabled}
          data-testid="ingest-sectors"
        />,
      )}

      <FollowUps result={result} onActivate={onActivate} active={active} />
    </Stack>
  );
}

/**
 * One field of the draft (or fields edited together): label, confidence, the input, its sentence(s),
 * and what the server said. The first field names the box (colour, test id).
 */
function FieldShell({
  fields,
  evidence,
  confidence,
  checkFirst,
  missing,
  issues,
  active,
  onActivate,
  extra,
  children,
}: {
  fields: DraftField[];
  evidence: EvidenceItem[];
  /** The calibrated confidence of the field(s), or null when there is none. */
  confidence: number | null;
  /** Listed under "Periksa dulu": flagged here too. */
  checkFirst: boolean;
  missing: boolean;
  issues: string[];
  active: boolean;
  onActivate: (active: ActiveEvidence) => void;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const sentences = sentencesOf(evidence);
  const notes = [...new Set(evidence.flatMap((item) => (item.note ? [item.note] : [])))];
  const field = fields[0] ?? 'title';
  const activate = () => onActivate({ field, items: evidence });
  return (
    <Box
      className="ingest-field"
      style={fieldStyle(field)}
      data-active={active ? 'true' : 'false'}
      data-testid={`ingest-field-${field}`}
      data-missing={missing ? 'true' : 'false'}
      data-check-first={checkFirst ? 'true' : 'false'}
      onMouseEnter={activate}
      onFocusCapture={activate}
      onClick={activate}
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {fields.map((one) => t(`ingest.field.${one}`)).join(' · ')}
          </Text>
          <Group gap={4} wrap="nowrap">
            {missing && (
              <Badge size="xs" variant="outline" color="orange" tt="none" data-testid="ingest-missing">
                {t('ingest.review.missing')}
              </Badge>
            )}
            {confidence !== null && (
              <Badge
                size="xs"
                variant="light"
                color={confidenceColor(confidence)}
                tt="none"
                data-testid="ingest-confidence"
                title={t(`ingest.confidence.${confidenceLevel(confidence)}`)}
              >
                {t('ingest.review.confidence', { value: percent(confidence) })}
              </Badge>
            )}
          </Group>
        </Group>
        {children}
        {extra}
        {sentences.length > 0 && (
          <Stack gap={2} data-testid="ingest-sentences">
            <Text size="xs" c="dimmed">
              {t('ingest.review.from')}
            </Text>
            {sentences.slice(0, 3).map((sentence) => (
              <Text key={sentence} size="xs" c="dimmed" className="ingest-sentence" lineClamp={3}>
                {sentence}
              </Text>
            ))}
          </Stack>
        )}
        {notes.map((note) => (
          <Text key={note} size="xs" c="orange.8">
            {t('ingest.review.note', { note })}
          </Text>
        ))}
        {issues.map((message) => (
          <Text key={message} size="xs" c="red.7" role="alert" data-testid="ingest-field-issue">
            {message}
          </Text>
        ))}
      </Stack>
    </Box>
  );
}

/**
 * "Periksa dulu": the fields whose calibrated confidence is under checkFirstBelow, least sure first,
 * with that confidence in words. Choosing one brings its field into view and highlights its evidence.
 */
function CheckFirst({
  items,
  result,
  onActivate,
}: {
  items: ReturnType<typeof fieldsToCheckFirst>;
  result: ExtractionResult;
  onActivate: (active: ActiveEvidence) => void;
}) {
  const t = useT();
  if (items.length === 0) return null;
  const show = (field: DraftField) => {
    onActivate({ field, items: evidenceOf(result, field) });
    document
      .querySelector(`[data-testid="ingest-field-${field}"]`)
      ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  return (
    <Alert color="orange" variant="light" p="sm" data-testid="ingest-check-first">
      <Stack gap={6}>
        <Text size="sm" fw={700}>
          {t('ingest.checkFirst.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('ingest.checkFirst.hint', { value: percent(checkFirstBelow) })}
        </Text>
        <Group gap={6}>
          {items.map(({ field, confidence }) => (
            <Button
              key={field}
              size="compact-xs"
              variant="white"
              color={confidenceColor(confidence)}
              onClick={() => show(field)}
              data-testid="ingest-check-first-item"
              data-field={field}
            >
              {t('ingest.checkFirst.item', {
                field: t(`ingest.field.${field}`),
                level: t(`ingest.confidence.${confidenceLevel(confidence)}`),
                value: percent(confidence),
              })}
            </Button>
          ))}
        </Group>
      </Stack>
    </Alert>
  );
}

/** Commitments and projects the article names: hints of follow-up, not saved here. */
function FollowUps({
  result,
  active,
  onActivate,
}: {
  result: ExtractionResult;
  active: ActiveEvidence | null;
  onActivate: (active: ActiveEvidence) => void;
}) {
  const t = useT();
  const lists: Array<{ field: DraftField; items: string[] }> = [
    { field: 'commitments', items: result.commitments },
    {
      field: 'projects',
      items: result.projects.map((project) =>
        project.amount ? `${project.name} — ${project.amount}` : project.name,
      ),
    },
  ];
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="ingest-followups">
      <Stack gap="xs">
        <Stack gap={0}>
          <Text size="sm" fw={700}>
            {t('ingest.followUp.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('ingest.followUp.hint')}
          </Text>
        </Stack>
        {lists.map(({ field, items }) => (
          <Box
            key={field}
            className="ingest-field"
            style={fieldStyle(field)}
            data-active={active?.field === field ? 'true' : 'false'}
            data-testid={`ingest-field-${field}`}
            onMouseEnter={() => onActivate({ field, items: evidenceOf(result, field) })}
          >
            <Text size="xs" fw={600}>
              {t(`ingest.field.${field}`)}
            </Text>
            {items.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('ingest.followUp.none')}
              </Text>
            ) : (
              <List size="xs" spacing={2}>
                {items.map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
            )}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
