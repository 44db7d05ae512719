/**
 * The vocabulary of cooperation agreements: kinds of kerja sama, document types, parties, offices and
 * acting kinds, each with Indonesian and English labels. Shared by the server, the UI and the extractor,
 * so a new value is added here once and every list, filter and form follows.
 */
import { z } from 'zod';
import type { RegionLevel } from '../regions';

/** Interface language of a label. */
export type Language = 'id' | 'en';

/** A label in both interface languages. */
export type Label = { readonly id: string; readonly en: string };

/** The label of a value in one language. */
export function labelIn(label: Label, language: Language): string {
  return language === 'en' ? label.en : label.id;
}

/**
 * Kinds of cooperation (PP 28/2018, Permendagri 22/2020 and 25/2020): KSDD with another daerah, KSDPK with a
 * third party, KSDPL with a foreign local government, KSDLL with a foreign institution, and a Nota Kesepakatan
 * with the central government.
 */
export const cooperationKinds = ['ksdd', 'ksdpk', 'ksdpl', 'ksdll', 'nota_kesepakatan_pusat'] as const;
export type CooperationKind = (typeof cooperationKinds)[number];
export const cooperationKindSchema = z.enum(cooperationKinds);

export const cooperationKindLabels: Readonly<Record<CooperationKind, Label & { short: string }>> = {
  ksdd: { short: 'KSDD', id: 'Kerja sama daerah dengan daerah lain', en: 'Cooperation between regions' },
  ksdpk: {
    short: 'KSDPK',
    id: 'Kerja sama daerah dengan pihak ketiga',
    en: 'Cooperation with a third party',
  },
  ksdpl: {
    short: 'KSDPL',
    id: 'Kerja sama daerah dengan pemerintah daerah di luar negeri',
    en: 'Cooperation with a foreign local government',
  },
  ksdll: {
    short: 'KSDLL',
    id: 'Kerja sama daerah dengan lembaga di luar negeri',
    en: 'Cooperation with a foreign institution',
  },
  nota_kesepakatan_pusat: {
    short: 'NK Pusat',
    id: 'Nota kesepakatan dengan pemerintah pusat',
    en: 'Memorandum with the central government',
  },
};

/** Nature of a KSDD: mandatory (a public service crosses borders) or voluntary. */
export const ksddNatures = ['wajib', 'sukarela'] as const;
export type KsddNature = (typeof ksddNatures)[number];
export const ksddNatureSchema = z.enum(ksddNatures);

export const ksddNatureLabels: Readonly<Record<KsddNature, Label>> = {
  wajib: { id: 'Wajib', en: 'Mandatory' },
  sukarela: { id: 'Sukarela', en: 'Voluntary' },
};

/** Types of agreement document. The extraction contract uses the same keys. */
export const documentTypes = [
  'kesepakatan_bersama',
  'perjanjian_kerja_sama',
  'nota_kesepahaman',
  'addendum',
  'perpanjangan',
  'pengakhiran',
] as const;
export type DocumentType = (typeof documentTypes)[number];
export const documentTypeSchema = z.enum(documentTypes);

export const documentTypeLabels: Readonly<Record<DocumentType, Label & { short: string }>> = {
  kesepakatan_bersama: { short: 'KSB', id: 'Kesepakatan Bersama', en: 'Framework agreement' },
  perjanjian_kerja_sama: { short: 'PKS', id: 'Perjanjian Kerja Sama', en: 'Implementing agreement' },
  nota_kesepahaman: { short: 'MoU', id: 'Nota Kesepahaman', en: 'Memorandum of understanding' },
  addendum: { short: 'Addendum', id: 'Addendum / Perubahan', en: 'Amendment' },
  perpanjangan: { short: 'Perpanjangan', id: 'Perpanjangan', en: 'Extension' },
  pengakhiran: { short: 'Pengakhiran', id: 'Pengakhiran', en: 'Termination' },
};

/**
 * The document types a document may hang under, or null when it stands alone. A PKS implements a KSB;
 * an addendum, extension or termination changes the document it names.
 */
