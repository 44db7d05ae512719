/**
 * Teks register pejabat daerah (kepala daerah, wakil, Sekda, dan pejabat Pj./Plt./Plh. dengan masa
 * jabatannya), serta label audit dan pesan aturan yang menyangkut pejabat dan konfirmasi para pihak.
 */
export const officialsId = {
  'nav.officials': 'Pejabat',

  'officials.title': 'Pejabat daerah',
  'officials.intro':
    'Kepala daerah, wakil, dan Sekda {region}, termasuk Pj., Plt., dan Plh., dengan masa jabatannya. Saat mengisi penandatangan kerja sama, Sinergi menyarankan siapa yang menjabat pada tanggal penandatanganan.',
  'officials.introAll':
    'Kepala daerah, wakil, dan Sekda setiap pemerintah daerah, termasuk Pj., Plt., dan Plh., dengan masa jabatannya.',
  'officials.pickRegion': 'Pilih daerah untuk melihat dan mengelola pejabatnya.',
  'officials.create': 'Tambah masa jabatan',
  'officials.new.title': 'Tambah masa jabatan',
  'officials.edit.title': 'Ubah masa jabatan',
  'officials.personName': 'Nama pejabat',
  'officials.personNamePlaceholder': 'mis. Gani Muhamad',
  'officials.personNameHint': 'Tanpa gelar. Sebutan Pj., Plt., atau Plh. dipilih di Status jabatan.',
  'officials.office': 'Jabatan',
  'officials.actingKind': 'Status jabatan',
  'officials.start': 'Mulai menjabat',
  'officials.end': 'Selesai menjabat',
  'officials.endHint': 'Kosongkan bila masih menjabat.',
  'officials.col.office': 'Jabatan',
  'officials.col.name': 'Nama',
  'officials.col.period': 'Masa jabatan',
  'officials.col.status': 'Status',
  'officials.col.actions': 'Tindakan',
  'officials.period.open': '{start} – sekarang',
  'officials.period.closed': '{start} – {end}',
  'officials.status.current': 'Menjabat',
  'officials.status.ended': 'Selesai',
  'officials.status.upcoming': 'Akan menjabat',
  'officials.total': '{count} masa jabatan',
  'officials.empty.title': 'Belum ada pejabat tercatat',
  'officials.empty.hint':
    'Tambahkan kepala daerah dan wakilnya, termasuk Pj., Plt., atau Plh., agar saran penandatangan kerja sama tepat.',
  'officials.endTerm': 'Akhiri',
  'officials.endTerm.title': 'Akhiri masa jabatan',
  'officials.endTerm.text': 'Sampai kapan {name} menjabat sebagai {office}?',
  'officials.endTerm.date': 'Tanggal terakhir menjabat',
  'officials.deleteConfirm':
    'Hapus masa jabatan {name} sebagai {office}? Gunakan Akhiri untuk pejabat yang sudah selesai menjabat; hapus hanya catatan yang keliru.',
  'officials.error.DATE_TOO_FAR_IN_FUTURE':
    'Tanggal ini terlalu jauh di masa depan (paling lambat {latest}).',
  'officials.error.END_BEFORE_START': 'Tanggal selesai tidak boleh sebelum tanggal mulai menjabat.',
  'officials.error.OFFICE_NOT_FOR_REGION_LEVEL':
    'Jabatan ini tidak ada pada tingkat pemerintahan daerah ini.',

  'apiError.OFFICIAL_TERM_NOT_FOUND': 'Masa jabatan ini tidak ditemukan; mungkin sudah dihapus.',
  'issue.OFFICIAL_NOT_OF_PARTY':
    'Pejabat yang dipilih tercatat di daerah lain, bukan di pihak yang ditandatanganinya',
  'audit.action.agreement.confirmations_reset': 'Konfirmasi para pihak diminta ulang',
  'audit.field.confirmedParties': 'Pihak yang telah mengonfirmasi',
};
