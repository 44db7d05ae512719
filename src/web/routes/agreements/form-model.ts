import {
  agreementCreateSchema,
  headOfficeFor,
  issuesFromZod,
  type ActingKind,
  type ContentItemKey,
  type CooperationKind,
  type DocumentType,
  type FinancingSource,
  type Office,
  type Stage,
} from '../../../domain/agreements';
import { regionByCode } from '../../../domain/regions';
import type { AgreementCreateBody, AgreementDetailDto, IssueDto } from '../../api/agreements';

/**
 * The agreement form as the user edits it (strings for inputs, signatories nested under their party) and
 * its conversion to and from the API's shapes. Pure: the page holds the state, this module the mapping.
 */

export type SignatoryForm = {
  uid: string;
  name: string;
  office: Office | '';
  position: string;
  actingKind: ActingKind;
  officialId: string | null;
  mandateNumber: string;
  mandateDate: string;
};

export type PartyForm = {
  uid: string;
  kind: 'region' | 'organization';
  regionCode: string | null;
  organizationId: string | null;
  organizationName: string | null;
  documentNumber: string;
  role: string;
  rights: string;
  obligations: string;
  financingSource: FinancingSource | '';
  financingAmount: number | '';
  financingNote: string;
  signatories: SignatoryForm[];
};

export type FormState = {
  kind: CooperationKind;
  ksddNature: 'wajib' | 'sukarela' | '';
  documentType: DocumentType;
  parentId: string | null;
  parentLabel: string | null;
  title: string;
  /** Create: the stage when recorded ('' lets the data decide). Edit: the stage the agreement is at. */
  entryStage: Stage | '';
  /** The day that stage was reached ('' : the date the data implies). */
  entryStageDate: string;
  parties: PartyForm[];
  signingDate: string;
  signingPlace: string;
  validFrom: string;
  validUntil: string;
  sectors: string[];
  purpose: string;
  objectScope: string;
  notes: string;
  content: Partial<Record<ContentItemKey, boolean>>;
  burdensCommunity: boolean;
  fundingNotInCurrentApbd: boolean;
  published: boolean;
  /** OPD pelaksana, with their region: one whose region stops being a party is not sent. */
  responsibleOpds: Array<{ id: string; regionCode: string }>;
};

let uidCounter = 0;
/** A key for list items of the form that survives reordering. */
export function newUid(): string {
  uidCounter += 1;
  return `f${uidCounter}`;
}

/** The head of region's office of a region code (wali_kota for a kota...), or '' when unknown. */
export function defaultOfficeFor(regionCode: string | null): Office | '' {
  const region = regionCode ? regionByCode(regionCode) : undefined;
  return region ? headOfficeFor(region.level) : '';
}

export function emptySignatory(office: Office | '' = ''): SignatoryForm {
  return {
    uid: newUid(),
    name: '',
    office,
    position: '',
    actingKind: 'definitif',
    officialId: null,
    mandateNumber: '',
    mandateDate: '',
  };
}

export function emptyParty(regionCode: string | null = null): PartyForm {
  return {
    uid: newUid(),
    kind: 'region',
    regionCode,
    organizationId: null,
    organizationName: null,
    documentNumber: '',
    role: '',
    rights: '',
    obligations: '',
    financingSource: '',
    financingAmount: '',
    financingNote: '',
    signatories: [emptySignatory(defaultOfficeFor(regionCode))],
  };
}

export function emptyForm(ownRegionCode: string | null): FormState {
  return {
    kind: 'ksdd',
    ksddNature: '',
    documentType: 'kesepakatan_bersama',
    parentId: null,
    parentLabel: null,
    title: '',
    entryStage: '',
    entryStageDate: '',
    parties: [emptyParty(ownRegionCode), emptyParty()],
    signingDate: '',
    signingPlace: '',
    validFrom: '',
    validUntil: '',
    sectors: [],
    purpose: '',
    objectScope: '',
    notes: '',
    content: {},
    burdensCommunity: false,
    fundingNotInCurrentApbd: false,
    published: false,
    responsibleOpds: [],
  };
}

