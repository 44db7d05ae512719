import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit, type RequestContext } from '../../audit.js';
import { assertManagesDirectoryEntry } from '../../auth/directory-access.js';
import { can, type Actor, type UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { lockForDuplicateCheck } from '../../db/transaction-lock.js';
import { opds } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { regionByCode } from '../../../domain/regions/index.js';

type Opd = typeof opds.$inferSelect;

export function presentOpd(opd: Opd) {
  return {
    id: opd.id,
    regionCode: opd.regionCode,
    name: opd.name,
    abbreviation: opd.abbreviation,
    sectorKeys: opd.sectorKeys,
    createdAt: opd.createdAt.toISOString(),
  };
}

/** The OPD of a region, for any logged-in user (`opd:read` is not region-scoped, see policy.ts). */
export async function listOpds(db: Db, actor: Actor, regionCode: string) {
  if (!regionByCode(regionCode))
    throw new AppError('REGION_NOT_FOUND', `Region ${regionCode} does not exist`, 'regionCode');
  if (!can(actor, 'opd:read', { regionCodes: [regionCode] })) return [];
  const rows = await db
    .select()
    .from(opds)
    .where(and(eq(opds.regionCode, regionCode), isNull(opds.deletedAt)))
    .orderBy(opds.name);
  return rows.map(presentOpd);
}

async function findVisible(db: Db, actor: Actor, id: string): Promise<Opd> {
  const [opd] = await db
    .select()
    .from(opds)
    .where(and(eq(opds.id, id), isNull(opds.deletedAt)));
  if (!opd || !can(actor, 'opd:read', { regionCodes: [opd.regionCode] }))
    throw new AppError('OPD_NOT_FOUND', 'No such OPD', 'id');
  return opd;
}

function assertManage(actor: UserActor, regionCode: string) {
  assertManagesDirectoryEntry(actor, 'opd', regionCode);
}

/**
 * Refuses a second live OPD of the same name in a region (409 CONFLICT). The check runs under a lock
 * of the name, so two identical creates or renames sent at once cannot both pass it; the unique index
 * opds_region_name_uq backs it up.
 */
async function assertNameFree(tx: Db, regionCode: string, name: string, exceptId?: string) {
  await lockForDuplicateCheck(tx, 'opd-names', `${regionCode}|${name.toLowerCase()}`);
  const [duplicate] = await tx
    .select({ id: opds.id })
    .from(opds)
    .where(
      and(
        eq(opds.regionCode, regionCode),
        sql`lower(${opds.name}) = ${name.toLowerCase()}`,
        isNull(opds.deletedAt),
        exceptId ? sql`${opds.id} <> ${exceptId}` : undefined,
      ),
    );
  if (duplicate) throw new AppError('CONFLICT', 'An OPD with this name exists in the region', 'name');
}

type OpdInput = {
  regionCode: string;
  name: string;
  abbreviation?: string | null | undefined;
  sectorKeys?: string[] | undefined;
};

export async function createOpd(db: Db, ctx: RequestContext & { actor: UserActor }, input: OpdInput) {
  const region = regionByCode(input.regionCode);
  if (!region || region.level === undefined)
    throw new AppError('REGION_NOT_FOUND', `Region ${input.regionCode} does not exist`, 'regionCode');
  assertManage(ctx.actor, input.regionCode);
  return db.transaction(async (tx) => {
    await assertNameFree(tx, input.regionCode, input.name);
    const [opd] = await tx
      .insert(opds)
      .values({
        regionCode: input.regionCode,
        name: input.name,
        abbreviation: input.abbreviation ?? null,
        sectorKeys: input.sectorKeys ?? [],
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'opd.create',
      entityType: 'opd',
      entityId: opd!.id,
      regionCodes: [input.regionCode],
      after: presentOpd(opd!),
    });
    return presentOpd(opd!);
  });
}

export async function updateOpd(
  db: Db,
  ctx: RequestContext & { actor: UserActor },
  id: string,
  changes: Partial<Omit<OpdInput, 'regionCode'>>,
) {
  const opd = await findVisible(db, ctx.actor, id);
  assertManage(ctx.actor, opd.regionCode);
  return db.transaction(async (tx) => {
    if (changes.name !== undefined) await assertNameFree(tx, opd.regionCode, changes.name, id);
    const [updated] = await tx
      .update(opds)
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.abbreviation !== undefined ? { abbreviation: changes.abbreviation } : {}),
        ...(changes.sectorKeys !== undefined ? { sectorKeys: changes.sectorKeys } : {}),
        updatedAt: new Date(),
      })
      .where(eq(opds.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'opd.update',
      entityType: 'opd',
      entityId: id,
      regionCodes: [opd.regionCode],
      before: presentOpd(opd),
      after: presentOpd(updated!),
    });
    return presentOpd(updated!);
  });
}

export async function deleteOpd(db: Db, ctx: RequestContext & { actor: UserActor }, id: string) {
  const opd = await findVisible(db, ctx.actor, id);
  assertManage(ctx.actor, opd.regionCode);
  await db.transaction(async (tx) => {
    await tx.update(opds).set({ deletedAt: new Date() }).where(eq(opds.id, id));
    await recordAudit(tx, ctx, {
      action: 'opd.delete',
      entityType: 'opd',
      entityId: id,
      regionCodes: [opd.regionCode],
      before: presentOpd(opd),
    });
  });
}

/**
 * OPD by id, for other features (an agreement's responsible OPD). Deleted OPD are included only on
 * request: a record keeps showing the OPD it named, but a new link needs a live one.
 */
export async function opdsByIds(
  db: Db,
  ids: readonly string[],
  options: { includeDeleted?: boolean } = {},
): Promise<Array<ReturnType<typeof presentOpd> & { deleted: boolean }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(opds)
    .where(
      and(inArray(opds.id, [...new Set(ids)]), options.includeDeleted ? undefined : isNull(opds.deletedAt)),
    )
    .orderBy(opds.name);
  return rows.map((row) => ({ ...presentOpd(row), deleted: row.deletedAt !== null }));
}
