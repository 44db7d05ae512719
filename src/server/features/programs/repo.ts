/**
 * The SQL of programs: the row (live ones only), its budget lines (replaced with the program) and the
 * organisations a program names.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { BudgetLine } from '../../../domain/records/schema.js';
import type { Db } from '../../db/client.js';
import { organizations, programBudgets, programs } from '../../db/schema/index.js';

export type ProgramRow = typeof programs.$inferSelect;
export type ProgramInsert = typeof programs.$inferInsert;

/** A live (not deleted) program; `forUpdate` locks its row for the caller's transaction. */
export async function findProgram(
  db: Db,
  id: string,
  options: { forUpdate?: boolean | undefined } = {},
): Promise<ProgramRow | undefined> {
  const query = db
    .select()
    .from(programs)
    .where(and(eq(programs.id, id), isNull(programs.deletedAt)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The budget lines of a program, by year. */
export async function findBudgets(db: Db, programId: string): Promise<BudgetLine[]> {
  const rows = await db
    .select()
    .from(programBudgets)
    .where(eq(programBudgets.programId, programId))
    .orderBy(asc(programBudgets.year));
  return rows.map((row) => ({
    year: row.year,
    budget: row.budget,
    realisation: row.realisation,
    note: row.note,
  }));
}

/** Replaces the budget lines of a program (in the caller's transaction). */
export async function replaceBudgets(db: Db, programId: string, lines: readonly BudgetLine[]): Promise<void> {
  await db.delete(programBudgets).where(eq(programBudgets.programId, programId));
  if (lines.length) await db.insert(programBudgets).values(lines.map((line) => ({ programId, ...line })));
}

/** The name of an organisation, or null (no id, or none recorded). */
export async function organizationName(db: Db, id: string | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name ?? null;
}

/** The ids among `ids` that name a recorded organisation. */
export async function existingOrganizationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

/** Inserts a program; answers its id. */
export async function insertProgram(db: Db, values: ProgramInsert): Promise<string> {
  const [row] = await db.insert(programs).values(values).returning({ id: programs.id });
  return row!.id;
}

/** Updates a program only if it is still at `version`; false when someone else saved first. */
export async function updateProgramRow(
  db: Db,
  id: string,
  version: number,
  values: Partial<ProgramInsert>,
): Promise<boolean> {
  const updated = await db
    .update(programs)
    .set(values)
    .where(and(eq(programs.id, id), eq(programs.version, version)))
    .returning({ id: programs.id });
  return updated.length > 0;
}

/** Soft-deletes a program, bumping its version to `version`. */
export async function setProgramDeleted(
  db: Db,
  id: string,
  deletedBy: string,
  version: number,
): Promise<void> {
  await db.update(programs).set({ deletedAt: new Date(), deletedBy, version }).where(eq(programs.id, id));
}
