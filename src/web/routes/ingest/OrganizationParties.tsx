import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  labelIn,
  organizationKindLabels,
  organizationKinds,
  type OrganizationKind,
} from '../../../domain/agreements';
import type { ExtractionResult } from '../../../extract/types';
import { listOrganizations } from '../../api/agreements';
import { useApiQuery } from '../../api/use-api-query';
import { useLang, useT } from '../../i18n/context';
import {
  evidenceOf,
  organizationFromExtracted,
  organizationHints,
  withOrganizationParty,
  type Draft,
  type DraftOrganization,
} from './draft';
import type { ActiveEvidence } from './SourceText';

/** Value of the choice "record it as a new organisation" among the directory's matches. */
const recordNew = 'new';

/**
 * The third parties of the draft (a university, the Kejaksaan, a company): each extracted organisation
 * can be made a party, then matched to a record of the organisations directory or recorded anew with
 * the save. A pemda's MoU with one of them is a KSDPK, which needs both the region and the third party.
 */
export function OrganizationParties({
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
  const hints = organizationHints(result, draft);
  const replace = (key: string, changes: Partial<DraftOrganization>) =>
    onChange({
      organizations: draft.organizations.map((organization) =>
        organization.key === key ? { ...organization, ...changes } : organization,
      ),
    });
  const remove = (key: string) =>
    onChange({
      organizations: draft.organizations.filter((organization) => organization.key !== key),
      signatories: draft.signatories.filter((signatory) => signatory.partyKey !== key),
    });
  const add = (organization: DraftOrganization) => {
    const next = withOrganizationParty(draft, organization);
    onChange({ organizations: next.organizations, signatories: next.signatories });
  };

  return (
    <Stack gap="xs" data-testid="ingest-organizations">
      {draft.organizations.map((organization) => (
        <OrganizationParty
          key={organization.key}
          organization={organization}
          onChange={(changes) => replace(organization.key, changes)}
          onRemove={() => remove(organization.key)}
          onActivate={() =>
            onActivate({
              field: 'organizations',
              items: evidenceOf(
                result,
                'organizations',
                (value) =>
                  typeof value === 'object' &&
                  value !== null &&
                  (value as { name?: unknown }).name === organization.extractedName,
              ),
            })
          }
          disabled={disabled}
        />
      ))}
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
            onClick={() => add(organizationFromExtracted(hint))}
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
        onClick={() => add(organizationFromExtracted(null))}
        disabled={disabled}
        data-testid="ingest-organization-add"
      >
        + {t('ingest.organizations.add')}
      </Button>
    </Stack>
  );
}

/** One third party: its matches in the directory, or the name and kind of a new record. */
function OrganizationParty({
  organization,
  onChange,
  onRemove,
  onActivate,
  disabled,
}: {
  organization: DraftOrganization;
  onChange: (changes: Partial<DraftOrganization>) => void;
  onRemove: () => void;
  onActivate: () => void;
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
    <Paper
      withBorder
      p="xs"
      data-testid="ingest-organization"
      data-matched={organization.organizationId ? 'true' : 'false'}
      onMouseEnter={(event) => {
        event.stopPropagation();
        onActivate();
      }}
    >
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
              {organization.organizationId
                ? t('ingest.organizations.matched')
                : t('ingest.organizations.new')}
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
    </Paper>
  );
}
