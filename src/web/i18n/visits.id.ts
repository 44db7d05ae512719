/**
 * Teks kunjungan kerja (studi banding, studi komparasi, studi tiru), praktik baik daerah, dan
 * tautan antarcatatan (kunjungan, kerja sama, pertemuan, tindak lanjut, program).
 */
export const visitsId = {
  'audit.group.visit': 'Kunjungan kerja',
  'audit.group.link': 'Tautan catatan',
  'audit.action.visit.create': 'Kunjungan dicatat',
  'audit.action.visit.update': 'Kunjungan diubah',
  'audit.action.visit.delete': 'Kunjungan dihapus',
  'audit.action.link.create': 'Catatan ditautkan',
  'audit.action.link.delete': 'Tautan catatan dihapus',
  'audit.entity.visit': 'Kunjungan',
  'audit.entity.link': 'Tautan catatan',
};
