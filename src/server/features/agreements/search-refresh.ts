import type { Db } from '../../db/client.js';
import { displayName, regionByCode } from '../../../domain/regions/index.js';
import {
  findParties,
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

/** The search texts of an agreement from its row, party names and document texts. */
export function searchTextsFor(
  agreement: Pick<AgreementRow, 'title' | 'purpose' | 'objectScope' | 'notes' | 'sectors'>,
  partyNames: readonly string[],
  documentTexts: readonly string[],
) {
  return buildSearchTexts({
    title: agreement.title,
    purpose: agreement.purpose,
    objectScope: agreement.objectScope,
    notes: agreement.notes,
    sectors: agreement.sectors,
    partyNames,
    documentTexts,
  });
}

/** Recomputes an agreement's search columns from what is stored (after a document upload). */
export async function refreshSearch(db: Db, agreement: AgreementRow): Promise<void> {
  // Sequential on purpose: inside a transaction both run on one connection anyway.
  const parties = await findParties(db, [agreement.id]);
  const texts = await latestDocumentTexts(db, agreement.id);
  await updateSearch(db, agreement.id, searchTextsFor(agreement, parties.map(partyName), texts));
}
