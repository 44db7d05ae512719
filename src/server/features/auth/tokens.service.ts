/**
 * API tokens of the signed-in user: created from a session only, limited to permissions the user has,
 * listed, revoked; every change audited.
 */
import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
import { recordAudit, type RequestContext } from '../../audit.js';
import {
  hasPermission,
  permissions as allPermissions,
  type Permission,
  type UserActor,
} from '../../auth/policy.js';
import { apiTokenPrefix } from '../../auth/sessions.js';
import { randomToken, sha256 } from '../../auth/tokens.js';
import { insertApiToken, listApiTokens, revokeApiToken } from './repo.js';

/** Creates an API token limited to the given permissions (which must be the user's own). */
export async function createApiToken(
  db: Db,
  context: RequestContext & { actor: UserActor },
  input: { name: string; permissions?: Permission[] | undefined; expiresInDays?: number | undefined },
) {
  if (context.actor.via !== 'session') {
    throw forbidden('SESSION_ONLY', 'API tokens can only be created from a logged-in session');
  }
  const granted = input.permissions ?? null;
  if (granted) {
    const beyond = granted.filter(
      (permission) => !hasPermission({ ...context.actor, tokenPermissions: null }, permission),
    );
    if (beyond.length > 0) {
      throw new AppError(
        'UNPROCESSABLE',
        `A token cannot have permissions you lack: ${beyond.join(', ')}`,
        'permissions',
      );
    }
  }
  const token = randomToken(apiTokenPrefix);
  const row = await db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, {
      userId: context.actor.id,
      name: input.name,
      tokenHash: sha256(token),
      prefix: token.slice(0, apiTokenPrefix.length + 6),
      permissions: granted,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    await recordAudit(tx, context, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: inserted.id,
      regionCodes: context.actor.regionCode ? [context.actor.regionCode] : [],
      after: { name: input.name, permissions: granted },
    });
    return inserted;
  });
  return { token, ...presentToken(row) };
}

export function presentToken(row: {
  id: string;
  name: string;
  prefix: string;
  permissions: string[] | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    permissions: row.permissions,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listTokens(db: Db, userId: string) {
  return (await listApiTokens(db, userId)).map(presentToken);
}

export async function revokeToken(db: Db, context: RequestContext & { actor: UserActor }, id: string) {
  await db.transaction(async (tx) => {
    const revoked = await revokeApiToken(tx, context.actor.id, id);
    if (!revoked) throw new AppError('NOT_FOUND', 'No such active token', 'id');
    await recordAudit(tx, context, {
      action: 'token.revoke',
      entityType: 'api_token',
      entityId: id,
      regionCodes: context.actor.regionCode ? [context.actor.regionCode] : [],
    });
  });
}

export const tokenPermissionChoices = allPermissions;
