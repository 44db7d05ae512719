/**
 * Zod schemas of the records around the agreements, as entered: shared by the API (request bodies and
 * OpenAPI) and the UI (forms and the import review), so both refuse the same input with the same issue
 * codes (domain/agreements/issues.ts). Checks that need stored data (the parent's dates, an OPD's region)
 * run in the services, with the same codes.
 */
import { z } from 'zod';
import { regionByCode } from '../regions';
import { sectorKeys, sectorKeySchema } from '../taxonomy/sectors';
import { isoDateSchema } from '../agreements/dates';
import { makeIssue, type Issue } from '../agreements/issues';
import { addIssues, optionalText, regionCodeSchema } from '../agreements/schema';
import {
  actionParentTypeSchema,
  actionStatusSchema,
  budgetYearRange,
  institutionKindSchema,
  meetingKindSchema,
  programKindSchema,
  programParentTypeSchema,
  programStatusSchema,
  visitKindSchema,
} from './kinds';

const sectorsSchema = z
  .array(sectorKeySchema)
  .max(sectorKeys.length)
  .transform((keys) => [...new Set(keys)])
  .default([]);

/** A percentage of progress, whole: 0 to 100. */
export const progressSchema = z.int().refine((value) => value >= 0 && value <= 100, {
  error: 'Progress is between 0 and 100',
  params: { code: 'PROGRESS_OUT_OF_RANGE' },
});

/** A web link given as evidence or reference. */
export const linkSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  label: optionalText(300),
});

/**
 * Who takes part in a visit or a meeting: a region (its pemda, one of its OPD or its DPRD), or an
 * organisation, or an institution named only in words ("Kementerian PUPR"). `name` is how the text
 * names it when that says more than the region ("DPRD Kabupaten Bekasi", "Dinas Bina Marga").
 */
export const participantSchema = z.object({
  regionCode: regionCodeSchema.nullable().default(null),
  institution: institutionKindSchema.default('pemda'),
  organizationId: z.uuid().nullable().default(null),
  opdId: z.uuid().nullable().default(null),
  name: optionalText(300),
});

/** A person of a delegation or a meeting, with their post (jabatan). */
export const personSchema = z.object({
  name: z.string().trim().min(1).max(200),
  post: optionalText(300),
  /** The region the person comes for, when known. */
  regionCode: regionCodeSchema.nullable().default(null),
  institution: institutionKindSchema.default('pemda'),
});

/** A topic of a visit: a sector key, free text, or both ("pengelolaan pajak daerah"). */
export const topicSchema = z.object({
  sector: sectorKeySchema.nullable().default(null),
  text: z.string().trim().min(1).max(500),
});

/** A good practice (praktik baik) learned on a visit: recorded on the host region with its topic. */
export const goodPracticeSchema = z.object({
  topic: z.string().trim().min(1).max(300),
  description: optionalText(5000),
  sector: sectorKeySchema.nullable().default(null),
});

function participantIssues(
  participants: readonly z.output<typeof participantSchema>[],
  field: string,
): Issue[] {
  const issues: Issue[] = [];
  participants.forEach((participant, index) => {
    if (participant.regionCode === null && participant.organizationId === null && participant.name === null)
      issues.push(makeIssue('PARTICIPANT_EMPTY', 'error', `${field}.${index}`));
    if (participant.regionCode !== null && !regionByCode(participant.regionCode))
      issues.push(makeIssue('UNKNOWN_REGION', 'error', `${field}.${index}.regionCode`));
  });
  return issues;
}

function dateOrderIssues(start: string | null, end: string | null, endField: string): Issue[] {
  return start !== null && end !== null && end < start
    ? [makeIssue('END_BEFORE_START', 'error', endField)]
    : [];
}

/** A work visit: kunjungan kerja, studi banding, studi komparasi or studi tiru. */
export const visitFieldsSchema = z.object({
  title: z.string().trim().min(3).max(500),
  kind: visitKindSchema.default('kunjungan_kerja'),
  /** The region visited. */
  hostRegionCode: regionCodeSchema,
  /** Who visited: regions (pemda, DPRD, OPD), institutions. */
  visitors: z.array(participantSchema).min(1).max(50),
  /** Members of the delegation with their posts. */
  delegates: z.array(personSchema).max(200).default([]),
  /** Who received the visitors on the host's side. */
  hosts: z.array(personSchema).max(200).default([]),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  place: optionalText(300),
  topics: z.array(topicSchema).max(50).default([]),
  sectors: sectorsSchema,
  purpose: optionalText(5000),
  outcomes: optionalText(10000),
  goodPractices: z.array(goodPracticeSchema).max(50).default([]),
  notes: optionalText(10000),
});
export type VisitInput = z.output<typeof visitFieldsSchema>;
export type VisitFormValues = z.input<typeof visitFieldsSchema>;

