import type { ActionParentType, ActionStatus } from '../../../domain/records/kinds';
import type { ActionFormValues, ActionProgressInput } from '../../../domain/records/schema';
import type { ActionDetailDto } from '../../api/actions';
import type { PlaceField } from '../../forms/schema-errors';
import type { LinkDraft } from './EvidenceLinksInput';

/**
 * The forms of a follow-up action (a new action, the owning OPD's progress report) and their request
 * bodies, checked with the domain's `actionInputSchema` and `actionProgressSchema` as the server
 * checks them. Pure: the pages hold the state.
 */

export type ActionFormState = {
  title: string;
  description: string;
  opdId: string | null;
  dueDate: string;
  status: ActionStatus;
  progress: number;
  evidenceLinks: LinkDraft[];
};

export function emptyActionForm(): ActionFormState {
  return {
    title: '',
    description: '',
    opdId: null,
    dueDate: '',
    status: 'direncanakan',
    progress: 0,
    evidenceLinks: [],
  };
}

/** The links entered: rows without an address are not entries. */
function linksOf(links: readonly LinkDraft[]) {
  return links
    .filter((link) => link.url.trim() !== '')
    .map((link) => ({ url: link.url.trim(), label: link.label.trim() === '' ? null : link.label.trim() }));
}

/** The body of a new action of `parent`. */
export function actionBodyOf(
  parent: { parentType: ActionParentType; parentId: string; decisionId: string | null },
  values: ActionFormState,
): ActionFormValues {
  return {
    ...parent,
    title: values.title,
    description: values.description.trim() === '' ? null : values.description,
    // Absent reads as "required", not as a wrong value.
    opdId: values.opdId ?? (undefined as unknown as string),
    dueDate: values.dueDate === '' ? null : values.dueDate,
    status: values.status,
    progress: values.progress,
    evidenceLinks: linksOf(values.evidenceLinks),
  };
}

/** The progress report of the owning OPD. */
export type ProgressFormState = {
  status: ActionStatus;
  progress: number;
  evidenceLinks: LinkDraft[];
  note: string;
};

export function progressFormOf(action: ActionDetailDto): ProgressFormState {
  return {
    status: action.status,
    progress: action.progress,
    evidenceLinks: action.evidenceLinks.map((link) => ({ url: link.url, label: link.label ?? '' })),
    note: '',
  };
}

/** The body of a progress report on the version of the action it was written on. */
export function progressBodyOf(values: ProgressFormState, version: number): ActionProgressInput {
  return {
    status: values.status,
    progress: values.progress,
    evidenceLinks: linksOf(values.evidenceLinks),
    note: values.note.trim() === '' ? null : values.note.trim(),
    version,
  };
}

/** The evidence links are one input of the forms: their errors show under it. */
export const placeActionField: PlaceField = (field) =>
  field.startsWith('evidenceLinks') ? 'evidenceLinks' : field;
