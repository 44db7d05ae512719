import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import * as authApi from '../api/auth';
import type { MeDto, SessionStartDto, UserDto } from '../api/auth';
import { ApiError, setCsrfToken } from '../api/client';
import { forgetPreviousUser, isSessionLost } from '../api/query-client';
import type { Permission } from './roles';

type AuthContextValue = {
  /** True until the first answer of /api/auth/me. */
  loading: boolean;
  /** Set when /api/auth/me could not be read (server down); the UI still works for public pages. */
  error: ApiError | undefined;
  user: UserDto | null;
  permissions: readonly Permission[];
  /** True until the first system administrator exists. */
  setupNeeded: boolean;
  /**
   * True once the user logged out by their own hand (Keluar, or every session ended), until the next
   * login. A page that needs a login then sends them to the plain login page: they chose to leave it,
   * so the login page must not offer the way back ("next") to it.
   */
  signedOut: boolean;
  /** Whether the current user holds a permission (before any region scoping the server applies). */
  can: (permission: Permission) => boolean;
  login: (email: string, password: string) => Promise<UserDto>;
  /** Takes over the session a setup answer started, then reloads permissions. */
  startSession: (session: SessionStartDto) => Promise<void>;
  logout: () => Promise<void>;
  /** Ends every session of the user; the browser is logged out afterwards. */
  logoutEverywhere: () => Promise<void>;
  /** Reads /api/auth/me again (after a password change, a role change of oneself...). */
  refresh: () => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

const anonymousMe: MeDto = { user: null, csrfToken: null, permissions: [], setupNeeded: false };

/**
 * Knows who is logged in: reads /api/auth/me at start and after every login or logout, and keeps the
 * session's CSRF token in the API client so every write carries it. When the user changes (logout,
 * a login as someone else, a session found expired by a 401) the query cache is emptied, so nothing
 * read for the previous user is shown again. The answer of /me is kept here rather than in that
 * cache, since this is what decides when the cache is cleared.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [me, setMe] = useState<MeDto | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [signedOut, setSignedOut] = useState(false);
  // The user the cached answers were read for: undefined until the first answer of /me.
  const cachedFor = useRef<string | null | undefined>(undefined);

  const apply = useCallback(
    (next: MeDto) => {
      const nextUser = next.user?.id ?? null;
      forgetPreviousUser(queryClient, cachedFor.current, nextUser);
      cachedFor.current = nextUser;
      setCsrfToken(next.csrfToken);
      setMe(next);
      setError(undefined);
      if (next.user) setSignedOut(false);
    },
    [queryClient],
  );

  const refresh = useCallback(async () => {
    try {
      apply(await authApi.getMe());
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : undefined);
      setMe((current) => current ?? anonymousMe);
    }
  }, [apply]);

  useEffect(() => {
    const controller = new AbortController();
    authApi.getMe(controller.signal).then(apply, (cause: unknown) => {
      if (controller.signal.aborted) return;
      setError(cause instanceof ApiError ? cause : undefined);
      setMe(anonymousMe);
    });
    return () => controller.abort();
  }, [apply]);

  // A read or a write answered 401 while someone is logged in: the session expired or was ended
  // elsewhere. /me then says who this browser is now, and `apply` empties the cache.
  useEffect(() => {
    const sessionLost = (error: unknown) => {
      if (cachedFor.current && isSessionLost(error)) void refresh();
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') sessionLost(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') sessionLost(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, refresh]);

  const startSession = useCallback(
    async (session: SessionStartDto) => {
      setCsrfToken(session.csrfToken);
      await refresh();
    },
    [refresh],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const session = await authApi.login({ email, password });
      await startSession(session);
      return session.user;
    },
    [startSession],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Whatever the server answered, this browser forgets the session. Both updates render together,
      // so the page still on screen never sees a visitor who did not choose to leave.
      setSignedOut(true);
      apply({ ...anonymousMe, setupNeeded: me?.setupNeeded ?? false });
    }
  }, [apply, me?.setupNeeded]);

  const logoutEverywhere = useCallback(async () => {
    await authApi.logoutEverywhere();
    setSignedOut(true);
    apply(anonymousMe);
  }, [apply]);

  const value = useMemo<AuthContextValue>(() => {
    const permissions = me?.permissions ?? [];
    const granted = new Set<Permission>(permissions);
    return {
      loading: me === undefined,
      error,
      user: me?.user ?? null,
      permissions,
      setupNeeded: me?.setupNeeded ?? false,
      signedOut,
      can: (permission) => granted.has(permission),
      login,
      startSession,
      logout,
      logoutEverywhere,
      refresh,
    };
  }, [me, error, signedOut, login, startSession, logout, logoutEverywhere, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current user, their permissions and the login/logout actions. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
