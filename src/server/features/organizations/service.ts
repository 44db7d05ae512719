import { recordAudit, type RequestContext } from '../../audit.js';
import { assertManagesDirectoryEntry } from '../../auth/directory-access.js';
import type { UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { lockForDuplicateCheck } from '../../db/transaction-lock.js';
import { AppError } from '../../errors.js';
import { regionByCode } from '../../../domain/regions/index.js';
import type { OrganizationKind } from '../../../domain/agreements/kinds.js';
import {
  findOrganization,
  findOrganizationByName,
  findOrganizationsByIds,
  insertOrganization,
  searchOrganizations,
  updateOrganizationRow,
  type OrganizationRow,
} from './repo.js';

export type OrganizationInput = {
  name: string;
  kind: OrganizationKind;
  identifiers?: Record<string, string> | undefined;
  country?: string | undefined;
  regionCode?: string | null | undefined;
};

export function presentOrganization(row: OrganizationRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganizationKind,
    identifiers: row.identifiers as Record<string, string>,
    country: row.country,
    regionCode: row.regionCode,
    ownerRegionCode: row.ownerRegionCode,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type OrganizationDto = ReturnType<typeof presentOrganization>;

type WriteContext = RequestContext & { actor: UserActor };

/** Regions whose administrators see an organisation's audit entries: its location and its owner. */
function auditRegions(...rows: OrganizationRow[]): string[] {
  const codes = rows.flatMap((row) => [row.regionCode, row.ownerRegionCode]);
  return [...new Set(codes.filter((code): code is string => code !== null))];
}

/** The shared directory of third parties; readable by anyone with organization:read. */
export async function listOrganizations(
  db: Db,
  query: { q?: string | undefined; kind?: string | undefined; page: number; pageSize: number },
) {
  const q = query.q?.trim().replace(/\s+/g, ' ') || undefined;
  const { items, total } = await searchOrganizations(db, {
    q,
    kind: query.kind,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map(presentOrganization), total, page: query.page, pageSize: query.pageSize };
}

export async function getOrganization(db: Db, id: string) {
  const row = await findOrganization(db, id);
  if (!row) throw new AppError('ORGANIZATION_NOT_FOUND', `Organization ${id} does not exist`, 'id');
  return presentOrganization(row);
}

/** Organisations by id, for other features (agreement parties). Missing ids are simply absent. */
export async function organizationsByIds(db: Db, ids: readonly string[]): Promise<OrganizationDto[]> {
  return (await findOrganizationsByIds(db, [...new Set(ids)])).map(presentOrganization);
}

function checkRegion(regionCode: string | null | undefined) {
  if (regionCode && !regionByCode(regionCode)) {
    throw new AppError('REGION_NOT_FOUND', `Region ${regionCode} does not exist`, 'body.regionCode');
  }
}

/**
 * Refuses a second organisation of the same name (case-insensitive) in a country (409 CONFLICT). The
 * check runs under a lock of the name, so identical creates sent at once cannot both pass it.
 */
async function assertNameFree(tx: Db, name: string, country: string, exceptId?: string) {
  await lockForDuplicateCheck(tx, 'organization-names', `${country}|${name.toLowerCase()}`);
  const existing = await findOrganizationByName(tx, name, country, exceptId);
  if (existing) {
    throw new AppError('CONFLICT', `"${existing.name}" is already recorded`, 'body.name', {
      existingId: existing.id,
    });
  }
}

/** Records an organisation, owned by the actor's region (see canManageDirectoryEntry). */
export async function createOrganization(db: Db, ctx: WriteContext, input: OrganizationInput) {
  checkRegion(input.regionCode);
  const ownerRegionCode = ctx.actor.role === 'system_admin' ? null : ctx.actor.regionCode;
  assertManagesDirectoryEntry(ctx.actor, 'organization', ownerRegionCode);
  const country = (input.country ?? 'ID').toUpperCase();
  return db.transaction(async (tx) => {
    await assertNameFree(tx, input.name, country);
    const row = await insertOrganization(tx, {
      name: input.name,
      kind: input.kind,
      identifiers: input.identifiers ?? {},
      country,
      regionCode: input.regionCode ?? null,
      ownerRegionCode,
      createdBy: ctx.actor.id,
    });
    const dto = presentOrganization(row);
    await recordAudit(tx, ctx, {
      action: 'organization.create',
      entityType: 'organization',
      entityId: row.id,
      regionCodes: auditRegions(row),
      after: dto,
    });
    return dto;
  });
}

export async function updateOrganization(
  db: Db,
  ctx: WriteContext,
  id: string,
  changes: Partial<OrganizationInput>,
) {
  checkRegion(changes.regionCode);
  return db.transaction(async (tx) => {
    const before = await findOrganization(tx, id);
    if (!before) throw new AppError('ORGANIZATION_NOT_FOUND', `Organization ${id} does not exist`, 'id');
    assertManagesDirectoryEntry(ctx.actor, 'organization', before.ownerRegionCode);
    const name = changes.name ?? before.name;
    const country = (changes.country ?? before.country).toUpperCase();
    if (changes.name !== undefined || changes.country !== undefined) {
      await assertNameFree(tx, name, country, id);
    }
    const row = await updateOrganizationRow(tx, id, {
      name,
      country,
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.identifiers !== undefined ? { identifiers: changes.identifiers } : {}),
      ...(changes.regionCode !== undefined ? { regionCode: changes.regionCode } : {}),
    });
    const dto = presentOrganization(row);
    await recordAudit(tx, ctx, {
      action: 'organization.update',
      entityType: 'organization',
      entityId: id,
      regionCodes: auditRegions(before, row),
      before: presentOrganization(before),
      after: dto,
    });
    return dto;
  });
}
