import {
  ActionIcon,
  Badge,
  Button,
  CloseButton,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  headOfficeFor,
  labelIn,
  organizationKindLabels,
  organizationKinds,
  type OrganizationKind,
} from '../../../domain/agreements';
import { regionByCode } from '../../../domain/regions/catalog';
import type { ExtractionResult } from '../../../extract/types';
import { listOrganizations } from '../../api/agreements';
import { useApiQuery } from '../../api/use-api-query';
import { PartiesEditor } from '../../components/parties/PartiesEditor';
import { RegionSelect } from '../../components/RegionSelect';
import { useLang, useT } from '../../i18n/context';
import {
  evidenceOf,
  newSignatoryKey,
  officialMatcher,
  organizationFromExtracted,
  organizationHints,
  partyLabelOf,
  regionNameOf,
  valueMatcher,
  withOrganizationParty,
  type Draft,
  type DraftOrganization,
  type DraftSignatory,
} from './draft';
import type { ActiveEvidence } from './SourceText';

/** Value of the choice "record it as a new organisation" among the directory's matches. */
const recordNew = 'new';

/** A party of the draft: a region by its code, or a third party the reviewer added. */
type DraftParty =
  { kind: 'region'; key: string } | { kind: 'organization'; key: string; organization: DraftOrganization };

/**
 * The draft's parties on the shared parties editor: the regions the article names, the third parties
 * (a university, the Kejaksaan, a company) the reviewer made parties, each with its signatories; and
 * the signatories of no party yet. Pointing at a party or a signatory highlights its evidence.
 */
