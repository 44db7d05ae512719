import type { programKinds, programStatuses, ProgramParentType } from '../../../domain/records/kinds';
import type { ProgramFormValues } from '../../../domain/records/schema';
import type { ProgramDetailDto } from '../../api/programs';

/**
 * The program form as the user edits it (numbers may be left empty) and its request body, checked
 * with the domain's `programInputSchema` as the server checks it. Pure: the page holds the state.
 */

export type BudgetRow = { year: number | ''; budget: number | ''; realisation: number | ''; note: string };
export type LinkRow = { url: string; label: string };
export type ProgramFormState = {
  title: string;
  kind: (typeof programKinds)[number];
  parentType: ProgramParentType | null;
  parentId: string | null;
  funderRegionCode: string | null;
  funderOrganizationId: string | null;
  recipientRegionCode: string | null;
  recipientOrganizationId: string | null;
  location: string;
  description: string;
  sectors: string[];
  status: (typeof programStatuses)[number];
  physicalProgress: number;
  budgets: BudgetRow[];
  evidenceLinks: LinkRow[];
  published: boolean;
};

const blankText = (text: string) => (text.trim() === '' ? null : text.trim());

export function programFormOf(
  program: ProgramDetailDto | undefined,
  parentType: string | null,
  parentId: string | null,
): ProgramFormState {
  return {
    title: program?.title ?? '',
    kind: program?.kind ?? 'bantuan_keuangan',
    parentType:
      program?.parentType ?? (parentType === 'agreement' || parentType === 'meeting' ? parentType : null),
    parentId: program?.parentId ?? parentId,
    funderRegionCode: program?.funderRegionCode ?? null,
    funderOrganizationId: program?.funderOrganizationId ?? null,
    recipientRegionCode: program?.recipientRegionCode ?? null,
    recipientOrganizationId: program?.recipientOrganizationId ?? null,
    location: program?.location ?? '',
    description: program?.description ?? '',
    sectors: program?.sectors ?? [],
    status: program?.status ?? 'rencana',
    physicalProgress: program?.physicalProgress ?? 0,
    budgets: (program?.budgets ?? []).map((line) => ({
      year: line.year,
      budget: line.budget,
      realisation: line.realisation ?? '',
      note: line.note ?? '',
    })),
    evidenceLinks: (program?.evidenceLinks ?? []).map((link) => ({ url: link.url, label: link.label ?? '' })),
    published: program?.published ?? false,
  };
}

/** What the API receives: empty texts as null, numbers as numbers. */
export function programBodyOf(values: ProgramFormState): ProgramFormValues & { published: boolean } {
  return {
    title: values.title,
    kind: values.kind,
    parentType: values.parentType,
    parentId: values.parentId,
    funderRegionCode: values.funderRegionCode,
    funderOrganizationId: values.funderOrganizationId,
    recipientRegionCode: values.recipientRegionCode,
    recipientOrganizationId: values.recipientOrganizationId,
    location: blankText(values.location),
    description: blankText(values.description),
    sectors: values.sectors as ProgramFormValues['sectors'],
    status: values.status,
    physicalProgress: values.physicalProgress,
    budgets: values.budgets.map((line) => ({
      year: line.year === '' ? Number.NaN : line.year,
      budget: line.budget === '' ? 0 : line.budget,
      realisation: line.realisation === '' ? null : line.realisation,
      note: blankText(line.note),
    })),
    evidenceLinks: values.evidenceLinks
      .filter((link) => link.url.trim() !== '')
      .map((link) => ({ url: link.url.trim(), label: blankText(link.label) })),
    published: values.published,
  };
}
