/** Teks perubahan yang menunggu persetujuan para pihak (keputusan 009), sama untuk semua jenis catatan. */
export const consentId = {
  'consent.title': 'Perubahan yang menunggu persetujuan para pihak',
  'consent.publish': 'Publikasikan di portal publik (rancangan naskah tetap hanya untuk para pihak)',
  'consent.remove': 'Keluarkan {parties} dari para pihak',
  'consent.removeAndPublish': 'Keluarkan {parties} dari para pihak dan publikasikan di portal publik',
  'consent.delete': 'Hapus catatan ini',
  'consent.proposedBy': 'Diusulkan oleh {region}',
  'consent.awaiting': 'Menunggu persetujuan {parties}',
  'consent.confirm': 'Setujui',
  'consent.reject': 'Tolak',
  'consent.withdraw': 'Tarik usulan',
  'consent.deletePending': 'Penghapusan diusulkan: menunggu persetujuan {parties}',
};
