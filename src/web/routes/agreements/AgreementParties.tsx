import {
  Alert,
  Anchor,
  Button,
  Divider,
  Grid,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import {
  actingKindLabels,
  financingSourceLabels,
  financingSources,
  isActing,
  officeLabels,
  type DocumentType,
  type FinancingSource,
  type Office,
} from '../../../domain/agreements';
import { checkSignatoryTerm, holderOn } from '../../../domain/officials';
import { findOfficials } from '../../api/agreements';
import { useApiQuery } from '../../api/use-api-query';
import { DateField } from '../../components/DateField';
import { PartiesEditor } from '../../components/parties/PartiesEditor';
import { useT } from '../../i18n/context';
import {
  defaultOfficeFor,
  emptySignatory,
  type FormState,
  type PartyForm,
  type SignatoryForm,
} from './form-model';
import { OrganizationSelect, RegionSelect } from './RemoteSelect';
import { issueText, useFormatDate, useLabel } from './shared';

type AgreementPartiesProps = {
  form: FormState;
  onPartyChange: (index: number, changes: Partial<PartyForm>) => void;
  onSignatoryChange: (partyIndex: number, index: number, changes: Partial<SignatoryForm>) => void;
  onRemoveParty: (index: number) => void;
  onAddOrganization: (index: number) => void;
  canManageOrganizations: boolean;
  /** The error of a field of the form by its path, `parties.0.signatories.1.name`... */
  fieldError: (field: string) => ReactNode;
  footer: ReactNode;
};

/** The parties of the agreement form on the shared parties editor, with the agreement's own fields. */
export function AgreementParties({
  form,
  onPartyChange,
  onSignatoryChange,
  onRemoveParty,
  onAddOrganization,
  canManageOrganizations,
  fieldError,
  footer,
}: AgreementPartiesProps) {
  const t = useT();
  const partyError = (index: number) => (field: string) => fieldError(`parties.${index}${field}`);
  return (
    <PartiesEditor
      parties={form.parties}
      partyKey={(party) => party.uid}
      signatoriesOf={(party) => party.signatories}
      signatoryKey={(signatory) => signatory.uid}
      partyAttributes={(_, index) => ({ 'data-testid': 'party-card', 'data-index': String(index) })}
      renderParty={(party, index) => (
        <PartyFields
          index={index}
          party={party}
          form={form}
          canRemove={form.parties.length > 2}
          canManageOrganizations={canManageOrganizations}
          onChange={(changes) => onPartyChange(index, changes)}
          onRemove={() => onRemoveParty(index)}
          onAddOrganization={() => onAddOrganization(index)}
          fieldError={partyError(index)}
        />
      )}
      renderPartyFooter={(party, index) => (
        <PartyFinancing
          party={party}
          onChange={(changes) => onPartyChange(index, changes)}
          fieldError={partyError(index)}
        />
      )}
      signatoriesTitle={() => t('agr.form.signatories')}
      onSignatoryChange={(_, changes, place) => {
        if (!place) return;
        // A name typed by hand is no longer the register's official.
        onSignatoryChange(
          place.party,
          place.index,
          changes.name === undefined ? changes : { ...changes, officialId: null },
        );
      }}
      onSignatoryRemove={(_, place) => {
        if (!place) return;
        const party = form.parties[place.party];
        if (party)
          onPartyChange(place.party, {
            signatories: party.signatories.filter((__, at) => at !== place.index),
          });
      }}
      onSignatoryAdd={(party, index) =>
        onPartyChange(index, {
          signatories: [...party.signatories, emptySignatory(defaultOfficeFor(party.regionCode))],
        })
      }
      signatoryError={(_, field, place) => {
        if (!place) return undefined;
        const error = partyError(place.party);
        const prefix = `.signatories.${place.index}`;
        return field === 'name' ? (error(`${prefix}.name`) ?? error(prefix)) : error(`${prefix}.${field}`);
      }}
      renderSignatory={(signatory, place) => {
        const party = place ? form.parties[place.party] : undefined;
        if (!place || !party) return {};
        return {
          children: (
            <SignatoryDetails
              signatory={signatory}
              party={party}
              signingDate={form.signingDate}
              documentType={form.documentType}
              onChange={(changes) => onSignatoryChange(place.party, place.index, changes)}
              fieldError={(field) => fieldError(`parties.${place.party}.signatories.${place.index}${field}`)}
            />
          ),
        };
      }}
      texts={{
        name: t('agr.form.signatoryName'),
        namePlaceholder: t('agr.form.signatoryNameHint'),
        office: t('agr.form.office'),
        actingKind: t('agr.form.actingKind'),
        remove: t('agr.form.removeSignatory'),
        add: t('agr.form.addSignatory'),
      }}
      footer={footer}
    />
  );
}

type PartyFieldsProps = {
  index: number;
  party: PartyForm;
  form: FormState;
  canRemove: boolean;
  canManageOrganizations: boolean;
  onChange: (changes: Partial<PartyForm>) => void;
  onRemove: () => void;
  onAddOrganization: () => void;
  /** The error of a field under this party: '' for the party itself, '.documentNumber'... */
  fieldError: (field: string) => ReactNode;
};

/** A party of the agreement: region or organisation, and its own document number. */
function PartyFields({
  index,
  party,
  form,
  canRemove,
  canManageOrganizations,
  onChange,
  onRemove,
  onAddOrganization,
  fieldError,
}: PartyFieldsProps) {
  const t = useT();
  const showParty = form.kind !== 'ksdd' || party.kind === 'organization';
  return (
    <>
      <Group justify="space-between">
        <Text fw={600}>{t('agr.form.party', { n: index + 1 })}</Text>
        {canRemove && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove}>
            {t('agr.form.removeParty')}
          </Button>
        )}
      </Group>
      {fieldError('') && (
        <Text size="sm" c="red">
          {fieldError('')}
        </Text>
      )}
      {showParty && (
        <SegmentedControl
          aria-label={t('agr.form.partyKind')}
          data={[
            { value: 'region', label: t('agr.form.partyKind.region') },
            { value: 'organization', label: t('agr.form.partyKind.organization') },
          ]}
          value={party.kind}
          onChange={(value) => onChange({ kind: value as PartyForm['kind'] })}
          maw={460}
        />
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          {party.kind === 'region' ? (
            <RegionSelect
              label={t('agr.form.region')}
              placeholder={t('agr.form.regionPlaceholder')}
              required
              value={party.regionCode}
              onChange={(value) => {
                const office = defaultOfficeFor(value);
                onChange({
                  regionCode: value,
                  // The head's office follows the region unless the user chose another one.
                  signatories: party.signatories.map((signatory) =>
                    signatory.office === '' || signatory.office === defaultOfficeFor(party.regionCode)
                      ? { ...signatory, office }
                      : signatory,
                  ),
                });
              }}
              error={fieldError('.regionCode')}
              data-testid="party-region"
            />
          ) : (
            <Stack gap={4}>
              <OrganizationSelect
                label={t('agr.form.organization')}
                placeholder={t('agr.form.organizationPlaceholder')}
                required
                value={party.organizationId}
                selectedLabel={party.organizationName}
                onChange={(value, option) =>
                  onChange({ organizationId: value, organizationName: option?.label ?? null })
                }
                error={fieldError('.organizationId')}
                data-testid="party-organization"
              />
              {canManageOrganizations && (
                <Anchor component="button" type="button" size="sm" onClick={onAddOrganization} ta="left">
                  + {t('agr.form.addOrganization')}
                </Anchor>
              )}
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('agr.form.documentNumber')}
            value={party.documentNumber}
            onChange={(event) => onChange({ documentNumber: event.currentTarget.value })}
            error={fieldError('.documentNumber')}
            data-testid="party-documentNumber"
          />
        </Grid.Col>
      </Grid>
    </>
  );
}

/** Per party: rights, obligations and financing. */
function PartyFinancing({
  party,
  onChange,
  fieldError,
}: {
  party: PartyForm;
  onChange: (changes: Partial<PartyForm>) => void;
  fieldError: (field: string) => ReactNode;
}) {
  const t = useT();
  const label = useLabel();
  return (
    <>
      <Divider label={t('agr.detail.perParty')} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea
          label={t('agr.form.rights')}
          autosize
          minRows={2}
          value={party.rights}
          onChange={(event) => onChange({ rights: event.currentTarget.value })}
          error={fieldError('.rights')}
        />
        <Textarea
          label={t('agr.form.obligations')}
          autosize
          minRows={2}
          value={party.obligations}
          onChange={(event) => onChange({ obligations: event.currentTarget.value })}
          error={fieldError('.obligations')}
        />
      </SimpleGrid>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('agr.form.financingSource')}
            placeholder={t('agr.form.financingNone')}
            data={financingSources.map((source) => ({
              value: source,
              label: label(financingSourceLabels[source]),
            }))}
            value={party.financingSource || null}
            onChange={(value) => onChange({ financingSource: (value as FinancingSource | null) ?? '' })}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NumberInput
            label={t('agr.form.financingAmount')}
            value={party.financingAmount}
            onChange={(value) => onChange({ financingAmount: value === '' ? '' : Number(value) })}
            thousandSeparator="."
            decimalSeparator=","
            min={0}
            allowDecimal={false}
            disabled={!party.financingSource}
            error={fieldError('.financing.amount')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('agr.form.financingNote')}
            value={party.financingNote}
            onChange={(event) => onChange({ financingNote: event.currentTarget.value })}
            disabled={!party.financingSource}
          />
        </Grid.Col>
      </Grid>
    </>
  );
}

type SignatoryDetailsProps = {
  signatory: SignatoryForm;
  party: PartyForm;
  signingDate: string;
  documentType: DocumentType;
  onChange: (changes: Partial<SignatoryForm>) => void;
  fieldError: (field: string) => ReactNode;
};

/**
 * What the agreement form asks of a signatory beyond name, office and status: the position, the
 * mandate of a kepala OPD signing a PKS, and the officials register's holder of the post that day.
 */
function SignatoryDetails({
  signatory,
  party,
  signingDate,
  documentType,
  onChange,
  fieldError,
}: SignatoryDetailsProps) {
  const t = useT();
  const label = useLabel();
  const formatDate = useFormatDate();
  const needsMandate = signatory.office === 'kepala_opd' && documentType === 'perjanjian_kerja_sama';
  const needsPosition = signatory.office === 'kepala_opd' || signatory.office === 'lainnya';
  // Who held the post on the signing date, from the officials register, as a suggestion; and the
  // server's warning, shown as the user types, when the register has the named signatory out of office
  // that day. The post's terms are loaded once, whatever the date.
  const lookup =
    party.kind === 'region' && party.regionCode && signatory.office
      ? { regionCode: party.regionCode, office: signatory.office as Office }
      : null;
  const official = useApiQuery(lookup ? ['officials', lookup] : null, (signal) =>
    lookup ? findOfficials(lookup, signal) : Promise.reject(new Error('no lookup')),
  );
  const terms = official.data?.items ?? [];
  const dated = lookup && /^\d{4}-\d{2}-\d{2}$/.test(signingDate) ? { ...lookup, date: signingDate } : null;
  const holderTerm = dated ? holderOn(terms, dated.regionCode, dated.office, dated.date) : undefined;
  const holder = terms.find((term) => term === holderTerm);
  const termWarning =
    dated && signatory.name.trim()
      ? checkSignatoryTerm(
          terms,
          { name: signatory.name, office: dated.office, actingKind: signatory.actingKind },
          dated.regionCode,
          dated.date,
        )
      : null;
  const suggest =
    holder &&
    (holder.personName.trim().toLowerCase() !== signatory.name.trim().toLowerCase() ||
      holder.actingKind !== signatory.actingKind);

  return (
    <>
      {needsPosition && (
        <TextInput
          label={t('agr.form.position')}
          value={signatory.position}
          onChange={(event) => onChange({ position: event.currentTarget.value })}
          error={fieldError('.position')}
        />
      )}
      {(needsMandate || signatory.mandateNumber) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('agr.form.mandateNumber')}
            value={signatory.mandateNumber}
            onChange={(event) => onChange({ mandateNumber: event.currentTarget.value })}
            error={fieldError('.mandate.number') ?? fieldError('.mandate')}
          />
          <DateField
            label={t('agr.form.mandateDate')}
            value={signatory.mandateDate}
            onChange={(value) => onChange({ mandateDate: value })}
            error={fieldError('.mandate.date')}
          />
        </SimpleGrid>
      )}
      {suggest && holder && (
        <Alert color="blue" variant="light" p="xs" data-testid="official-suggestion">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">
              {t('agr.form.suggestion', {
                title: [actingKindLabels[holder.actingKind].prefix, label(officeLabels[holder.office])]
                  .filter(Boolean)
                  .join(' '),
                name: holder.personName,
              })}{' '}
              <Text span size="xs" c="dimmed">
                ({formatDate(holder.start)} – {holder.end ? formatDate(holder.end) : '…'})
              </Text>
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() =>
                onChange({ name: holder.personName, actingKind: holder.actingKind, officialId: holder.id })
              }
            >
              {t('agr.form.useSuggestion')}
            </Button>
          </Group>
        </Alert>
      )}
      {termWarning && (
        <Text size="xs" c="orange.8" data-testid="official-warning">
          {issueText(t, termWarning, label)}
        </Text>
      )}
      {isActing(signatory.actingKind) && (
        <Text size="xs" c="orange.8">
          {t('agr.actingHint')}
        </Text>
      )}
    </>
  );
}
