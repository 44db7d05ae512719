/**
 * The duplicate check: agreements that look like the same signing, entered by a partner or from a
 * news article, offered instead of a second record.
 */
import type { Actor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { addDays, looksLikeSameAgreement, type AgreementInput } from '../../../domain/agreements/index.js';
import { canOn } from './access.js';
import { inputFromRows, regionCodesOf } from './model.js';
import { findDuplicateCandidates } from './list.repo.js';
import { findParties } from './repo.js';
import { partyName } from './search-refresh.js';

export type DuplicateQuery = Pick<
  AgreementInput,
  'title' | 'kind' | 'documentType' | 'parties' | 'signingDate'
>;

/**
 * Agreements that look like the same signing (entered by a partner, or from a news article): the SQL
 * narrows to the same party regions, kind and type within 30 days; the domain compares the rest.
 */
export async function findDuplicates(db: Db, actor: Actor, query: DuplicateQuery, excludeId?: string) {
  const regionCodes = regionCodesOf(query);
  if (regionCodes.length === 0) return [];
  const rows = await findDuplicateCandidates(db, {
    kind: query.kind,
    documentType: query.documentType,
    regionCodes,
    signingFrom: query.signingDate ? addDays(query.signingDate, -30) : null,
    signingTo: query.signingDate ? addDays(query.signingDate, 30) : null,
    excludeId,
  });
  const visible = rows.filter((row) => canOn(actor, 'agreement:read', row));
  const parties = await findParties(
    db,
    visible.map((row) => row.id),
  );
  const candidates = [];
  for (const row of visible) {
    const own = parties.filter((party) => party.agreementId === row.id);
    const candidate = inputFromRows(row, own, []);
    const verdict = looksLikeSameAgreement(query, candidate);
    if (!verdict.match) continue;
    candidates.push({
      id: row.id,
      title: row.title,
      kind: row.kind,
      documentType: row.documentType,
      signingDate: row.signingDate,
      ownerRegionCode: row.ownerRegionCode,
      score: Math.round(verdict.score * 100) / 100,
      parties: own.map((party) => ({
        kind: party.partyKind,
        regionCode: party.regionCode,
        organizationId: party.organizationId,
        name: partyName(party),
        confirmed: party.confirmedAt !== null,
      })),
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * The exact part of the duplicate rule (kind, document type, the set of party regions): creates that
 * could be duplicates of each other share it, so they take the same lock.
 */
export function duplicateKey(query: DuplicateQuery): string {
  return [query.kind, query.documentType, [...regionCodesOf(query)].sort().join(',')].join('|');
}