export function DraftParties({
  result,
  draft,
  onChange,
  onActivate,
  disabled,
}: {
  result: ExtractionResult;
  draft: Draft;
  onChange: (changes: Partial<Draft>) => void;
  onActivate: (active: ActiveEvidence) => void;
  disabled: boolean;
}) {
  const t = useT();
  const parties: DraftParty[] = [
    ...draft.parties.map((code) => ({ kind: 'region' as const, key: code })),
    ...draft.organizations.map((organization) => ({
      kind: 'organization' as const,
      key: organization.key,
      organization,
    })),
  ];
  const partyKeys = parties.map((party) => party.key);
  const partyOptions = partyKeys.map((key) => ({ value: key, label: partyLabelOf(draft, key) }));

  const replaceSignatory = (key: string, changes: Partial<DraftSignatory>) =>
    onChange({
      signatories: draft.signatories.map((signatory) =>
        signatory.key === key ? { ...signatory, ...changes } : signatory,
      ),
    });
  const replaceOrganization = (key: string, changes: Partial<DraftOrganization>) =>
    onChange({
      organizations: draft.organizations.map((organization) =>
        organization.key === key ? { ...organization, ...changes } : organization,
      ),
    });
  const removeParty = (party: DraftParty) =>
    onChange(
      party.kind === 'region'
        ? { parties: draft.parties.filter((code) => code !== party.key) }
        : {
            organizations: draft.organizations.filter((organization) => organization.key !== party.key),
            signatories: draft.signatories.filter((signatory) => signatory.partyKey !== party.key),
          },
    );
  const addOrganization = (organization: DraftOrganization) => {
    const next = withOrganizationParty(draft, organization);
    onChange({ organizations: next.organizations, signatories: next.signatories });
  };
  const hints = organizationHints(result, draft);

  return (
    <PartiesEditor
      compact
      disabled={disabled}
      testIdPrefix="ingest-"
      parties={parties}
      partyKey={(party) => party.key}
      signatoriesOf={(party) => draft.signatories.filter((signatory) => signatory.partyKey === party.key)}
      signatoryKey={(signatory) => signatory.key}
      partyAttributes={(party): Record<string, string> =>
        party.kind === 'region'
          ? { 'data-testid': 'ingest-party', 'data-code': party.key }
          : {
              'data-testid': 'ingest-organization',
              'data-matched': party.organization.organizationId ? 'true' : 'false',
            }
      }
      renderParty={(party) =>
        party.kind === 'region' ? (
          <RegionParty code={party.key} onRemove={() => removeParty(party)} disabled={disabled} />
        ) : (
          <OrganizationParty
            organization={party.organization}
            onChange={(changes) => replaceOrganization(party.key, changes)}
            onRemove={() => removeParty(party)}
            disabled={disabled}
          />
        )
      }
      signatoriesTitle={(party) => t('ingest.signatories.for', { name: partyLabelOf(draft, party.key) })}
      unassigned={{
        title: t('ingest.signatories.unassigned'),
        hint: t('ingest.signatories.notParty'),
        signatories: draft.signatories.filter((signatory) => !partyKeys.includes(signatory.partyKey)),
      }}
      onSignatoryChange={(signatory, { office, ...changes }) =>
        replaceSignatory(signatory.key, {
          ...changes,
          // The review always names an office; "lainnya" stands for one it does not list.
          ...(office !== undefined ? { office: office || 'lainnya' } : {}),
        })
      }
      onSignatoryRemove={(signatory) =>
        onChange({ signatories: draft.signatories.filter((other) => other.key !== signatory.key) })
      }
      onSignatoryAdd={(party) => {
        const level = regionByCode(party.key)?.level;
        onChange({
          signatories: [
            ...draft.signatories,
            {
              key: newSignatoryKey(),
              partyKey: party.key,
              name: '',
              office: level ? headOfficeFor(level) : 'lainnya',
              actingKind: 'definitif',
              extractedName: null,
            },
          ],
        });
      }}
      renderSignatory={(signatory) => ({
        // The region (or third party) represented: a signatory read for a region that is no party yet.
        inline: (
          <Select
            label={t('ingest.signatories.party')}
            size="xs"
            data={partyOptions}
            value={partyKeys.includes(signatory.partyKey) ? signatory.partyKey : null}
            placeholder={signatory.partyKey ? regionNameOf(signatory.partyKey) : undefined}
            onChange={(value) => replaceSignatory(signatory.key, { partyKey: value ?? '' })}
            disabled={disabled}
          />
        ),
      })}
      onPartyActivate={(party) =>
        onActivate(
          party.kind === 'region'
            ? { field: 'parties', items: evidenceOf(result, 'parties', valueMatcher(party.key)) }
            : {
                field: 'organizations',
                items: evidenceOf(
                  result,
                  'organizations',
                  (value) =>
                    typeof value === 'object' &&
                    value !== null &&
                    (value as { name?: unknown }).name === party.organization.extractedName,
                ),
              },
        )
      }
      onSignatoryActivate={(signatory) =>
        onActivate({
          field: 'officials',
          items: evidenceOf(result, 'officials', officialMatcher(signatory.extractedName)),
        })
      }
      texts={{
        name: t('ingest.signatories.name'),
        office: t('ingest.signatories.office'),
        actingKind: t('ingest.signatories.acting'),
        remove: t('ingest.signatories.remove'),
        add: t('ingest.signatories.add'),
      }}
      empty={
        <Text size="sm" c="dimmed">
          {t('ingest.parties.none')}
        </Text>
      }
      footer={
        <Stack gap="xs">
          <RegionSelect
            aria-label={t('ingest.parties.add')}
            placeholder={t('ingest.parties.addPlaceholder')}
            value={null}
            onChange={(code) => {
              if (code && !draft.parties.includes(code)) onChange({ parties: [...draft.parties, code] });
            }}
            size="xs"
            disabled={disabled}
            data-testid="ingest-party-add"
          />
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('ingest.organizations.title')}
          </Text>
          {hints.map((hint) => (
            <Group
              key={hint.name}
              gap="xs"
              wrap="nowrap"
              justify="space-between"
              data-testid="ingest-organization-hint"
            >
              <Text size="sm">
                {hint.name}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`ingest.organizations.kind.${hint.kind}`)}) · {t('ingest.organizations.found')}
                </Text>
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => addOrganization(organizationFromExtracted(hint))}
                disabled={disabled}
                data-testid="ingest-organization-make-party"
              >
                {t('ingest.organizations.makeParty')}
              </Button>
            </Group>
          ))}
          <Button
            size="compact-xs"
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => addOrganization(organizationFromExtracted(null))}
            disabled={disabled}
            data-testid="ingest-organization-add"
          >
            + {t('ingest.organizations.add')}
          </Button>
        </Stack>
      }
    />
  );
}

/** A region party: its name and code, and a button to drop it from the parties. */
function RegionParty({
  code,
  onRemove,
  disabled,
}: {
  code: string;
  onRemove: () => void;
  disabled: boolean;
}) {
  const t = useT();
  const name = regionNameOf(code);
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" fw={600} data-testid="ingest-party-name">
        {name}{' '}
        <Text span size="xs" c="dimmed">
          {code}
        </Text>
      </Text>
      <CloseButton
        size="sm"
        aria-label={t('ingest.parties.remove', { name })}
        onClick={(event) => {
          event.stopPropagation();
          onRemove();
        }}
        disabled={disabled}
      />
    </Group>
  );
}