export const allowedParentTypes: Readonly<Record<DocumentType, readonly DocumentType[] | null>> = {
  kesepakatan_bersama: null,
  nota_kesepahaman: null,
  perjanjian_kerja_sama: ['kesepakatan_bersama'],
  addendum: ['kesepakatan_bersama', 'perjanjian_kerja_sama', 'nota_kesepahaman'],
  perpanjangan: ['kesepakatan_bersama', 'perjanjian_kerja_sama', 'nota_kesepahaman'],
  pengakhiran: ['kesepakatan_bersama', 'perjanjian_kerja_sama', 'nota_kesepahaman'],
};

/** True when a document of this type must link to a parent document (parentId). */
export function requiresParent(documentType: DocumentType): boolean {
  return allowedParentTypes[documentType] !== null;
}

/**
 * Framework documents (KSB, MoU) are signed by heads of region and followed by implementing documents;
 * the distinction drives the lifecycle path and who may sign.
 */
export function isFrameworkDocument(documentType: DocumentType): boolean {
  return documentType === 'kesepakatan_bersama' || documentType === 'nota_kesepahaman';
}

/** A party is a regional government (Kemendagri code) or an organisation (third-party record id). */
export const partyKinds = ['region', 'organization'] as const;
export type PartyKind = (typeof partyKinds)[number];
export const partyKindSchema = z.enum(partyKinds);

export const partyKindLabels: Readonly<Record<PartyKind, Label>> = {
  region: { id: 'Pemerintah daerah', en: 'Regional government' },
  organization: { id: 'Organisasi / pihak lain', en: 'Organisation' },
};

