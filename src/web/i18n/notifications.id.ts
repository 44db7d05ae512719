/** Teks notifikasi (lonceng, halaman /notifikasi, pengaturan surel di profil) dan tugas latar. */
export const notificationsId = {
  'nav.notifications': 'Notifikasi',
  'nav.backgroundJobs': 'Tugas latar',

  'notifications.bell': 'Notifikasi: {count} belum dibaca',
  'notifications.bellNone': 'Notifikasi: tidak ada yang belum dibaca',
  'notifications.title': 'Notifikasi',
  'notifications.intro':
    'Pengingat masa berlaku perjanjian, KSB yang belum diikuti PKS, tindak lanjut yang jatuh tempo atau terlambat, dan perubahan mitra yang menghapus konfirmasi Anda.',
  'notifications.empty': 'Belum ada notifikasi.',
  'notifications.unreadOnly': 'Hanya yang belum dibaca',
  'notifications.markRead': 'Tandai dibaca',
  'notifications.markAllRead': 'Tandai semua dibaca',
  'notifications.unread': 'Belum dibaca',
  'notifications.emailed': 'Terkirim ke surel',
  'notifications.open': 'Buka',
  'notifications.loadError': 'Notifikasi tidak dapat dimuat.',
  'notifications.previous': 'Sebelumnya',
  'notifications.next': 'Berikutnya',
  'notifications.page': 'Halaman {page} dari {pages}',

  'notificationKind.agreement_expiry': 'Masa berlaku perjanjian',
  'notificationKind.ksb_without_pks': 'KSB belum diikuti PKS',
  'notificationKind.action_due': 'Tindak lanjut jatuh tempo',
  'notificationKind.action_overdue': 'Tindak lanjut terlambat',
  'notificationKind.confirmation_cleared': 'Konfirmasi dihapus oleh perubahan mitra',
  'notificationKind.evaluation_due': 'Evaluasi jatuh tempo',
  'notificationKind.partner_record': 'Catatan baru mitra yang menyebut wilayah Anda',
  'notificationKind.pending_change': 'Perubahan catatan bersama yang menunggu persetujuan Anda',

  'notificationPreferences.title': 'Notifikasi lewat surel',
  'notificationPreferences.intro':
    'Semua notifikasi tampil di Sinergi. Pilih jenis yang juga dikirim ke surel Anda ({email}).',
  'notificationPreferences.saved': 'Pengaturan notifikasi disimpan.',

  'jobs.title': 'Tugas latar yang gagal',
  'jobs.intro':
    'Tugas latar (pengingat, pengiriman surel) dicoba ulang otomatis dengan jeda yang makin panjang. Yang tetap gagal setelah semua percobaan tampil di sini dan dapat dijalankan lagi.',
  'jobs.empty': 'Tidak ada tugas latar yang gagal.',
  'jobs.name': 'Tugas',
  'jobs.error': 'Galat',
  'jobs.attempts': 'Percobaan',
  'jobs.failedAt': 'Gagal pada',
  'jobs.retry': 'Jalankan lagi',
  'jobs.retried': 'Tugas dijalankan lagi.',
  'jobs.loadError': 'Daftar tugas latar tidak dapat dimuat.',
  'jobName.reminders-sweep': 'Penyapuan pengingat',
  'jobName.notifications-dispatch': 'Penyaluran surel',
  'jobName.notifications-email': 'Pengiriman surel notifikasi',

  'apiError.NOTIFICATION_NOT_FOUND': 'Notifikasi ini tidak ditemukan.',
  'apiError.JOB_NOT_FOUND': 'Tugas latar ini tidak ditemukan atau sudah tidak gagal.',
};