/** One third party: its matches in the directory, or the name and kind of a new record. */
function OrganizationParty({
  organization,
  onChange,
  onRemove,
  disabled,
}: {
  organization: DraftOrganization;
  onChange: (changes: Partial<DraftOrganization>) => void;
  onRemove: () => void;
  disabled: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const [search] = useDebouncedValue(organization.name.trim(), 300);
  const matches = useApiQuery(search.length >= 2 ? ['ingest-organizations', search] : null, (signal) =>
    listOrganizations({ q: search, pageSize: 5 }, signal),
  );
  const items = matches.data?.items ?? matches.lastData?.items ?? [];
  // The matched record stays offered even when the name typed no longer finds it.
  const options =
    organization.organizationId && !items.some((item) => item.id === organization.organizationId)
      ? [{ id: organization.organizationId, name: organization.matchedName ?? '', kind: null }, ...items]
      : items;
  const sameName = items.find((item) => item.name.toLowerCase() === organization.name.trim().toLowerCase());
  const title = organization.matchedName ?? (organization.name.trim() || t('ingest.organizations.unnamed'));

  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate data-testid="ingest-organization-title">
            {title}
          </Text>
          <Badge
            size="xs"
            variant="light"
            color={organization.organizationId ? 'teal' : 'grape'}
            tt="none"
            data-testid="ingest-organization-status"
          >
            {organization.organizationId ? t('ingest.organizations.matched') : t('ingest.organizations.new')}
          </Badge>
        </Group>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('ingest.parties.remove', { name: title })}
          onClick={onRemove}
          disabled={disabled}
        >
          <span aria-hidden>×</span>
        </ActionIcon>
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('ingest.organizations.name')}
          size="xs"
          value={organization.name}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
          disabled={disabled || organization.organizationId !== null}
          error={
            organization.organizationId === null && organization.name.trim().length < 2
              ? t('ingest.organizations.nameRequired')
              : undefined
          }
          style={{ flex: '2 1 200px' }}
          data-testid="ingest-organization-name"
        />
        <Select
          label={t('ingest.organizations.kindLabel')}
          size="xs"
          data={organizationKinds.map((kind) => ({
            value: kind,
            label: labelIn(organizationKindLabels[kind], lang),
          }))}
          value={organization.kind}
          onChange={(value) =>
            onChange({
              kind: organizationKinds.find((kind): kind is OrganizationKind => kind === value) ?? 'lainnya',
            })
          }
          allowDeselect={false}
          disabled={disabled || organization.organizationId !== null}
          style={{ flex: '1 1 160px' }}
          data-testid="ingest-organization-kind"
        />
      </Group>
      <Radio.Group
        label={t('ingest.organizations.record')}
        size="xs"
        value={organization.organizationId ?? recordNew}
        onChange={(value) => {
          const chosen = options.find((option) => option.id === value);
          onChange(
            chosen
              ? { organizationId: chosen.id, matchedName: chosen.name }
              : { organizationId: null, matchedName: null },
          );
        }}
      >
        <Stack gap={4} mt={4}>
          {options.map((option) => (
            <Radio
              key={option.id}
              value={option.id}
              disabled={disabled}
              label={
                <Text size="xs" span>
                  {t('ingest.organizations.useRecord', { name: option.name })}
                  {option.kind && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {labelIn(organizationKindLabels[option.kind], lang)}
                    </Text>
                  )}
                </Text>
              }
              data-testid="ingest-organization-match"
            />
          ))}
          <Radio
            value={recordNew}
            disabled={disabled}
            label={
              <Text size="xs" span>
                {t('ingest.organizations.recordNew')}
              </Text>
            }
            data-testid="ingest-organization-record-new"
          />
        </Stack>
      </Radio.Group>
      {matches.loading && (
        <Text size="xs" c="dimmed">
          {t('ingest.organizations.searching')}
        </Text>
      )}
      {!matches.loading && search.length >= 2 && items.length === 0 && (
        <Text size="xs" c="dimmed" data-testid="ingest-organization-none">
          {t('ingest.organizations.noRecord')}
        </Text>
      )}
      {organization.organizationId === null && sameName && (
        <Text size="xs" c="orange.8">
          {t('ingest.organizations.sameName', { name: sameName.name })}
        </Text>
      )}
    </Stack>
  );
}
