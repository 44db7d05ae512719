import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../extract';
import {
  agreementFromDraft,
  checkFirstBelow,
  confidenceLevel,
  draftFieldOfIssue,
  draftFromResult,
  fieldConfidenceOf,
  fieldsToCheckFirst,
  followUpDraft,
  isEmptyResult,
  newOrganizationsOf,
  organizationFromExtracted,
  organizationHints,
  reviewTitleOf,
  segmentText,
  withOrganizationParty,
  withSavedOrganizations,
} from './draft';
import { checkFile, looksBinary } from './files';

const seed000 = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../../test/fixtures/seeds/000_1213b2b0bcdd98c8.txt'),
  'utf8',
);

describe('fields to check first', () => {
  const result = extractArticle(seed000);

  it('lists the fields under the calibrated threshold, least sure first', () => {
    const confidence = {
      eventType: 0.9,
      interRegional: 0.98,
      documentTypes: 0.57,
      date: 0.56,
      place: 0.94,
      parties: 0.04,
      officials: 0.67,
      sectors: 0.27,
    };
    expect(fieldsToCheckFirst({ ...result, confidence })).toEqual([
      { field: 'parties', confidence: 0.04 },
      { field: 'sectors', confidence: 0.27 },
      { field: 'date', confidence: 0.56 },
      { field: 'documentTypes', confidence: 0.57 },
      { field: 'officials', confidence: 0.67 },
    ]);
    // A field shown with another takes the lower confidence of the two.
    expect(fieldConfidenceOf({ ...result, confidence }, ['parties', 'officials'])).toBe(0.04);
  });

  it('lists nothing for a result without calibrated confidence (an older draft)', () => {
    const { confidence: _unused, ...older } = result;
    expect(fieldsToCheckFirst(older as typeof result)).toEqual([]);
    // The badge then falls back on the highest confidence of the field's evidence.
    expect(fieldConfidenceOf(older as typeof result, ['date'])).toBe(
      Math.max(...(result.evidence.date ?? []).map((item) => item.confidence)),
    );
  });

  it('says a confidence in words', () => {
    expect([0.2, 0.49, 0.5, checkFirstBelow - 0.01, checkFirstBelow, 0.95].map(confidenceLevel)).toEqual([
      'low',
      'low',
      'fair',
      'fair',
      'high',
      'high',
    ]);
  });

  it('lists the fields of the real extraction whose confidence is under the threshold', () => {
    const listed = fieldsToCheckFirst(result);
    for (const { field, confidence } of listed) {
      expect(result.confidence[field]).toBe(confidence);
      expect(confidence).toBeLessThan(checkFirstBelow);
    }
    const sure = Object.entries(result.confidence).filter(([, value]) => value >= checkFirstBelow);
    expect(listed.length + sure.length).toBe(8);
  });
});

describe('acting kinds of the signatories', () => {
  it('keeps the Plt. the article names instead of taking every acting head for a Pj.', () => {
    const result = extractArticle(
      'Plt Bupati Cianjur Herman Suherman dan Wali Kota Bogor Bima Arya menandatangani kesepakatan bersama bidang transportasi di Bogor, Senin (3/3/2020).',
    );
    expect(draftFromResult(result).signatories.map(({ name, actingKind }) => ({ name, actingKind }))).toEqual(
      [
        { name: 'Herman Suherman', actingKind: 'plt' },
        { name: 'Bima Arya', actingKind: 'definitif' },
      ],
    );
  });
});

