/**
 * Conversions between stored rows and the domain's AgreementInput, and the snapshot that the audit
 * trail keeps of an agreement (its field names are what VERSION_CONFLICT reports as changed).
 */
import {
  isActing,
  isHeadOffice,
  partyKey,
  type ActingKind,
  type AgreementInput,
  type ContentFlags,
  type CooperationKind,
  type DocumentType,
  type Financing,
  type KsddNature,
  type Mandate,
  type Office,
  type Party,
  type Signatory,
} from '../../../domain/agreements/index.js';
import type { SectorKey } from '../../../domain/taxonomy/sectors.js';
import type { AgreementRow, PartyInsert, PartyRow, SignatoryInsert, SignatoryRow } from './repo.js';

/** The key of a stored party (region code or organisation id), as the domain's partyKey. */
export function storedPartyKey(party: Pick<PartyRow, 'regionCode' | 'organizationId'>): string {
  return party.regionCode ?? party.organizationId ?? '';
}

export function partyFromRow(row: PartyRow): Party {
  const common = {
    documentNumber: row.documentNumber,
    role: row.role,
    rights: row.rights,
    obligations: row.obligations,
    financing: (row.financing as Financing | null) ?? null,
  };
  return row.partyKind === 'region'
    ? { kind: 'region', regionCode: row.regionCode ?? '', ...common }
    : { kind: 'organization', organizationId: row.organizationId ?? '', ...common };
}

export function signatoryFromRow(row: SignatoryRow, partiesById: ReadonlyMap<string, PartyRow>): Signatory {
  const party = partiesById.get(row.partyId);
  return {
    partyKey: party ? storedPartyKey(party) : '',
    name: row.name,
    office: row.office as Office,
    position: row.officeTitle,
    actingKind: row.actingKind as ActingKind,
    officialId: row.officialTermId,
    mandate: (row.mandate as Mandate | null) ?? null,
  };
}

/** The stored agreement as the domain sees it. */
export function inputFromRows(
  row: AgreementRow,
  parties: readonly PartyRow[],
  signatories: readonly SignatoryRow[],
): AgreementInput {
  const partiesById = new Map(parties.map((party) => [party.id, party]));
  return {
    title: row.title,
    kind: row.kind as CooperationKind,
    ksddNature: row.ksddNature as KsddNature | null,
    documentType: row.documentType as DocumentType,
    parentId: row.parentId,
    parties: [...parties].sort((a, b) => a.position - b.position).map(partyFromRow),
    signatories: signatories.map((signatory) => signatoryFromRow(signatory, partiesById)),
    signingDate: row.signingDate,
    signingPlace: row.signingPlace,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    sectors: row.sectors as SectorKey[],
    purpose: row.purpose,
    objectScope: row.objectScope,
    content: (row.content as ContentFlags | null) ?? {},
    burdensCommunity: row.burdensCommunity,
    fundingNotInCurrentApbd: row.fundingNotInCurrentApbd,
    notes: row.notes,
  };
}

/** Party region codes, sorted and unique: the denormalised column used by tenancy and filters. */
export function regionCodesOf(input: Pick<AgreementInput, 'parties'>): string[] {
  return [
    ...new Set(input.parties.flatMap((party) => (party.kind === 'region' ? [party.regionCode] : []))),
  ].sort();
}

/**
 * Whether a head of region signed as Pj./Plt./Plh. (the flag shown on lists). An acting head of agency
 * signing a PKS under mandate is routine and not flagged, as in the domain's ACTING_SIGNATORY warning.
 */
export function hasActingHeadSignatory(input: Pick<AgreementInput, 'signatories'>): boolean {
  return input.signatories.some(
    (signatory) => isHeadOffice(signatory.office) && isActing(signatory.actingKind),
  );
}

/** The agreement columns of an input (everything except parties and signatories). */
export function agreementColumns(input: AgreementInput) {
  return {
    title: input.title,
    kind: input.kind,
    ksddNature: input.ksddNature,
    documentType: input.documentType,
    parentId: input.parentId,
    signingDate: input.signingDate,
    signingPlace: input.signingPlace,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    sectors: [...input.sectors],
    purpose: input.purpose,
    objectScope: input.objectScope,
    content: input.content,
    notes: input.notes,
    burdensCommunity: input.burdensCommunity,
    fundingNotInCurrentApbd: input.fundingNotInCurrentApbd,
    actingSignatory: hasActingHeadSignatory(input),
    partyRegionCodes: regionCodesOf(input),
  };
}

/**
 * Party rows of an input. Confirmations survive an edit for a party that stays (same key); a party
 * that is new must confirm.
 */
export function partyRows(
  agreementId: string,
  input: AgreementInput,
  previous: readonly PartyRow[] = [],
): PartyInsert[] {
  const previousByKey = new Map(previous.map((party) => [storedPartyKey(party), party]));
  return input.parties.map((party, position) => {
    const kept = previousByKey.get(partyKey(party));
    return {
      agreementId,
      position,
      partyKind: party.kind,
      regionCode: party.kind === 'region' ? party.regionCode : null,
      organizationId: party.kind === 'organization' ? party.organizationId : null,
      documentNumber: party.documentNumber,
      role: party.role,
      rights: [...party.rights],
      obligations: [...party.obligations],
      financing: party.financing,
      confirmedAt: kept?.confirmedAt ?? null,
      confirmedBy: kept?.confirmedBy ?? null,
    };
  });
}

export function signatoryRows(
  agreementId: string,
  input: AgreementInput,
  parties: readonly PartyRow[],
): SignatoryInsert[] {
  const partyIdByKey = new Map(parties.map((party) => [storedPartyKey(party), party.id]));
  return input.signatories.flatMap((signatory, position) => {
    const partyId = partyIdByKey.get(signatory.partyKey);
    if (!partyId) return [];
    return [
      {
        agreementId,
        partyId,
        position,
        name: signatory.name,
        office: signatory.office,
        officeTitle: signatory.position,
        actingKind: signatory.actingKind,
        officialTermId: signatory.officialId,
        mandate: signatory.mandate,
      },
    ];
  });
}

/** What the audit trail keeps of an agreement: its fields by name, plus stage and publication. */
export function auditSnapshot(
  input: AgreementInput,
  extra: { stage: string; published: boolean },
): Record<string, unknown> {
  return { ...input, stage: extra.stage, published: extra.published };
}