export function visitIssues(visit: VisitInput): Issue[] {
  const issues = [
    ...participantIssues(visit.visitors, 'visitors'),
    ...dateOrderIssues(visit.startDate, visit.endDate, 'endDate'),
  ];
  if (!regionByCode(visit.hostRegionCode))
    issues.push(makeIssue('UNKNOWN_REGION', 'error', 'hostRegionCode'));
  // A region does not visit itself: at least one visitor comes from elsewhere (another region, an
  // organisation or an institution named in words).
  if (visit.visitors.every((visitor) => visitor.regionCode === visit.hostRegionCode))
    issues.push(makeIssue('HOST_ONLY_VISITOR', 'error', 'visitors'));
  return issues;
}

export const visitInputSchema = visitFieldsSchema.superRefine((visit, context) =>
  addIssues(visitIssues(visit), context),
);

/** A decision of a meeting; it can become a follow-up action in one step. */
export const decisionSchema = z.object({
  /**
   * The stored decision this entry edits, when it is one: its id (and the actions made from it) is kept
   * even when its text changes. Without an id, a stored decision with the same text keeps its id.
   */
  id: z.uuid().nullable().default(null),
  text: z.string().trim().min(1).max(2000),
});

/** A meeting: an audience (audiensi) or a coordination meeting (rapat koordinasi). */
export const meetingFieldsSchema = z.object({
  title: z.string().trim().min(3).max(500),
  kind: meetingKindSchema.default('audiensi'),
  /** The region that received the meeting, when one did. */
  hostRegionCode: regionCodeSchema.nullable().default(null),
  participants: z.array(participantSchema).min(1).max(100),
  /** Persons present, with their posts. */
  persons: z.array(personSchema).max(300).default([]),
  date: isoDateSchema.nullable().default(null),
  place: optionalText(300),
  agenda: optionalText(5000),
  summary: optionalText(10000),
  sectors: sectorsSchema,
  decisions: z.array(decisionSchema).max(100).default([]),
  notes: optionalText(10000),
});
export type MeetingInput = z.output<typeof meetingFieldsSchema>;
export type MeetingFormValues = z.input<typeof meetingFieldsSchema>;

export function meetingIssues(meeting: MeetingInput): Issue[] {
  const issues = participantIssues(meeting.participants, 'participants');
  if (meeting.hostRegionCode !== null && !regionByCode(meeting.hostRegionCode))
    issues.push(makeIssue('UNKNOWN_REGION', 'error', 'hostRegionCode'));
  const regions = new Set(
    [meeting.hostRegionCode, ...meeting.participants.map((participant) => participant.regionCode)].filter(
      (code) => code !== null,
    ),
  );
  if (regions.size === 0) issues.push(makeIssue('REGION_PARTY_REQUIRED', 'error', 'participants'));
  meeting.persons.forEach((person, index) => {
    if (person.regionCode !== null && !regionByCode(person.regionCode))
      issues.push(makeIssue('UNKNOWN_REGION', 'error', `persons.${index}.regionCode`));
  });
  return issues;
}

export const meetingInputSchema = meetingFieldsSchema.superRefine((meeting, context) =>
  addIssues(meetingIssues(meeting), context),
);

/** A follow-up action (tindak lanjut) as entered by who plans it. */
export const actionFieldsSchema = z.object({
  parentType: actionParentTypeSchema,
  parentId: z.uuid(),
  /** The meeting decision this action carries out, when it came from one. */
  decisionId: z.uuid().nullable().default(null),
  title: z.string().trim().min(3).max(500),
  description: optionalText(5000),
  /** The OPD that owns the action: an OPD of any party region of the parent. */
  opdId: z.uuid(),
  dueDate: isoDateSchema.nullable().default(null),
  status: actionStatusSchema.default('direncanakan'),
  progress: progressSchema.default(0),
  evidenceLinks: z.array(linkSchema).max(50).default([]),
});
export type ActionInput = z.output<typeof actionFieldsSchema>;
export type ActionFormValues = z.input<typeof actionFieldsSchema>;

export function actionIssues(action: Pick<ActionInput, 'status' | 'progress'>): Issue[] {
  return action.status === 'selesai' && action.progress !== 100
    ? [makeIssue('DONE_WITHOUT_FULL_PROGRESS', 'error', 'progress')]
    : [];
}

export const actionInputSchema = actionFieldsSchema.superRefine((action, context) =>
  addIssues(actionIssues(action), context),
);