/** Kinds of organisation that can be a party. */
export const organizationKinds = [
  'perusahaan',
  'universitas',
  'lsm',
  'instansi_vertikal',
  'bumn_bumd',
  'pemerintah_asing',
  'lembaga_asing',
  'pemerintah_pusat',
  'lainnya',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationKindSchema = z.enum(organizationKinds);

export const organizationKindLabels: Readonly<Record<OrganizationKind, Label>> = {
  perusahaan: { id: 'Perusahaan', en: 'Company' },
  universitas: { id: 'Perguruan tinggi', en: 'University' },
  lsm: { id: 'Lembaga swadaya masyarakat', en: 'Non-governmental organisation' },
  instansi_vertikal: { id: 'Instansi vertikal', en: 'Central government field office' },
  bumn_bumd: { id: 'BUMN / BUMD', en: 'State or regional enterprise' },
  pemerintah_asing: { id: 'Pemerintah daerah luar negeri', en: 'Foreign local government' },
  lembaga_asing: { id: 'Lembaga luar negeri', en: 'Foreign institution' },
  pemerintah_pusat: { id: 'Pemerintah pusat', en: 'Central government' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/**
 * The organisation kinds expected as the non-regional party of each kind of cooperation. A mismatch is a
 * warning, not an error: classifications of real partners are fuzzy (a BUMD can be a KSDPK partner, and
 * "lainnya" fits anything).
 */
export const expectedOrganizationKinds: Readonly<Record<CooperationKind, readonly OrganizationKind[]>> = {
  ksdd: [],
  ksdpk: ['perusahaan', 'universitas', 'lsm', 'instansi_vertikal', 'bumn_bumd', 'lainnya'],
  ksdpl: ['pemerintah_asing', 'lainnya'],
  ksdll: ['lembaga_asing', 'lainnya'],
  nota_kesepakatan_pusat: ['pemerintah_pusat', 'instansi_vertikal', 'lainnya'],
};

/** Sources of financing of a party's obligations. */
export const financingSources = ['apbd', 'apbn', 'swasta', 'hibah', 'lainnya'] as const;
export type FinancingSource = (typeof financingSources)[number];
export const financingSourceSchema = z.enum(financingSources);

export const financingSourceLabels: Readonly<Record<FinancingSource, Label>> = {
  apbd: { id: 'APBD', en: 'Regional budget (APBD)' },
  apbn: { id: 'APBN', en: 'State budget (APBN)' },
  swasta: { id: 'Swasta', en: 'Private' },
  hibah: { id: 'Hibah', en: 'Grant' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** Offices whose holders sign or lead for a party. The extraction contract uses the same keys. */
export const offices = [
  'gubernur',
  'wakil_gubernur',
  'bupati',
  'wakil_bupati',
  'wali_kota',
  'wakil_wali_kota',
  'sekretaris_daerah',
  'kepala_opd',
  'ketua_dprd',
  'lainnya',
] as const;
export type Office = (typeof offices)[number];
export const officeSchema = z.enum(offices);

export const officeLabels: Readonly<Record<Office, Label>> = {
  gubernur: { id: 'Gubernur', en: 'Governor' },
  wakil_gubernur: { id: 'Wakil Gubernur', en: 'Vice Governor' },
  bupati: { id: 'Bupati', en: 'Regent' },
  wakil_bupati: { id: 'Wakil Bupati', en: 'Vice Regent' },
  wali_kota: { id: 'Wali Kota', en: 'Mayor' },
  wakil_wali_kota: { id: 'Wakil Wali Kota', en: 'Vice Mayor' },
  sekretaris_daerah: { id: 'Sekretaris Daerah', en: 'Regional Secretary' },
  kepala_opd: { id: 'Kepala Perangkat Daerah', en: 'Head of a regional agency' },
  ketua_dprd: { id: 'Ketua DPRD', en: 'Speaker of the regional parliament' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

const headOffices: Readonly<Record<RegionLevel, Office>> = {
  provinsi: 'gubernur',
  kabupaten: 'bupati',
  kota: 'wali_kota',
};

const deputyOffices: Readonly<Record<RegionLevel, Office>> = {
  provinsi: 'wakil_gubernur',
  kabupaten: 'wakil_bupati',
  kota: 'wakil_wali_kota',
};

/** The head of region's office for a level: provinsi -> gubernur, kabupaten -> bupati, kota -> wali_kota. */
export function headOfficeFor(level: RegionLevel): Office {
  return headOffices[level];
}

/** The deputy head's office for a level: provinsi -> wakil_gubernur, and so on. */
export function deputyOfficeFor(level: RegionLevel): Office {
  return deputyOffices[level];
}

/** True for gubernur, bupati and wali_kota: the offices that sign a KSB. */
export function isHeadOffice(office: Office): boolean {
  return office === 'gubernur' || office === 'bupati' || office === 'wali_kota';
}

/**
 * The region levels an office belongs to, or null when it exists at every level (Sekda, kepala OPD, ketua
 * DPRD). Lets validation notice a "Bupati" signing for a kota.
 */
export function levelOfOffice(office: Office): RegionLevel | null {
  for (const level of ['provinsi', 'kabupaten', 'kota'] as const) {
    if (headOffices[level] === office || deputyOffices[level] === office) return level;
  }
  return null;
}

/**
 * How an office is held: definitif (elected or appointed holder), Pj. (Penjabat, between elections),
 * Plt. (Pelaksana Tugas) or Plh. (Pelaksana Harian). An acting holder's authority is limited.
 */
export const actingKinds = ['definitif', 'pj', 'plt', 'plh'] as const;
export type ActingKind = (typeof actingKinds)[number];
export const actingKindSchema = z.enum(actingKinds);

export const actingKindLabels: Readonly<Record<ActingKind, Label & { prefix: string }>> = {
  definitif: { prefix: '', id: 'Definitif', en: 'Substantive' },
  pj: { prefix: 'Pj.', id: 'Penjabat', en: 'Acting (appointed between elections)' },
  plt: { prefix: 'Plt.', id: 'Pelaksana Tugas', en: 'Acting (task executor)' },
  plh: { prefix: 'Plh.', id: 'Pelaksana Harian', en: 'Acting (daily executor)' },
};

/** True for Pj., Plt. and Plh. */
export function isActing(actingKind: ActingKind): boolean {
  return actingKind !== 'definitif';
}

/** The title of a signatory as written in documents: "Pj. Wali Kota", "Bupati". */
export function officeTitle(office: Office, actingKind: ActingKind, language: Language = 'id'): string {
  const name = labelIn(officeLabels[office], language);
  const prefix = actingKindLabels[actingKind].prefix;
  return prefix ? `${prefix} ${name}` : name;
}

/**
 * Kinds of file attached to an agreement. Lifecycle guards ask for some of them (a signed scan before
 * leaving the signing stage); the rule set says which.
 */
export const documentKinds = [
  'kerangka_acuan',
  'surat_penawaran',
  'draft',
  'signed',
  'surat_kuasa',
  'persetujuan_dprd',
  'evaluasi',
  'laporan',
  'pengakhiran',
  'lainnya',
] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindSchema = z.enum(documentKinds);

/**
 * Whether a document is a draft (rancangan naskah): it stays with the parties, also once the record is
 * published, since a partner's working draft is not what the parties agreed to publish.
 */
export function isDraftDocument(kind: string): boolean {
  return kind === draftDocumentKind;
}
export const draftDocumentKind = 'draft' satisfies DocumentKind;

export const documentKindLabels: Readonly<Record<DocumentKind, Label>> = {
  kerangka_acuan: { id: 'Kerangka acuan', en: 'Terms of reference' },
  surat_penawaran: { id: 'Surat penawaran', en: 'Offer letter' },
  draft: { id: 'Rancangan naskah', en: 'Draft' },
  signed: { id: 'Naskah yang ditandatangani', en: 'Signed copy' },
  surat_kuasa: { id: 'Surat kuasa', en: 'Mandate letter' },
  persetujuan_dprd: { id: 'Persetujuan DPRD', en: 'Regional parliament approval' },
  evaluasi: { id: 'Hasil evaluasi', en: 'Evaluation' },
  laporan: { id: 'Laporan', en: 'Report' },
  pengakhiran: { id: 'Naskah pengakhiran', en: 'Termination document' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/**
 * What became of the text of a document version, which feeds search. Text is read from PDFs only, in a
 * worker with a size and a time limit; a file whose text cannot be read is still stored, and says why.
 */
export const documentTextStatuses = [
  'extracted',
  'empty',
  'failed_too_large',
  'failed_timeout',
  'failed_unreadable',
  'unsupported',
] as const;
export type DocumentTextStatus = (typeof documentTextStatuses)[number];

export const documentTextStatusLabels: Readonly<Record<DocumentTextStatus, Label>> = {
  extracted: { id: 'Teks terbaca, ikut pencarian', en: 'Text read, included in search' },
  empty: { id: 'Tidak ada teks (pindaian atau terkunci)', en: 'No text (a scan or locked)' },
  failed_too_large: {
    id: 'Teks tidak dibaca: isinya terlalu besar',
    en: 'Text not read: the content is too large',
  },
  failed_timeout: {
    id: 'Teks tidak dibaca: terlalu lama diproses',
    en: 'Text not read: it took too long',
  },
  failed_unreadable: { id: 'Teks tidak dapat dibaca', en: 'The text could not be read' },
  unsupported: { id: 'Teks tidak dibaca untuk jenis berkas ini', en: 'Text is not read for this file type' },
};

/**
 * Items of the minimum-content checklist (Permendagri 22/2020, to be verified: which items apply to which
 * document type is in the rule set, not here).
 */
export const contentItemKeys = [
  'parties',
  'purpose',
  'object',
  'scope',
  'rightsObligations',
  'duration',
  'financing',
  'followUp',
  'termination',
  'forceMajeure',
  'disputeSettlement',
  'review',
] as const;
export type ContentItemKey = (typeof contentItemKeys)[number];
export const contentItemKeySchema = z.enum(contentItemKeys);

export const contentItemLabels: Readonly<Record<ContentItemKey, Label>> = {
  parties: { id: 'Subjek (para pihak)', en: 'Subject (the parties)' },
  purpose: { id: 'Maksud dan tujuan', en: 'Purpose and objectives' },
  object: { id: 'Objek', en: 'Object' },
  scope: { id: 'Ruang lingkup', en: 'Scope' },
  rightsObligations: { id: 'Hak dan kewajiban', en: 'Rights and obligations' },
  duration: { id: 'Jangka waktu', en: 'Duration' },
  financing: { id: 'Pembiayaan', en: 'Financing' },
  followUp: { id: 'Pelaksanaan / tindak lanjut', en: 'Follow-up' },
  termination: { id: 'Pengakhiran', en: 'Termination' },
  forceMajeure: { id: 'Keadaan kahar', en: 'Force majeure' },
  disputeSettlement: { id: 'Penyelesaian perselisihan', en: 'Dispute settlement' },
  review: { id: 'Peninjauan', en: 'Review' },
};
