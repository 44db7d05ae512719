/**
 * Article -> draft cooperation record (the extraction contract of docs/domain.md). Rules over Indonesian
 * news language, no model: clean, build the article context (sentences, region mentions, witness
 * clauses), decide who the parties are (parties.ts), their officials (signatories.ts), then date, venue
 * (venue.ts), documents and sectors within the cooperation's scope (scope.ts), each with its evidence.
 */
import type { SectorKey } from '../domain/taxonomy/sectors';
import { fieldConfidence } from './calibration';
import type { UncalibratedResult } from './calibration';
import { cleanArticle } from './clean';
import { buildContext, inSpans, normaliseInput, readsAsIndonesian, settleContext } from './context';
import { findDates } from './dates';
import { classifyEvent, findCommitments, findDocuments, findProjects, visitOrAudience } from './event';
import type { Finding } from './event';
import {
  findFunding,
  findHeadsGathering,
  findHost,
  findInstitutions,
  findTopics,
  findVisitKind,
} from './gathering';
import { findOrganizations } from './organizations';
import { findParties } from './parties';
import { clauseIsAboutOthers, ownDocuments } from './scope';
import { governanceFallback } from './sector-choice';
import { findSectors } from './sectors';
import { addThirdPartySignatories, findPartyOfficials } from './signatories';
import type { EventType, ExtractionInput, ExtractionResult } from './types';
import { findVenue } from './venue';

export { urlDate } from './context';

const emptyResult = (text: string, title: string | null, truncated: boolean): UncalibratedResult => ({
  eventType: 'other',
  interRegional: false,
  documentTypes: [],
  date: null,
  place: null,
  parties: [],
  officials: [],
  sectors: [],
  organizations: [],
  commitments: [],
  projects: [],
  visitKind: null,
  hostCode: null,
  institutions: [],
  topics: [],
  funding: null,
  title,
  language: 'unknown',
  text,
  truncated,
  evidence: {},
});

/**
 * Extracts a draft cooperation record from an article (plain text or HTML). Never throws, deterministic,
 * bounded work on any input (see clean.ts for the caps). Fields the rules are unsure about stay empty.
 */
