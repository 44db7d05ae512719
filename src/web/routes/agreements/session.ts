import { useAuth } from '../../auth/auth-context';
import type { Permission } from '../../auth/roles';

/** Who is using the agreement pages and what they may do. */
export type AgreementSession = {
  loading: boolean;
  user: { role: string; regionCode: string | null } | null;
  /** True when the user holds the permission (the server still checks the region on every request). */
  can: (permission: Permission) => boolean;
};

/** The current user for the agreement pages, from the auth context. */
export function useAgreementSession(): AgreementSession {
  const auth = useAuth();
  return { loading: auth.loading, user: auth.user, can: auth.can };
}
