import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  CloseButton,
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
  actingKindLabels,
  actingKinds,
  documentTypeLabels,
  headOfficeFor,
  ksddNatureLabels,
  ksddNatures,
  labelIn,
  officeLabels,
  offices,
  type ActingKind,
  type DocumentType,
  type KsddNature,
  type Office,
} from '../../../domain/agreements';
import { regionByCode } from '../../../domain/regions/catalog';
import { isSectorKey, sectors as allSectors } from '../../../domain/taxonomy/sectors';
import type { EventType, EvidenceItem, ExtractionResult } from '../../../extract/types';
import { RegionSelect } from '../../components/RegionSelect';
import { useLang, useT } from '../../i18n/context';
import {
  confidenceOf,
  documentTypeOptions,
  evidenceOf,
  isFieldMissing,
  isIsoDateText,
  newSignatoryKey,
  officialMatcher,
  partyLabelOf,
  regionNameOf,
  sentencesOf,
  valueMatcher,
  type Draft,
  type DraftField,
  type DraftSignatory,
} from './draft';
import { confidenceColor, fieldStyle, percent } from './field-style';
import { OrganizationParties } from './OrganizationParties';
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
 * highlights its spans in the text.
 */
export function DraftForm({ result, draft, onChange, active, onActivate, issues, disabled }: DraftFormProps) {
  const t = useT();
  const { lang } = useLang();
  const update = (changes: Partial<Draft>) => onChange({ ...draft, ...changes });

  const shell = (field: DraftField, children: ReactNode, extra?: ReactNode) => (
    <FieldShell
      field={field}
      evidence={evidenceOf(result, field)}
      missing={isFieldMissing(result, field)}
      issues={issues[field] ?? []}
      active={active?.field === field}
      onActivate={onActivate}
      extra={extra}
    >
      {children}
    </FieldShell>
  );

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
        'parties',
        <Stack gap="xs">
          <PartiesEditor
            result={result}
            parties={draft.parties}
            onChange={(parties) => update({ parties })}
            onActivate={onActivate}
            disabled={disabled}
          />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('ingest.organizations.title')}
          </Text>
          <OrganizationParties
            result={result}
            draft={draft}
            onChange={update}
            onActivate={onActivate}
            disabled={disabled}
          />
        </Stack>,
      )}

      {shell(
        'officials',
        <SignatoriesEditor
          result={result}
          draft={draft}
          onChange={(signatories) => update({ signatories })}
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

/** One field of the draft: label, confidence, the input, its sentence(s), and what the server said. */
function FieldShell({
  field,
  evidence,
  missing,
  issues,
  active,
  onActivate,
  extra,
  children,
}: {
  field: DraftField;
  evidence: EvidenceItem[];
  missing: boolean;
  issues: string[];
  active: boolean;
  onActivate: (active: ActiveEvidence) => void;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const confidence = confidenceOf(evidence);
  const sentences = sentencesOf(evidence);
  const notes = [...new Set(evidence.flatMap((item) => (item.note ? [item.note] : [])))];
  const activate = () => onActivate({ field, items: evidence });
  return (
    <Box
      className="ingest-field"
      style={fieldStyle(field)}
      data-active={active ? 'true' : 'false'}
      data-testid={`ingest-field-${field}`}
      data-missing={missing ? 'true' : 'false'}
      onMouseEnter={activate}
      onFocusCapture={activate}
      onClick={activate}
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t(`ingest.field.${field}`)}
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

/** The party regions as chips, each naming its evidence on hover, and a picker to add one. */
function PartiesEditor({
  result,
  parties,
  onChange,
  onActivate,
  disabled,
}: {
  result: ExtractionResult;
  parties: string[];
  onChange: (parties: string[]) => void;
  onActivate: (active: ActiveEvidence) => void;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Group gap={6} data-testid="ingest-parties">
        {parties.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('ingest.parties.none')}
          </Text>
        )}
        {parties.map((code) => {
          const name = regionNameOf(code);
          return (
            <Badge
              key={code}
              size="lg"
              variant="light"
              color="blue"
              tt="none"
              radius="sm"
              data-testid="ingest-party"
              data-code={code}
              onMouseEnter={(event) => {
                event.stopPropagation();
                onActivate({ field: 'parties', items: evidenceOf(result, 'parties', valueMatcher(code)) });
              }}
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('ingest.parties.remove', { name })}
                  onClick={(event) => {
                    event.stopPropagation();
                    onChange(parties.filter((party) => party !== code));
                  }}
                  disabled={disabled}
                />
              }
            >
              {name}{' '}
              <Text span size="xs" c="dimmed">
                {code}
              </Text>
            </Badge>
          );
        })}
      </Group>
      <RegionSelect
        aria-label={t('ingest.parties.add')}
        placeholder={t('ingest.parties.addPlaceholder')}
        value={null}
        onChange={(code) => {
          if (code && !parties.includes(code)) onChange([...parties, code]);
        }}
        size="xs"
        disabled={disabled}
        data-testid="ingest-party-add"
      />
    </Stack>
  );
}

