import type { InstitutionKind, VisitKind } from '../../../domain/records/kinds';
import type { VisitFormValues } from '../../../domain/records/schema';
import type { SectorKey } from '../../../domain/taxonomy/sectors';
import type { VisitDetailDto } from '../../api/visits';

/**
 * The visit form as the user edits it (strings for inputs, blank rows allowed) and its request body.
 * Pure: the page holds the state, this module the mapping; the body is checked with the domain's
 * `visitInputSchema`, as the server checks it.
 */

export type Visitor = { regionCode: string | null; institution: InstitutionKind; name: string };
export type Person = { name: string; post: string; regionCode: string | null; institution: InstitutionKind };
export type Topic = { text: string; sector: SectorKey | null };
export type Practice = { topic: string; description: string; sector: SectorKey | null };
export type VisitFormState = {
  title: string;
  kind: VisitKind;
  hostRegionCode: string | null;
  visitors: Visitor[];
  delegates: Person[];
  hosts: Person[];
  startDate: string;
  endDate: string;
  place: string;
  topics: Topic[];
  purpose: string;
  outcomes: string;
  goodPractices: Practice[];
  notes: string;
  published: boolean;
};

export const emptyVisitor = (regionCode: string | null = null): Visitor => ({
  regionCode,
  institution: 'pemda',
  name: '',
});
export const emptyPerson = (): Person => ({ name: '', post: '', regionCode: null, institution: 'pemda' });

/** A new visit: the user's region visits, one blank topic. */
export function emptyVisitForm(ownRegionCode: string | null): VisitFormState {
  return {
    title: '',
    kind: 'kunjungan_kerja',
    hostRegionCode: null,
    visitors: [emptyVisitor(ownRegionCode)],
    delegates: [],
    hosts: [],
    startDate: '',
    endDate: '',
    place: '',
    topics: [{ text: '', sector: null }],
    purpose: '',
    outcomes: '',
    goodPractices: [],
    notes: '',
    published: false,
  };
}

/** The form of a stored visit. */
export function visitFormOf(visit: VisitDetailDto): VisitFormState {
  const person = (p: VisitDetailDto['delegates'][number]): Person => ({
    name: p.name,
    post: p.post ?? '',
    regionCode: p.regionCode,
    institution: p.institution,
  });
  return {
    title: visit.title,
    kind: visit.kind,
    hostRegionCode: visit.hostRegionCode,
    visitors: visit.visitors.map((v) => ({
      regionCode: v.regionCode,
      institution: v.institution,
      name: v.name ?? '',
    })),
    delegates: visit.delegates.map(person),
    hosts: visit.hosts.map(person),
    startDate: visit.startDate ?? '',
    endDate: visit.endDate ?? '',
    place: visit.place ?? '',
    topics: visit.topics.map((topic) => ({ text: topic.text, sector: topic.sector as SectorKey | null })),
    purpose: visit.purpose ?? '',
    outcomes: visit.outcomes ?? '',
    goodPractices: visit.goodPractices.map((p) => ({
      topic: p.topic,
      description: p.description ?? '',
      sector: p.sector as SectorKey | null,
    })),
    notes: visit.notes ?? '',
    published: visit.published,
  };
}

/** The request body of the form: rows left blank are not entries. */
export function visitBodyOf(values: VisitFormState): VisitFormValues & { published: boolean } {
  return {
    title: values.title,
    kind: values.kind,
    // Absent reads as "required" (undefined), not as a wrong value.
    hostRegionCode: values.hostRegionCode ?? (undefined as unknown as string),
    visitors: values.visitors.map((v) => ({
      regionCode: v.regionCode,
      institution: v.institution,
      name: v.name,
    })),
    delegates: values.delegates.filter((p) => p.name.trim()),
    hosts: values.hosts.filter((p) => p.name.trim()),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    place: values.place,
    topics: values.topics.filter((topic) => topic.text.trim()),
    // The sectors of the topics and good practices are added by the server.
    sectors: [],
    purpose: values.purpose,
    outcomes: values.outcomes,
    goodPractices: values.goodPractices.filter((p) => p.topic.trim()),
    notes: values.notes,
    published: values.published,
  };
}
