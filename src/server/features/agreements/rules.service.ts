/**
 * The agreement rule set in force (the domain's defaults with the administrator's overrides) and
 * the date the rules count from. Kept apart from the agreement use cases so that other features
 * (officials' terms) apply the same rules without importing the whole agreements service.
 */
import { recordAudit, type RequestContext } from '../../audit.js';
import type { UserActor } from '../../auth/policy.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  agreementRulesSchema,
  defaultAgreementRules,
  type AgreementRules,
} from '../../../domain/agreements/index.js';
import { readSetting, writeSetting } from './repo.js';

type WriteContext = RequestContext & { actor: UserActor };

/** Today's date in Indonesia's westernmost time zone (WIB, UTC+7): agreements are dated there. */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const rulesKey = 'agreement_rules';
const rulesOverridesSchema = agreementRulesSchema.partial();

/** The rule set in force: the domain's defaults with the administrator's overrides. */
export async function loadRules(db: Db): Promise<AgreementRules> {
  const stored = await readSetting(db, rulesKey);
  if (!stored) return defaultAgreementRules;
  const parsed = agreementRulesSchema.safeParse({ ...defaultAgreementRules, ...(stored.value as object) });
  // A stored value that no longer fits the schema (after an upgrade) must not stop every save.
  return parsed.success ? parsed.data : defaultAgreementRules;
}

export async function getRules(db: Db) {
  const stored = await readSetting(db, rulesKey);
  return {
    rules: await loadRules(db),
    overrides: (stored?.value as Record<string, unknown> | undefined) ?? {},
    defaults: defaultAgreementRules,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
  };
}

/** Replaces the overrides of the rule set (validated against the domain's schema). */
export async function putRules(db: Db, ctx: WriteContext, overrides: unknown) {
  const parsed = rulesOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new AppError(
      'VALIDATION_FAILED',
      `${path || 'body'}: ${issue?.message ?? 'invalid rules'}`,
      path ? `body.${path}` : 'body',
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  await db.transaction(async (tx) => {
    const before = await readSetting(tx, rulesKey);
    await writeSetting(tx, rulesKey, parsed.data, ctx.actor.id);
    await recordAudit(tx, ctx, {
      action: 'settings.update',
      entityType: 'settings',
      entityId: rulesKey,
      regionCodes: [],
      before: (before?.value as Record<string, unknown> | undefined) ?? null,
      after: parsed.data as Record<string, unknown>,
    });
  });
  return getRules(db);
}