describe('the review draft of seed 000', () => {
  const result = extractArticle(seed000);
  const draft = draftFromResult(result);

  it('turns acting officials into signatories of their party with the acting kind read', () => {
    expect(draft.parties).toEqual(['32.75', '35.73']);
    expect(
      draft.signatories.map(({ partyKey, name, actingKind }) => ({ partyKey, name, actingKind })),
    ).toEqual([
      { partyKey: '32.75', name: 'Gani Muhamad', actingKind: 'pj' },
      { partyKey: '35.73', name: 'Wahyu Hidayat', actingKind: 'pj' },
    ]);
  });

  it('creates a KSDD Kesepakatan Bersama with the date, place and sectors', () => {
    const body = agreementFromDraft(draft);
    expect(body).toMatchObject({
      kind: 'ksdd',
      documentType: 'kesepakatan_bersama',
      signingDate: '2024-08-07',
      signingPlace: 'Aula Balai Kota Malang',
      parties: [
        { kind: 'region', regionCode: '32.75' },
        { kind: 'region', regionCode: '35.73' },
      ],
    });
    expect(body.sectors).toContain('kesehatan');
  });

  it('is a KSDPK without the inter-regional flag, and drops signatories of non-parties', () => {
    const body = agreementFromDraft({
      ...draft,
      interRegional: false,
      parties: ['32.75'],
      ksddNature: 'wajib',
    });
    expect(body.kind).toBe('ksdpk');
    expect(body.ksddNature).toBeNull();
    expect(body.signatories.map((signatory) => signatory.partyKey)).toEqual(['32.75']);
  });

  it('cuts the text so that a party inside the title keeps its own colour', () => {
    const segments = segmentText(result.text, result.evidence);
    expect(segments.map((segment) => result.text.slice(segment.start, segment.end)).join('')).toBe(
      result.text,
    );
    const bekasi = segments.find(
      (segment) => result.text.slice(segment.start, segment.end) === 'Pemerintah Kota Bekasi',
    );
    expect(bekasi?.covering[0]?.field).toBe('parties');
    expect(bekasi?.covering.map((cover) => cover.field)).toContain('title');
  });

  it('makes the second record of an article a child of the first when its type hangs under it', () => {
    const ksb = { ...draft, documentType: 'kesepakatan_bersama' as const };
    expect(followUpDraft(ksb, 'perjanjian_kerja_sama', 'id-1').parentId).toBe('id-1');
    expect(followUpDraft(ksb, 'nota_kesepahaman', 'id-1').parentId).toBeNull();
  });

  it('has something to review', () => {
    expect(isEmptyResult(result)).toBe(false);
    expect(isEmptyResult(extractArticle('The quick brown fox jumps over the lazy dog.'))).toBe(true);
  });
});

