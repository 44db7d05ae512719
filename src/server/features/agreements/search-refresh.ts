import type { Db } from '../../db/client.js';
import type { AgreementInput } from '../../../domain/agreements/index.js';
import { displayName, regionByCode } from '../../../domain/regions/index.js';
import { organizationsByIds } from '../organizations/service.js';
import {
  findAgreement,
  findParties,
  findSignatories,
  latestDocumentTexts,
  updateSearch,
  type AgreementRow,
  type PartyWithName,
} from './repo.js';
import { buildSearchTexts } from './search-text.js';

/** The display name of a party: the region's ("Kota Malang") or the organisation's. */
export function partyName(party: Pick<PartyWithName, 'regionCode' | 'organizationName'>): string {
  if (party.regionCode) {
    const region = regionByCode(party.regionCode);
    return region ? displayName(region) : party.regionCode;
  }
  return party.organizationName ?? '';
}

/** The display names of an input's parties, in their order (organisations looked up by id). */
export async function partyNamesOf(db: Db, input: Pick<AgreementInput, 'parties'>): Promise<string[]> {
  const organizations = await organizationsByIds(
    db,
    input.parties.flatMap((party) => (party.kind === 'organization' ? [party.organizationId] : [])),
  );
  const orgNames = new Map(organizations.map((organization) => [organization.id, organization.name]));
  return input.parties.map((party) =>
    party.kind === 'region'
      ? partyName({ regionCode: party.regionCode, organizationName: null })
      : (orgNames.get(party.organizationId) ?? ''),
  );
}

/** Who signed and the parties' numbers: searched with the title (weight A). */
export type SearchPeople = {
  signatoryNames: readonly string[];
  documentNumbers: ReadonlyArray<string | null>;
};

/** The search texts of an agreement from its row, party names, signatories and numbers, and document texts. */
export function searchTextsFor(
  agreement: Pick<AgreementRow, 'title' | 'purpose' | 'objectScope' | 'notes' | 'sectors' | 'signingPlace'>,
  partyNames: readonly string[],
  people: SearchPeople,
  documentTexts: readonly string[],
) {
  return buildSearchTexts({
    title: agreement.title,
    purpose: agreement.purpose,
    objectScope: agreement.objectScope,
    notes: agreement.notes,
    sectors: agreement.sectors,
    signingPlace: agreement.signingPlace,
    partyNames,
    documentTexts,
    ...people,
  });
}

/** The signatories and numbers of an agreement input, for its search texts. */
export function searchPeopleOf(input: {
  signatories: ReadonlyArray<{ name: string }>;
  parties: ReadonlyArray<{ documentNumber: string | null }>;
}): SearchPeople {
  return {
    signatoryNames: input.signatories.map((signatory) => signatory.name),
    documentNumbers: input.parties.map((party) => party.documentNumber),
  };
}

/** Recomputes an agreement's search columns from what is stored (after a document upload). */
export async function refreshSearch(db: Db, agreement: AgreementRow): Promise<void> {
  // Sequential on purpose: inside a transaction they run on one connection anyway.
  const parties = await findParties(db, [agreement.id]);
  const signatories = await findSignatories(db, agreement.id);
  const texts = await latestDocumentTexts(db, agreement.id);
  const people = searchPeopleOf({ signatories, parties });
  await updateSearch(db, agreement.id, searchTextsFor(agreement, parties.map(partyName), people, texts));
}

/** Recomputes the search vector of an agreement by id (its documents changed), locking its row. */
export async function refreshAgreementSearch(db: Db, agreementId: string): Promise<void> {
  const agreement = await findAgreement(db, agreementId, { forUpdate: true });
  if (agreement) await refreshSearch(db, agreement);
}
