/**
 * Every action the audit trail records, grouped by the kind of record it touches. The server's
 * `recordAudit` accepts only these, and the UI labels and filters by them, so a new action cannot
 * ship without its place in the audit page (a unit test checks that each has a label).
 */
export const auditActionGroups = {
  auth: ['auth.login', 'auth.logout', 'auth.logout_all', 'auth.lockout', 'auth.session_end'],
  user: [
    'user.setup',
    'user.create',
    'user.update',
    'user.disable',
    'user.enable',
    'user.password_change',
    'user.password_reset',
    'user.password_reset_link',
    'user.sessions_end',
  ],
  token: ['token.create', 'token.revoke'],
  opd: ['opd.create', 'opd.update', 'opd.delete'],
  agreement: [
    'agreement.create',
    'agreement.update',
    'agreement.transition',
    'agreement.stage_correct',
    'agreement.confirm',
    'agreement.confirmations_reset',
    'agreement.change_proposed',
    'agreement.change_consented',
    'agreement.change_applied',
    'agreement.change_rejected',
    'agreement.delete',
    'agreement.restore',
    'agreement.document.upload',
    'agreement.document.version',
    'agreement.document.delete',
  ],
  action: [
    'action.create',
    'action.update',
    'action.progress',
    'action.comment',
    'action.delete',
    'action.document.upload',
    'action.document.version',
    'action.document.delete',
  ],
  program: [
    'program.create',
    'program.update',
    'program.delete',
    'program.change_proposed',
    'program.change_consented',
    'program.change_applied',
    'program.change_rejected',
    'program.document.upload',
    'program.document.version',
    'program.document.delete',
  ],
  evaluation: ['evaluation.create', 'evaluation.update', 'evaluation.delete'],
  ingest: ['ingest.create', 'ingest.attach'],
  visit: [
    'visit.create',
    'visit.update',
    'visit.delete',
    'visit.change_proposed',
    'visit.change_consented',
    'visit.change_applied',
    'visit.change_rejected',
    'visit.document.upload',
    'visit.document.version',
    'visit.document.delete',
  ],
  link: ['link.create', 'link.delete'],
  meeting: [
    'meeting.create',
    'meeting.update',
    'meeting.delete',
    'meeting.change_proposed',
    'meeting.change_consented',
    'meeting.change_applied',
    'meeting.change_rejected',
    'meeting.document.upload',
    'meeting.document.version',
    'meeting.document.delete',
  ],
  organization: ['organization.create', 'organization.update'],
  official_term: ['official_term.create', 'official_term.update', 'official_term.delete'],
  settings: ['settings.update'],
} as const;

export type AuditActionGroup = keyof typeof auditActionGroups;
export type AuditAction = (typeof auditActionGroups)[AuditActionGroup][number];

/** All actions, in group order. */
export const auditActions: readonly AuditAction[] = Object.values(auditActionGroups).flat();