/** Signatories grouped by the party they sign for; those of no party are listed last. */
function SignatoriesEditor({
  result,
  draft,
  onChange,
  onActivate,
  disabled,
}: {
  result: ExtractionResult;
  draft: Draft;
  onChange: (signatories: DraftSignatory[]) => void;
  onActivate: (active: ActiveEvidence) => void;
  disabled: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const partyKeys = [...draft.parties, ...draft.organizations.map((organization) => organization.key)];
  const partyOptions = partyKeys.map((key) => ({ value: key, label: partyLabelOf(draft, key) }));
  const others = draft.signatories.filter((signatory) => !partyKeys.includes(signatory.partyKey));

  const replace = (key: string, changes: Partial<DraftSignatory>) =>
    onChange(
      draft.signatories.map((signatory) =>
        signatory.key === key ? { ...signatory, ...changes } : signatory,
      ),
    );
  const add = (partyKey: string) => {
    const level = regionByCode(partyKey)?.level;
    onChange([
      ...draft.signatories,
      {
        key: newSignatoryKey(),
        partyKey,
        name: '',
        office: level ? headOfficeFor(level) : 'lainnya',
        actingKind: 'definitif',
        extractedName: null,
      },
    ]);
  };

  const row = (signatory: DraftSignatory) => (
    <Paper
      key={signatory.key}
      withBorder
      p="xs"
      data-testid="ingest-signatory"
      data-party={signatory.partyKey}
      onMouseEnter={(event) => {
        event.stopPropagation();
        onActivate({
          field: 'officials',
          items: evidenceOf(result, 'officials', officialMatcher(signatory.extractedName)),
        });
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} w="100%" data-testid="ingest-signatory-title">
          {actingKindLabels[signatory.actingKind].prefix
            ? `${actingKindLabels[signatory.actingKind].prefix} ${labelIn(officeLabels[signatory.office], lang)}`
            : labelIn(officeLabels[signatory.office], lang)}
          {signatory.name ? `, ${signatory.name}` : ''}
        </Text>
        <TextInput
          label={t('ingest.signatories.name')}
          size="xs"
          value={signatory.name}
          onChange={(event) => replace(signatory.key, { name: event.currentTarget.value })}
          disabled={disabled}
          style={{ flex: '2 1 160px' }}
          data-testid="ingest-signatory-name"
        />
        <Select
          label={t('ingest.signatories.office')}
          size="xs"
          data={offices.map((office) => ({ value: office, label: labelIn(officeLabels[office], lang) }))}
          value={signatory.office}
          onChange={(value) =>
            replace(signatory.key, {
              office: offices.find((office): office is Office => office === value) ?? 'lainnya',
            })
          }
          allowDeselect={false}
          disabled={disabled}
          style={{ flex: '1 1 140px' }}
        />
        <Select
          label={t('ingest.signatories.acting')}
          size="xs"
          data={actingKinds.map((kind) => ({
            value: kind,
            label: actingKindLabels[kind].prefix
              ? `${actingKindLabels[kind].prefix} (${labelIn(actingKindLabels[kind], lang)})`
              : labelIn(actingKindLabels[kind], lang),
          }))}
          value={signatory.actingKind}
          onChange={(value) =>
            replace(signatory.key, {
              actingKind: actingKinds.find((kind): kind is ActingKind => kind === value) ?? 'definitif',
            })
          }
          allowDeselect={false}
          disabled={disabled}
          style={{ flex: '1 1 140px' }}
          data-testid="ingest-signatory-acting"
        />
        <Select
          label={t('ingest.signatories.party')}
          size="xs"
          data={partyOptions}
          value={partyKeys.includes(signatory.partyKey) ? signatory.partyKey : null}
          placeholder={signatory.partyKey ? regionNameOf(signatory.partyKey) : undefined}
          onChange={(value) => replace(signatory.key, { partyKey: value ?? '' })}
          disabled={disabled}
          style={{ flex: '1 1 140px' }}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('ingest.signatories.remove')}
          onClick={() => onChange(draft.signatories.filter((other) => other.key !== signatory.key))}
          disabled={disabled}
          mb={2}
        >
          <span aria-hidden>×</span>
        </ActionIcon>
      </Group>
    </Paper>
  );

  return (
    <Stack gap="sm">
      {partyKeys.map((code) => (
        <Stack key={code} gap={6} data-testid="ingest-signatory-group" data-party={code}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('ingest.signatories.for', { name: partyLabelOf(draft, code) })}
          </Text>
          {draft.signatories.filter((signatory) => signatory.partyKey === code).map(row)}
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => add(code)}
            disabled={disabled}
            style={{ alignSelf: 'flex-start' }}
          >
            + {t('ingest.signatories.add')}
          </Button>
        </Stack>
      ))}
      {others.length > 0 && (
        <Stack gap={6}>
          <Text size="xs" fw={600} c="orange.8" tt="uppercase">
            {t('ingest.signatories.unassigned')}
          </Text>
          <Text size="xs" c="orange.8">
            {t('ingest.signatories.notParty')}
          </Text>
          {others.map(row)}
        </Stack>
      )}
    </Stack>
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