/** The form of a stored agreement (editing, or the parent copied into a new PKS). */
export function formFromDetail(detail: AgreementDetailDto): FormState {
  return {
    kind: detail.kind,
    ksddNature: detail.ksddNature ?? '',
    documentType: detail.documentType,
    parentId: detail.parentId,
    parentLabel: detail.parent ? detail.parent.title : null,
    title: detail.title,
    entryStage: detail.stage,
    entryStageDate: detail.stageDate ?? '',
    parties: detail.parties.map((party) => ({
      uid: newUid(),
      kind: party.kind,
      regionCode: party.regionCode,
      organizationId: party.organizationId,
      organizationName: party.kind === 'organization' ? party.name : null,
      documentNumber: party.documentNumber ?? '',
      role: party.role ?? '',
      rights: party.rights.join('\n'),
      obligations: party.obligations.join('\n'),
      financingSource: (party.financing?.source as FinancingSource | undefined) ?? '',
      financingAmount: party.financing?.amount ?? '',
      financingNote: party.financing?.note ?? '',
      signatories: detail.signatories
        .filter((signatory) => signatory.partyKey === party.key)
        .map((signatory) => ({
          uid: newUid(),
          name: signatory.name,
          office: signatory.office,
          position: signatory.position ?? '',
          actingKind: signatory.actingKind,
          officialId: signatory.officialId,
          mandateNumber: signatory.mandate?.number ?? '',
          mandateDate: signatory.mandate?.date ?? '',
        })),
    })),
    signingDate: detail.signingDate ?? '',
    signingPlace: detail.signingPlace ?? '',
    validFrom: detail.validFrom ?? '',
    validUntil: detail.validUntil ?? '',
    sectors: [...detail.sectors],
    purpose: detail.purpose ?? '',
    objectScope: detail.objectScope ?? '',
    notes: detail.notes ?? '',
    content: { ...detail.content },
    burdensCommunity: detail.burdensCommunity,
    fundingNotInCurrentApbd: detail.fundingNotInCurrentApbd,
    published: detail.published,
    responsibleOpds: detail.responsibleOpds.map((opd) => ({ id: opd.id, regionCode: opd.regionCode })),
  };
}

/** The key of a party as signatories name it: its region code or organisation id. */
export function partyFormKey(party: PartyForm): string {
  return (party.kind === 'region' ? party.regionCode : party.organizationId) ?? '';
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Where each flat signatory index of the payload sits in the form: [party index, signatory index]. */
export type SignatoryIndex = Array<[number, number]>;

/** The request body of the form, and where its flat signatories came from (to place errors). */
export function payloadFromForm(form: FormState): {
  body: AgreementCreateBody;
  signatoryIndex: SignatoryIndex;
} {
  const signatoryIndex: SignatoryIndex = [];
  const signatories: AgreementCreateBody['signatories'] = [];
  form.parties.forEach((party, partyIndex) => {
    party.signatories.forEach((signatory, index) => {
      // An untouched blank signatory row is not an entry.
      if (!signatory.name.trim() && !signatory.mandateNumber.trim()) return;
      signatoryIndex.push([partyIndex, index]);
      signatories.push({
        partyKey: partyFormKey(party),
        name: signatory.name,
        office: (signatory.office || undefined) as Office,
        position: signatory.position.trim() || null,
        actingKind: signatory.actingKind,
        officialId: signatory.officialId,
        mandate:
          signatory.mandateNumber.trim() || signatory.mandateDate
            ? { number: signatory.mandateNumber, date: signatory.mandateDate }
            : null,
      });
    });
  });
  const body: AgreementCreateBody = {
    title: form.title,
    kind: form.kind,
    ksddNature: form.kind === 'ksdd' && form.ksddNature ? form.ksddNature : null,
    documentType: form.documentType,
    parentId: form.parentId,
    parties: form.parties.map((party) => {
      const common = {
        documentNumber: party.documentNumber.trim() || null,
        role: party.role.trim() || null,
        rights: lines(party.rights),
        obligations: lines(party.obligations),
        financing: party.financingSource
          ? {
              source: party.financingSource,
              amount: party.financingAmount === '' ? null : Number(party.financingAmount),
              note: party.financingNote.trim() || null,
            }
          : null,
      };
      return party.kind === 'region'
        ? { kind: 'region' as const, regionCode: party.regionCode as string, ...common }
        : { kind: 'organization' as const, organizationId: party.organizationId as string, ...common };
    }),
    signatories,
    signingDate: form.signingDate || null,
    signingPlace: form.signingPlace.trim() || null,
    validFrom: form.validFrom || null,
    validUntil: form.validUntil || null,
    sectors: form.sectors,
    purpose: form.purpose.trim() || null,
    objectScope: form.objectScope.trim() || null,
    content: form.content,
    burdensCommunity: form.burdensCommunity,
    fundingNotInCurrentApbd: form.fundingNotInCurrentApbd,
    notes: form.notes.trim() || null,
    entryStage: form.entryStage || null,
    entryStageDate: form.entryStageDate || null,
    published: form.published,
    responsibleOpdIds: responsibleOpdIdsOf(form),
  };
  // Absent values (no region chosen yet) must read as "required", not as a wrong type.
  for (const party of body.parties as Array<Record<string, unknown>>) {
    if (party.regionCode === null) delete party.regionCode;
    if (party.organizationId === null) delete party.organizationId;
  }
  return { body, signatoryIndex };
}

/** Checks the body with the domain's schema, as the server will: errors come back as Issues. */
export function validateForm(body: AgreementCreateBody): IssueDto[] {
  const result = agreementCreateSchema.safeParse(body, { reportInput: true });
  return result.success ? [] : issuesFromZod(result.error.issues);
}

/**
 * The issues of the form's values: its request body checked with the domain's schema, and where the
 * body's flat signatories sit in the form (to place the issues at the form's fields).
 */
export function checkForm(values: FormState): { issues: IssueDto[]; signatoryIndex: SignatoryIndex } {
  const { body, signatoryIndex } = payloadFromForm(values);
  return { issues: validateForm(body), signatoryIndex };
}

/**
 * The form's errors by field path, as @mantine/form holds them (`title`, `parties.1.regionCode`,
 * `parties.0.signatories.0.name`): each error issue (the client's check or the server's answer) worded by
 * `message`, several on one field joined with "; ". Warnings and issues of no field are not field
 * errors (the page lists them above the form).
 */
export function formErrorsOf(
  issues: readonly IssueDto[],
  signatoryIndex: SignatoryIndex,
  message: (issue: IssueDto) => string,
): Record<string, string> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const field = formField(issue.field, signatoryIndex);
    if (issue.severity !== 'error' || !field) continue;
    const texts = byField.get(field) ?? [];
    const text = message(issue);
    if (!texts.includes(text)) texts.push(text);
    byField.set(field, texts);
  }
  return Object.fromEntries([...byField].map(([field, texts]) => [field, texts.join('; ')]));
}

