/**
 * Texts of errors (every API error code and refusal reason, field names in messages, the error
 * page) and of the phone menu, in Bahasa Indonesia; spread into id.ts. `errors.en.ts` holds the
 * same keys in English.
 */
export const errorsId = {
  'apiError.BAD_REQUEST': 'Permintaan tidak dapat diproses.',
  'apiError.INVALID_JSON': 'Data yang dikirim rusak. Muat ulang halaman, lalu coba lagi.',
  'apiError.ROUTE_NOT_FOUND': 'Alamat ini tidak dikenal server.',
  'apiError.AGREEMENT_NOT_FOUND': 'Kerja sama tidak ditemukan; mungkin sudah dihapus.',
  'apiError.DOCUMENT_NOT_FOUND': 'Dokumen tidak ditemukan; mungkin sudah dihapus.',
  'apiError.ORGANIZATION_NOT_FOUND': 'Organisasi tidak ditemukan.',
  'apiError.VERSION_CONFLICT':
    'Data ini baru saja diubah orang lain. Muat ulang, lalu ulangi perubahan Anda.',
  'apiError.DUPLICATE_SUSPECTED': 'Kerja sama yang mirip sudah tercatat.',
  'apiError.UNSUPPORTED_MEDIA_TYPE': 'Jenis data yang dikirim tidak didukung.',
  'apiError.UNPROCESSABLE': 'Permintaan ini tidak dapat dijalankan.',
  'apiError.RULE_VIOLATION': 'Isian belum memenuhi aturan kerja sama daerah.',
  'apiError.TRANSITION_NOT_ALLOWED': 'Langkah ini tidak dapat dilakukan dari tahap saat ini.',
  'apiError.FILE_TYPE_NOT_ALLOWED': 'Hanya berkas PDF, DOCX, PNG dan JPEG yang diterima.',
  'apiError.URL_NOT_ALLOWED': 'Alamat ini tidak boleh dibuka (hanya situs publik http/https).',
  'apiError.URL_FETCH_FAILED': 'Halaman itu tidak dapat diambil.',
  'apiError.NO_ARTICLE': 'Tidak ditemukan teks berita di halaman itu.',
  'apiError.INTERNAL': 'Terjadi kesalahan di server. Coba lagi sebentar lagi.',
  'apiError.DATABASE_UNAVAILABLE': 'Basis data sedang tidak dapat dihubungi. Coba lagi sebentar lagi.',
  'apiError.FORBIDDEN.ROLE_NOT_ALLOWED': 'Peran Anda tidak berwenang melakukan ini.',
  'apiError.FORBIDDEN.ROLE_NOT_ASSIGNABLE': 'Anda tidak berwenang memberikan peran ini.',
  'apiError.FORBIDDEN.OWN_REGION_ONLY': 'Anda hanya dapat mengelola data daerah Anda sendiri.',
  'apiError.FORBIDDEN.OWN_REGION_NOT_PARTY': 'Daerah Anda harus menjadi salah satu pihak kerja sama ini.',
  'apiError.FORBIDDEN.NOT_MANAGEABLE': 'Anda tidak berwenang mengubah akun ini.',
  'apiError.FORBIDDEN.SELF_CHANGE':
    'Anda tidak dapat mengubah peran sendiri atau menonaktifkan akun sendiri.',
  'apiError.FORBIDDEN.PUBLISH_NOT_ALLOWED': 'Peran Anda tidak berwenang memublikasikan kerja sama.',
  'apiError.FORBIDDEN.SESSION_ONLY': 'Token API hanya dapat dibuat saat Anda masuk dengan kata sandi.',
  'apiError.VALIDATION_FAILED.REGION_REQUIRED': 'Peran ini memerlukan daerah (pemda).',
  'apiError.VALIDATION_FAILED.REGION_UNKNOWN': 'Daerah ini tidak dikenal.',
  'apiError.VALIDATION_FAILED.REGION_NOT_AUTONOMOUS':
    'Daerah ini bukan daerah otonom (kota/kabupaten administrasi DKI Jakarta).',
  'apiError.VALIDATION_FAILED.PROVINCE_REQUIRED':
    'Pengawas provinsi memerlukan sebuah provinsi sebagai daerah.',
  'apiError.VALIDATION_FAILED.NATIONAL_NO_REGION': 'Pengawas nasional (kementerian) tidak memiliki daerah.',
  'apiError.VALIDATION_FAILED.OPD_OTHER_REGION': 'OPD ini bukan milik daerah tersebut.',
  'apiError.fieldMessage': '{field}: {message}',

  'field.regionCode': 'Daerah',
  'field.organizationId': 'Organisasi',
  'field.title': 'Judul',
  'field.email': 'Surel',
  'field.password': 'Kata sandi',
  'field.newPassword': 'Kata sandi baru',
  'field.currentPassword': 'Kata sandi saat ini',
  'field.oversightScope': 'Cakupan pengawasan',
  'field.entryStage': 'Tahap saat dicatat',
  'field.responsibleOpdIds': 'OPD pelaksana',
  'field.toStage': 'Tahap tujuan',
  'field.date': 'Tanggal',
  'field.file': 'Berkas',
  'field.url': 'Alamat web (URL)',
  'field.text': 'Teks berita',
  'field.amount': 'Nilai',
  'field.source': 'Sumber',
  'field.note': 'Keterangan',
  'field.number': 'Nomor',
  'field.item.parties': 'Pihak {n}',
  'field.item.signatories': 'Penandatangan {n}',
  'field.item.sectors': 'Sektor {n}',
  'field.item.rights': 'Hak {n}',
  'field.item.obligations': 'Kewajiban {n}',

  'errorPage.title': 'Maaf, halaman ini mengalami gangguan',
  'errorPage.text':
    'Terjadi kesalahan saat menampilkan halaman ini. Data Anda aman. Coba muat ulang halaman, atau kembali ke beranda.',
  'errorPage.reload': 'Muat ulang',
  'errorPage.home': 'Ke beranda',

  'nav.menu': 'Menu',
  'nav.openMenu': 'Buka menu',
  'nav.closeMenu': 'Tutup menu',
} as const;
