import { actionsId } from './actions.id';
import { accountsId } from './accounts.id';
import { agreementsId } from './agreements.id';
import { ingestId } from './ingest.id';
import { systemId } from './system.id';
import { visitsId } from './visits.id';
import { officialsId } from './officials.id';
import { programsId } from './programs.id';
import { evaluationsId } from './evaluations.id';
import { notificationsId } from './notifications.id';
import { meetingsId } from './meetings.id';
import { consentId } from './consent.id';
import { monitoringId } from './monitoring.id';

/**
 * Bahasa Indonesia: the source of truth for every text of the UI. `en.ts` must hold exactly the
 * same keys (the compiler enforces it). `{name}` marks a value filled in by `t()`.
 */
export const id = {
  'app.name': 'Sinergi',
  'app.subtitle': 'Sistem Informasi Kerja Sama Daerah',
  'app.homeLink': 'Sinergi, ke beranda',
  'nav.main': 'Navigasi utama',
  'nav.wilayah': 'Wilayah',
  'nav.tentang': 'Tentang',
  'lang.label': 'Bahasa',
  'lang.id': 'ID',
  'lang.en': 'EN',
  'lang.idName': 'Bahasa Indonesia',
  'lang.enName': 'English',
  'footer.license': 'Sinergi adalah perangkat lunak sumber terbuka (AGPL-3.0-or-later).',
  'footer.data': 'Data wilayah: idn-area-data (ODbL 1.0) dan cahyadsn/wilayah_boundaries (MIT).',

  'date.placeholder': 'hh/bb/tttt',
  'common.loading': 'Memuat…',
  'common.yes': 'Ya',
  'common.no': 'Tidak',
  'form.conflict.title': 'Data ini sudah diubah orang lain',
  'form.conflict.text':
    'Orang lain menyimpan data ini sejak Anda membuka formulir. Muat versi terbaru untuk melanjutkan: isian Anda yang belum disimpan akan diganti dengan versi tersebut.',
  'form.conflict.reload': 'Muat versi terbaru',
  'form.conflict.replaced':
    'Formulir kini berisi versi terbaru. Isian Anda yang belum disimpan telah diganti; ulangi perubahan Anda bila masih diperlukan.',
  'form.problems': 'Periksa isian berikut:',
  'filters.show': 'Cari & filter',
  'filters.hide': 'Tutup filter',
  'audit.showAll': 'Tampilkan semua ({count})',
  'audit.showLess': 'Ringkas',
  'audit.field.kind': 'Jenis',
  'audit.field.requiredRegionCodes': 'Menunggu persetujuan',
  'audit.field.removeRegionCodes': 'Pihak yang dikeluarkan',
  'audit.field.consentedRegionCodes': 'Sudah menyetujui',
  'audit.field.stage': 'Tahap',
  'audit.field.title': 'Judul',
  'audit.field.parties': 'Para pihak',
  'audit.field.purpose': 'Maksud dan tujuan',
  'audit.field.objectScope': 'Objek dan ruang lingkup',
  'audit.field.sectors': 'Sektor',
  'audit.field.published': 'Dipublikasikan',
  'audit.field.validFrom': 'Berlaku sejak',
  'audit.field.validUntil': 'Berlaku sampai',
  'audit.field.signatories': 'Penandatangan',
  'audit.field.signingDate': 'Tanggal penandatanganan',
  'audit.field.signingPlace': 'Tempat penandatanganan',
  'audit.field.documentType': 'Jenis dokumen',
  'audit.field.ksddNature': 'Sifat KSDD',
  'audit.field.burdensCommunity': 'Membebani masyarakat',
  'audit.field.fundingNotInCurrentApbd': 'Pendanaan di luar APBD tahun berjalan',
  'audit.field.content': 'Muatan',
  'audit.field.confirmedRegion': 'Daerah yang mengonfirmasi',
  'audit.field.documentNumber': 'Nomor',
  'audit.field.regionCode': 'Daerah',
  'audit.field.organizationId': 'Organisasi',
  'audit.field.rights': 'Hak',
  'audit.field.obligations': 'Kewajiban',
  'audit.field.financing': 'Pembiayaan',
  'audit.field.name': 'Nama',
  'audit.field.office': 'Jabatan',
  'audit.field.actingKind': 'Status jabatan',
  'audit.field.mandate': 'Surat kuasa',
  'audit.field.partyKey': 'Pihak',
  'audit.field.position': 'Jabatan lengkap',
  'audit.field.officialId': 'Pejabat terdaftar',
  'audit.field.email': 'Surel',
  'audit.field.role': 'Peran',
  'audit.field.opdId': 'OPD',
  'audit.field.disabledAt': 'Dinonaktifkan',
  'audit.field.abbreviation': 'Singkatan',
  'audit.field.sectorKeys': 'Sektor',
  'audit.field.notes': 'Catatan',
  'audit.field.parentId': 'Dokumen induk',
  'audit.field.deletedAt': 'Dihapus',
  'audit.field.sourceUrl': 'URL sumber',
  'error.title': 'Gagal memuat data',
  'error.network': 'Server Sinergi tidak dapat dihubungi. Periksa koneksi, lalu muat ulang halaman.',
  'error.requestId': 'ID permintaan: {id}',
  'error.reload': 'Muat ulang',

  'level.all': 'Semua',
  'level.provinsi': 'Provinsi',
  'level.kabupaten': 'Kabupaten',
  'level.kota': 'Kota',

  'wilayah.title': 'Wilayah',
  'wilayah.intro':
    'Provinsi, kabupaten, dan kota menurut kode Kemendagri. Cari menurut nama, sebutan umum, atau kode.',
  'wilayah.search.label': 'Cari wilayah',
  'wilayah.search.placeholder': 'Nama atau kode, mis. Kota Bekasi atau 32.75',
  'wilayah.search.clear': 'Kosongkan pencarian',
  'wilayah.filter.level': 'Tingkat',
  'wilayah.filter.province': 'Provinsi',
  'wilayah.filter.provinceAll': 'Semua provinsi',
  'wilayah.filter.provinceNone': 'Provinsi tidak ditemukan',
  'wilayah.total': '{count} wilayah',
  'wilayah.totalOne': '{count} wilayah',
  'wilayah.pageInfo': 'Halaman {page} dari {pages}',
  'wilayah.col.name': 'Nama',
  'wilayah.col.level': 'Tingkat',
  'wilayah.col.province': 'Provinsi',
  'wilayah.col.code': 'Kode',
  'wilayah.empty.title': 'Tidak ada wilayah yang cocok',
  'wilayah.empty.hint': 'Periksa ejaan atau hapus filter.',
  'wilayah.clearFilters': 'Hapus filter',
  'wilayah.pagination': 'Halaman hasil pencarian',
  'wilayah.nonAutonomous': 'administratif',

  'region.breadcrumbs': 'Lokasi halaman',
  'region.details': 'Keterangan',
  'region.code': 'Kode Kemendagri',
  'region.level': 'Tingkat',
  'region.province': 'Provinsi',
  'region.coordinates': 'Titik pusat',
  'region.status': 'Status',
  'region.autonomous': 'Daerah otonom',
  'region.administrative': 'Wilayah administratif (bukan daerah otonom)',
  'region.administrativeHint':
    'Kota dan kabupaten administrasi DKI Jakarta tercantum dalam daftar kode, tetapi tidak dapat menjadi pihak kerja sama sendiri.',
  'region.children.title': 'Kabupaten dan kota',
  'region.children.count': '{kabupaten} kabupaten, {kota} kota',
  'region.map.title': 'Peta',
  'region.map.label': 'Peta batas wilayah {name}',
  'region.map.noGeometry': 'Batas wilayah tidak tersedia; hanya titik pusat yang ditampilkan.',
  'region.map.attribution': 'Batas: cahyadsn/wilayah_boundaries (MIT)',
  'region.map.legend': 'Garis: batas wilayah. Titik: titik pusat.',
  'region.notFound.title': 'Wilayah tidak ditemukan',
  'region.notFound.text': 'Tidak ada wilayah dengan kode {code}.',
  'region.backToList': 'Kembali ke daftar wilayah',

  'about.title': 'Tentang Sinergi',
  'about.lead':
    'Sinergi adalah sistem informasi kerja sama daerah: tempat pemerintah daerah mencatat, memantau, dan melaporkan kerja sama dengan daerah lain, pihak ketiga, dan mitra luar negeri.',
  'about.body':
    'Sinergi mengikuti siklus kerja sama menurut PP 28/2018 dan Permendagri 22/2020, dari penawaran, Kesepakatan Bersama, dan Perjanjian Kerja Sama sampai pelaksanaan, monitoring, dan pelaporan, sehingga terlihat kerja sama mana yang berjalan dan mana yang terhenti.',
  'about.data.title': 'Sumber data',
  'about.data.codes':
    'Kode dan nama wilayah: idn-area-data (github.com/fityannugroho/idn-area-data), ODbL 1.0.',
  'about.data.boundaries':
    'Batas wilayah dan titik pusat: cahyadsn/wilayah_boundaries, Copyright (c) 2024 Cahya DSN, MIT License.',
  'about.data.sectors':
    'Taksonomi sektor: urusan pemerintahan menurut Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (UU 23/2014), ditambah fungsi penunjang dan kunci lintas sektor.',
  'about.api.title': 'API terbuka',
  'about.api.text': 'Semua data yang tampil di sini tersedia melalui API JSON dengan kontrak OpenAPI.',
  'about.api.docs': 'Referensi API',
  'about.api.openapi': 'Spesifikasi OpenAPI (JSON)',
  'about.health.title': 'Status server',
  'about.health.ok': 'Berjalan',
  'about.health.database': 'Basis data',
  'about.health.version': 'Versi',
  'about.health.migrations': 'Migrasi terpasang',
  'about.health.pglite': 'PGlite (tertanam)',
  'about.health.postgresql': 'PostgreSQL',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.text': 'Alamat {path} tidak ada di Sinergi.',
  'notFound.home': 'Ke daftar wilayah',
  ...agreementsId,
  ...actionsId,
  ...accountsId,
  ...ingestId,
  ...officialsId,
  ...programsId,
  ...visitsId,
  ...evaluationsId,
  ...notificationsId,
  ...monitoringId,
  ...systemId,
  ...meetingsId,
  ...consentId,
};

/** Every message key of the UI. */
export type MessageKey = keyof typeof id;

/** A full dictionary: one string per key, no more, no less. */
export type Messages = Record<MessageKey, string>;
