/**
 * The program API's answers as zod schemas: the server documents its routes with them (OpenAPI) and
 * types its service results by them, the UI reads its types from them, so no response shape of a
 * program is written twice.
 */
import { z } from 'zod';
import { sectorKeySchema } from '../taxonomy/sectors';
import { programFieldsSchema } from './schema';
import { pendingChangeSchema } from './pending-change';
import { programKindSchema, programParentTypeSchema, programStatusSchema } from './kinds';

export const budgetTotalsSchema = z.object({
  budget: z.number(),
  realisation: z.number(),
  realisationPercent: z.number().nullable(),
});

export const yearTotalsSchema = budgetTotalsSchema.extend({
  year: z.int(),
  note: z.string().nullable(),
  /** False when no realisation was entered for the year (counted as 0). */
  realisationEntered: z.boolean(),
});

export const programAccessSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  publish: z.boolean(),
  report: z.boolean(),
});

export const programDetailSchema = programFieldsSchema.extend({
  id: z.uuid(),
  funderName: z.string().nullable(),
  recipientName: z.string().nullable(),
  /** The parent when the reader may see it. */
  parent: z.object({ type: programParentTypeSchema, id: z.uuid(), title: z.string() }).nullable(),
  partyRegionCodes: z.array(z.string()),
  published: z.boolean(),
  ownerRegionCode: z.string().nullable(),
  totals: z.object({ years: z.array(yearTotalsSchema), overall: budgetTotalsSchema }),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  access: programAccessSchema,
  /** Changes waiting for the other parties (decision 009); only for its parties. */
  pendingChanges: z.array(pendingChangeSchema),
});
export type ProgramDetailDto = z.output<typeof programDetailSchema>;

export const programListItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: programKindSchema,
  status: programStatusSchema,
  parentType: programParentTypeSchema.nullable(),
  parentId: z.uuid().nullable(),
  funderRegionCode: z.string().nullable(),
  funderName: z.string().nullable(),
  recipientRegionCode: z.string().nullable(),
  recipientName: z.string().nullable(),
  location: z.string().nullable(),
  sectors: z.array(sectorKeySchema),
  physicalProgress: z.int(),
  published: z.boolean(),
  budgetYears: z.array(z.int()),
  totalBudget: z.number(),
  totalRealisation: z.number(),
  realisationPercent: z.number().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type ProgramListItemDto = z.output<typeof programListItemSchema>;

export const programPageSchema = z.object({
  items: z.array(programListItemSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type ProgramPageDto = z.output<typeof programPageSchema>;