describe('a pemda signing with a university (fixture 012)', () => {
  const text = fs.readFileSync(
    path.resolve(
      import.meta.dirname,
      '../../../../test/fixtures/articles/012-mou-banyuwangi-universitas.txt',
    ),
    'utf8',
  );
  const result = extractArticle(text);
  const base = draftFromResult(result);
  const [hint] = organizationHints(result, base);

  it('offers the extracted university as a party, with the directory kind it most likely is', () => {
    expect(hint).toEqual({ name: 'Universitas Airlangga', kind: 'university' });
    const organization = organizationFromExtracted(hint ?? null);
    expect(organization).toMatchObject({
      name: 'Universitas Airlangga',
      kind: 'universitas',
      organizationId: null,
    });
    expect(organization.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(organizationHints(result, { ...base, organizations: [organization] })).toEqual([]);
  });

  it('links the rector, a signatory with no region, to the university once it is the only organisation party', () => {
    const unlinked = base.signatories.filter((signatory) => signatory.partyKey === '');
    expect(unlinked.map((signatory) => [signatory.name, signatory.office])).toEqual([
      ['Hendra Wijaya', 'lainnya'],
    ]);
    const organization = organizationFromExtracted(hint ?? null);
    const draft = withOrganizationParty(base, organization);
    expect(draft.organizations).toEqual([organization]);
    expect(draft.signatories.find((signatory) => signatory.name === 'Hendra Wijaya')?.partyKey).toBe(
      organization.key,
    );
    // The region's own signatory keeps its region.
    expect(draft.signatories.find((signatory) => signatory.name === 'Ipuk Setyawati')?.partyKey).toBe(
      '35.10',
    );
    // With two organisations it is no longer sure whom the rector signs for: nothing more is linked.
    const second = { ...organizationFromExtracted(hint ?? null), name: 'RSUD Blambangan' };
    const both = withOrganizationParty(withOrganizationParty({ ...base }, second), organization);
    expect(both.signatories.filter((signatory) => signatory.partyKey === organization.key)).toEqual([]);
  });

  it('builds a KSDPK of the region and the new organisation, its signatory under the placeholder', () => {
    const organization = organizationFromExtracted(hint ?? null);
    const draft = {
      ...base,
      organizations: [organization],
      signatories: [
        ...base.signatories,
        { ...base.signatories[0]!, key: 'rektor', partyKey: organization.key, name: 'Hendra Wijaya' },
      ],
    };
    const body = agreementFromDraft(draft);
    expect(body.kind).toBe('ksdpk');
    expect(body.parties).toEqual([
      { kind: 'region', regionCode: '35.10' },
      { kind: 'organization', organizationId: organization.key },
    ]);
    expect(body.signatories.map((signatory) => signatory.partyKey)).toEqual(['35.10', organization.key]);
    expect(newOrganizationsOf(draft)).toEqual([
      { placeholderId: organization.key, name: 'Universitas Airlangga', kind: 'universitas' },
    ]);

    // Matched to a record: the record's id everywhere, and nothing new to record.
    const matched = {
      ...draft,
      organizations: [{ ...organization, organizationId: 'org-1', matchedName: 'Universitas Airlangga' }],
    };
    expect(agreementFromDraft(matched).parties[1]).toEqual({ kind: 'organization', organizationId: 'org-1' });
    expect(agreementFromDraft(matched).signatories[1]?.partyKey).toBe('org-1');
    expect(newOrganizationsOf(matched)).toEqual([]);

    // After the save, a second record of the same article reuses the organisation just recorded.
    const saved = withSavedOrganizations(draft, [
      { placeholderId: organization.key, id: 'org-2', name: 'Universitas Airlangga' },
    ]);
    expect(newOrganizationsOf(saved)).toEqual([]);
    expect(agreementFromDraft(saved).parties[1]).toEqual({ kind: 'organization', organizationId: 'org-2' });
  });
});

describe('placing server issues', () => {
  it('maps agreement paths to the form fields', () => {
    expect(draftFieldOfIssue('signatories.1.actingKind')).toBe('officials');
    expect(draftFieldOfIssue('body.target.agreement.signingDate')).toBe('date');
    expect(draftFieldOfIssue('parties.0.regionCode')).toBe('parties');
    expect(draftFieldOfIssue('validUntil')).toBeNull();
    expect(draftFieldOfIssue(null)).toBeNull();
    expect(draftFieldOfIssue('body.target.newOrganizations.0.name')).toBe('parties');
  });
});

describe('uploaded files', () => {
  it('refuses large, non-text and binary files', () => {
    expect(checkFile({ name: 'a.txt', size: 3 * 1024 * 1024, type: 'text/plain' })).toBe('tooLarge');
    expect(checkFile({ name: 'a.pdf', size: 10, type: 'application/pdf' })).toBe('wrongType');
    expect(checkFile({ name: 'a.htm', size: 10, type: 'text/html' })).toBeNull();
    expect(looksBinary('%PDF-1.7\u0000\u0001')).toBe(true);
    expect(looksBinary('Kota Bekasi dan Kota Malang\n')).toBe(false);
  });
});

describe('an audience (seed 001) and a visit without a headline (seed 004)', () => {
  const read = (name: string) =>
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/seeds', name), 'utf8');
  const audience = extractArticle(read('001_e80a06404613e12e.txt'));
  const visit = extractArticle(read('004_1045ef01751a5df8.txt'));

  it('leaves the document type of an audience for the person to choose: no KSB by default', () => {
    expect(audience.eventType).toBe('audience');
    const draft = draftFromResult(audience);
    expect(draft.documentType).toBeNull();
    expect(agreementFromDraft(draft).documentType).toBeNull();
    expect(agreementFromDraft({ ...draft, documentType: 'nota_kesepahaman' }).documentType).toBe(
      'nota_kesepahaman',
    );
  });

  it('titles the review with the headline, or with the event, parties and date: never a cut line', () => {
    expect(reviewTitleOf(audience, 'Audiensi')).toBe(
      'Wali Kota Bekasi Lakukan Audiensi Dengan Wagub DKI Bicarakan Kemitraan Antar Daerah',
    );
    expect(visit.title).toBeNull();
    const title = reviewTitleOf(visit, 'Kunjungan kerja');
    expect(title).toBe('Kunjungan kerja · Kota Malang – Kabupaten Bekasi · 2025-01-16');
  });
});
