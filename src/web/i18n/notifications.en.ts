import type { notificationsId } from './notifications.id';

/** English texts of notifications and background jobs; typed against the Indonesian source. */
export const notificationsEn: Record<keyof typeof notificationsId, string> = {
  'nav.notifications': 'Notifications',
  'nav.backgroundJobs': 'Background jobs',

  'notifications.bell': 'Notifications: {count} unread',
  'notifications.bellNone': 'Notifications: none unread',
  'notifications.title': 'Notifications',
  'notifications.intro':
    'Reminders of agreements ending, KSB not followed by a PKS, follow-up actions due or overdue, and partner changes that cleared your confirmation.',
  'notifications.empty': 'No notifications yet.',
  'notifications.unreadOnly': 'Unread only',
  'notifications.markRead': 'Mark read',
  'notifications.markAllRead': 'Mark all read',
  'notifications.unread': 'Unread',
  'notifications.emailed': 'Sent by e-mail',
  'notifications.open': 'Open',
  'notifications.loadError': 'The notifications could not be loaded.',
  'notifications.previous': 'Previous',
  'notifications.next': 'Next',
  'notifications.page': 'Page {page} of {pages}',

  'notificationKind.agreement_expiry': 'Agreement validity',
  'notificationKind.ksb_without_pks': 'KSB without a PKS',
  'notificationKind.action_due': 'Follow-up action due',
  'notificationKind.action_overdue': 'Follow-up action overdue',
  'notificationKind.confirmation_cleared': "Confirmation cleared by a partner's change",
  'notificationKind.evaluation_due': 'Evaluation due',
  'notificationKind.partner_record': "A partner's new record naming your region",
  'notificationKind.pending_change': 'A change of a shared record awaiting your consent',

  'notificationPreferences.title': 'Notifications by e-mail',
  'notificationPreferences.intro':
    'Every notification shows in Sinergi. Choose the kinds that are also sent to your e-mail ({email}).',
  'notificationPreferences.saved': 'Notification settings saved.',

  'jobs.title': 'Failed background jobs',
  'jobs.intro':
    'Background jobs (reminders, e-mail) are retried automatically with growing pauses. Those still failing after every attempt are listed here and can be run again.',
  'jobs.empty': 'No background job has failed.',
  'jobs.name': 'Job',
  'jobs.error': 'Error',
  'jobs.attempts': 'Attempts',
  'jobs.failedAt': 'Failed at',
  'jobs.retry': 'Run again',
  'jobs.retried': 'The job runs again.',
  'jobs.loadError': 'The background jobs could not be loaded.',
  'jobName.reminders-sweep': 'Reminder sweep',
  'jobName.notifications-dispatch': 'E-mail dispatch',
  'jobName.notifications-email': 'Notification e-mail',

  'apiError.NOTIFICATION_NOT_FOUND': 'This notification does not exist.',
  'apiError.JOB_NOT_FOUND': 'This background job does not exist or has not failed.',
};
