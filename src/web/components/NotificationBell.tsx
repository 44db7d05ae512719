import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { unreadCount } from '../api/notifications';
import { useAuth } from '../auth/auth-context';
import { useT } from '../i18n/context';

/** Polls the unread count this often (and on every page change). */
const pollMs = 60_000;

/**
 * The header's bell: the unread count of one's notifications, a link to /notifikasi. Its read is
 * in the `notifications` query family, so marking notifications read updates it at once.
 */
export function NotificationBell() {
  const t = useT();
  const auth = useAuth();
  const location = useLocation();
  const loggedIn = Boolean(auth.user);
  const query = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: ({ signal }) => unreadCount(signal),
    enabled: loggedIn,
    refetchInterval: pollMs,
    // A failed poll leaves the last count; the next poll tries again.
    retry: false,
  });
  const { refetch } = query;
  // On a page change, asked again (the first page's read is the query's own).
  const shownOn = useRef(location.pathname);
  useEffect(() => {
    if (shownOn.current === location.pathname) return;
    shownOn.current = location.pathname;
    if (loggedIn) void refetch();
  }, [loggedIn, location.pathname, refetch]);
  const unread = query.data?.unread ?? 0;
  if (!loggedIn) return null;
  const label = unread > 0 ? t('notifications.bell', { count: unread }) : t('notifications.bellNone');
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4}>
      <ActionIcon
        component={Link}
        to="/notifikasi"
        variant="subtle"
        size="lg"
        aria-label={label}
        title={label}
        data-testid="notification-bell"
      >
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