/**
 * Maps an issue's field to the form: `signatories.3.name` of the payload becomes
 * `parties.1.signatories.0.name` of the form. Other paths are the same in both.
 */
export function formField(field: string | null, signatoryIndex: SignatoryIndex): string | null {
  if (!field) return null;
  const match = /^signatories\.(\d+)(.*)$/.exec(field);
  if (!match) return field;
  const place = signatoryIndex[Number(match[1])];
  if (!place) return field;
  const rest = match[2] === '.partyKey' ? '' : (match[2] ?? '');
  return `parties.${place[0]}.signatories.${place[1]}${rest}`;
}

/** The top-level fields in which two forms differ (what the user changed, for reapplying after a conflict). */
export function changedFormKeys(before: FormState, after: FormState): Array<keyof FormState> {
  return (Object.keys(after) as Array<keyof FormState>).filter(
    (key) => JSON.stringify(stripUids(before[key])) !== JSON.stringify(stripUids(after[key])),
  );
}

function stripUids(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (key, inner: unknown) => (key === 'uid' ? undefined : inner)),
  );
}

/** The OPD pelaksana the form sends: those of regions that are still parties. */
export function responsibleOpdIdsOf(form: Pick<FormState, 'parties' | 'responsibleOpds'>): string[] {
  const regions = new Set(
    form.parties.flatMap((party) => (party.kind === 'region' && party.regionCode ? [party.regionCode] : [])),
  );
  return form.responsibleOpds.filter((opd) => regions.has(opd.regionCode)).map((opd) => opd.id);
}

/**
 * The stage an edit sets, when the user changed it or its date: `stage` and `stageDate` of the PATCH
 * (forward steps are added to the history; anything else corrects the recorded stage).
 */
export function stagePatchOf(
  base: Pick<FormState, 'entryStage' | 'entryStageDate'>,
  form: Pick<FormState, 'entryStage' | 'entryStageDate'>,
): { stage?: Stage; stageDate?: string | null } {
  if (!form.entryStage) return {};
  if (form.entryStage === base.entryStage && form.entryStageDate === base.entryStageDate) return {};
  return { stage: form.entryStage, stageDate: form.entryStageDate || null };
}