export function extractArticle(input: ExtractionInput): ExtractionResult {
  try {
    return calibrated(extractUnsafe(input));
  } catch (error) {
    // A rule that breaks on some odd input must not take the caller down: report nothing rather than a
    // guess, but never silently: the failure is reported with the article's hash so it can be found again.
    let text = '';
    try {
      text = normaliseInput(input).text;
    } catch {
      // The input itself cannot be read: the hash is that of the empty text.
    }
    reportRuleFailure({
      articleHash: articleHash(text),
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    return calibrated(emptyResult('', null, false));
  }
}

/** The result with each scored field's calibrated confidence (calibration.ts). */
function calibrated(result: UncalibratedResult): ExtractionResult {
  return { ...result, confidence: fieldConfidence(result) };
}

/** A rule that threw on an article: the article's hash (FNV-1a, hex), the error and its stack. */
export type RuleFailure = { articleHash: string; message: string; stack: string | undefined };

let reportRuleFailure: (failure: RuleFailure) => void = (failure) => {
  // The extractor is pure and has no logger; the default writes one JSON line to stderr, as pino would.
  // eslint-disable-next-line no-console -- the only output of a pure module, replaced by callers that log
  console.error(JSON.stringify({ level: 50, msg: 'extraction rule failed', ...failure }));
};

/** Replaces where rule failures go (a logger, or a test that fails on any); returns the previous one. */
export function onRuleFailure(report: (failure: RuleFailure) => void): (failure: RuleFailure) => void {
  const previous = reportRuleFailure;
  reportRuleFailure = report;
  return previous;
}

/** A short, stable hash of an article's text (FNV-1a, 32 bits), to find the article again from a log. */
export function articleHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function extractUnsafe(input: ExtractionInput): UncalibratedResult {
  const { text: raw, html, publishedAt, yearHint } = normaliseInput(input);
  const cleaned = cleanArticle(raw, html);
  const { text, title, titleSpan, headingSpans, truncated } = cleaned;
  if (!readsAsIndonesian(text)) return emptyResult(text, title, truncated);

  const context = buildContext(cleaned);
  const { sentences, mentions, witnesses, hasCooperation, addEvidence, evidence } = context;
  const dates = hasCooperation
    ? findDates(text, sentences, publishedAt ?? cleaned.publishedAt ?? undefined, yearHint)
    : { event: null, publication: null };
  settleContext(context, dates.event ? Number(dates.event.date.slice(0, 4)) : null);

  const partyReading = findParties(context);
  const { parties, entries: partyEntries, codes: partyCodes } = partyReading;

  const event: Finding<EventType> = hasCooperation
    ? visitOrAudience(
        classifyEvent(text),
        partyEntries.map((entry) => entry.region),
        text,
      )
    : ({ value: 'other', start: 0, end: 0, confidence: 0.5 } as Finding<'other'>);

  const officials = findPartyOfficials(context, partyReading, event.value);

  // Event, documents, date, venue.
  if (event.value !== 'other')
    addEvidence('eventType', event.value, event.start, event.end, event.confidence);

  const organizations = hasCooperation
    ? findOrganizations(text, sentences, (at) => inSpans(headingSpans, at))
    : [];
  if (event.value === 'signing')
    addThirdPartySignatories(
      context,
      officials,
      organizations.map((organization) => organization.value.name),
    );
  const organizationStarts = organizations.map((organization) => organization.start);
  const documents = ownDocuments(context, partyCodes, organizationStarts, findDocuments(text, event.value));
  for (const document of documents)
    addEvidence('documentTypes', document.value, document.start, document.end, document.confidence);

  if (dates.event)
    addEvidence(
      'date',
      dates.event.date,
      dates.event.start,
      dates.event.end,
      dates.event.confidence,
      dates.event.note,
    );

  const place = findVenue(
    context,
    dates.event?.start ?? (event.value !== 'other' ? event.start : null),
    partyCodes,
  );

  const aboutOthers = (cueStart: number, cueEnd: number): boolean =>
    clauseIsAboutOthers(context, partyCodes, cueStart, cueEnd);
  const sectorFindings = hasCooperation
    ? findSectors(text, sentences, headingSpans, aboutOthers, titleSpan)
    : [];
  if (sectorFindings.length === 0 && hasCooperation)
    sectorFindings.push(governanceFallback(event.start, event.end));
  const sectorKeys: SectorKey[] = sectorFindings.map((finding) => finding.key);
  for (const finding of sectorFindings)
    addEvidence('sectors', finding.key, finding.start, finding.end, finding.confidence);

  for (const organization of organizations)
    addEvidence(
      'organizations',
      organization.value,
      organization.start,
      organization.end,
      organization.confidence,
    );
  const commitments = hasCooperation ? findCommitments(text) : [];
  for (const commitment of commitments)
    addEvidence('commitments', commitment.value, commitment.start, commitment.end, commitment.confidence);
  const projects = hasCooperation ? findProjects(text, sentences) : [];
  for (const project of projects)
    addEvidence('projects', project.value, project.start, project.end, project.confidence);

  const partyCodeList = parties.map((party) => party.code);
  const gathering = hasCooperation && event.value !== 'signing';
  const visitKind = gathering && event.value === 'visit' ? findVisitKind(text) : null;
  if (visitKind)
    addEvidence('visitKind', visitKind.value, visitKind.start, visitKind.end, visitKind.confidence);
  const host = gathering ? findHost(text, sentences, mentions, partyCodeList, place) : null;
  if (host) addEvidence('hostCode', host.value, host.start, host.end, host.confidence);
  const institutions = gathering
    ? findInstitutions(mentions, partyCodeList, (at) => inSpans(witnesses, at))
    : [];
  for (const institution of institutions)
    addEvidence(
      'institutions',
      institution.value,
      institution.start,
      institution.end,
      institution.confidence,
    );
  const topicFindings = gathering ? findTopics(text, sentences) : [];
  const topics = topicFindings.map((topic) => {
    // A topic's sector is the sector found inside its words ("pengelolaan sampah" -> lingkungan hidup).
    const sector = sectorFindings.find(
      (finding) => finding.start >= topic.start && finding.start < topic.end,
    );
    const value = { text: topic.value, sector: sector?.key ?? null };
    addEvidence('topics', value, topic.start, topic.end, topic.confidence);
    return value;
  });
  const funding =
    hasCooperation && projects.length > 0 ? findFunding(text, sentences, mentions, partyCodeList) : null;
  if (funding) addEvidence('funding', funding.value, funding.start, funding.end, funding.confidence);

  // One named region with the heads of several others ("rakor bersama bupati dan wali kota se-Sultra").
  const headsGathering = hasCooperation && parties.length === 1 ? findHeadsGathering(text) : null;
  if (headsGathering) addEvidence('interRegional', true, headsGathering.start, headsGathering.end, 0.7);
  const interRegional = parties.length >= 2 || headsGathering !== null;
  if (parties.length >= 2) {
    const together = sentences.find((sentence) => {
      const codes = new Set(
        partyEntries.flatMap((entry) =>
          entry.mentions.some((mention) => mention.start >= sentence.start && mention.start < sentence.end)
            ? [entry.region.code]
            : [],
        ),
      );
      return codes.size >= 2;
    });
    if (together) addEvidence('interRegional', true, together.start, together.end, 0.85);
  }
  if (title && titleSpan) addEvidence('title', title, titleSpan[0], titleSpan[1], 0.9);

  return {
    eventType: event.value,
    interRegional,
    documentTypes: documents.map((document) => document.value),
    date: dates.event?.date ?? null,
    place: place?.value ?? null,
    parties,
    officials,
    sectors: sectorKeys,
    organizations: organizations.map((organization) => organization.value),
    commitments: commitments.map((commitment) => commitment.value),
    projects: projects.map((project) => project.value),
    visitKind: visitKind?.value ?? null,
    hostCode: host?.value ?? null,
    institutions: institutions.map((institution) => institution.value),
    topics,
    funding: funding?.value ?? null,
    title,
    language: 'id',
    text,
    truncated,
    evidence,
  };
}