/** What the owning OPD reports on an action: status, progress, evidence, with the version edited. */
export const actionProgressSchema = z
  .object({
    status: actionStatusSchema,
    progress: progressSchema,
    evidenceLinks: z.array(linkSchema).max(50).optional(),
    /** A short report of what was done, kept as a comment. */
    note: optionalText(5000),
    version: z.int().min(1),
  })
  .superRefine((update, context) => addIssues(actionIssues(update), context));
export type ActionProgressInput = z.output<typeof actionProgressSchema>;

export const commentSchema = z.object({ body: z.string().trim().min(1).max(5000) });

/** The budget of a program in one budget year, and what was realised. Rupiah, whole. */
export const budgetLineSchema = z.object({
  year: z.int().refine((year) => year >= budgetYearRange.min && year <= budgetYearRange.max, {
    error: 'Budget year out of range',
    params: { code: 'BUDGET_YEAR_OUT_OF_RANGE', min: budgetYearRange.min, max: budgetYearRange.max },
  }),
  budget: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  realisation: z.int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  /** Required when the realisation exceeds the budget (a budget change, an addition). */
  note: optionalText(2000),
});
export type BudgetLine = z.output<typeof budgetLineSchema>;

/** A funded program: a project carried out under an agreement or a meeting. */
export const programFieldsSchema = z.object({
  title: z.string().trim().min(3).max(500),
  kind: programKindSchema.default('kemitraan'),
  parentType: programParentTypeSchema.nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  funderRegionCode: regionCodeSchema.nullable().default(null),
  funderOrganizationId: z.uuid().nullable().default(null),
  recipientRegionCode: regionCodeSchema.nullable().default(null),
  recipientOrganizationId: z.uuid().nullable().default(null),
  /** Where the work is (a road, a district). */
  location: optionalText(500),
  description: optionalText(5000),
  sectors: sectorsSchema,
  status: programStatusSchema.default('rencana'),
  physicalProgress: progressSchema.default(0),
  budgets: z.array(budgetLineSchema).max(100).default([]),
  evidenceLinks: z.array(linkSchema).max(50).default([]),
});
export type ProgramInput = z.output<typeof programFieldsSchema>;
export type ProgramFormValues = z.input<typeof programFieldsSchema>;

export function programIssues(program: ProgramInput): Issue[] {
  const issues: Issue[] = [];
  if (program.funderRegionCode === null && program.funderOrganizationId === null)
    issues.push(makeIssue('FUNDER_REQUIRED', 'error', 'funderRegionCode'));
  if (program.recipientRegionCode === null && program.recipientOrganizationId === null)
    issues.push(makeIssue('RECIPIENT_REQUIRED', 'error', 'recipientRegionCode'));
  for (const field of ['funderRegionCode', 'recipientRegionCode'] as const) {
    const code = program[field];
    if (code !== null && !regionByCode(code)) issues.push(makeIssue('UNKNOWN_REGION', 'error', field));
  }
  if (program.funderRegionCode !== null && program.funderRegionCode === program.recipientRegionCode)
    issues.push(makeIssue('FUNDER_IS_RECIPIENT', 'error', 'recipientRegionCode'));
  if ((program.parentType === null) !== (program.parentId === null))
    issues.push(
      makeIssue('PARENT_REQUIRED', 'error', program.parentType === null ? 'parentType' : 'parentId'),
    );
  const years = new Set<number>();
  program.budgets.forEach((line, index) => {
    if (years.has(line.year))
      issues.push(makeIssue('DUPLICATE_BUDGET_YEAR', 'error', `budgets.${index}.year`));
    years.add(line.year);
    if (line.realisation !== null && line.realisation > line.budget && line.note === null)
      issues.push(makeIssue('REALISATION_EXCEEDS_BUDGET', 'error', `budgets.${index}.realisation`));
  });
  return issues;
}

export const programInputSchema = programFieldsSchema.superRefine((program, context) =>
  addIssues(programIssues(program), context),
);

/** The party regions of a record, for tenancy: who sees and changes it (record-access.ts). */
export function visitRegionCodes(visit: Pick<VisitInput, 'hostRegionCode' | 'visitors'>): string[] {
  return uniqueCodes([visit.hostRegionCode, ...visit.visitors.map((visitor) => visitor.regionCode)]);
}

export function meetingRegionCodes(meeting: Pick<MeetingInput, 'hostRegionCode' | 'participants'>): string[] {
  return uniqueCodes([
    meeting.hostRegionCode,
    ...meeting.participants.map((participant) => participant.regionCode),
  ]);
}

export function programRegionCodes(
  program: Pick<ProgramInput, 'funderRegionCode' | 'recipientRegionCode'>,
): string[] {
  return uniqueCodes([program.funderRegionCode, program.recipientRegionCode]);
}

function uniqueCodes(codes: ReadonlyArray<string | null>): string[] {
  return [...new Set(codes.filter((code): code is string => code !== null))];
}
