import { Avatar, Box, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { loginPath } from '../auth/RequireAuth';
import { useT } from '../i18n/context';
import { useRegionName } from './RegionSelect';

/** Initials for the avatar: "Siti Rahma" -> "SR". */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

/** Logs out and shows the login page with a "signed out" note. */
export function useLogout(): () => void {
  const auth = useAuth();
  const navigate = useNavigate();
  return () => {
    void auth.logout().finally(() => navigate('/masuk', { state: { signedOut: true } }));
  };
}

/** Header corner: "Masuk" for visitors; for a logged-in user, a menu with name, region, Profil and Keluar. */
export function UserMenu() {
  const t = useT();
  const auth = useAuth();
  const logout = useLogout();
  const location = useLocation();
  const regionName = useRegionName(auth.user?.regionCode);

  if (auth.loading) return null;
  if (!auth.user) {
    const onLoginPage = location.pathname === '/masuk';
    return (
      <Button
        component={Link}
        to={onLoginPage ? '/masuk' : loginPath(`${location.pathname}${location.search}`)}
        size="compact-md"
        variant="filled"
        data-testid="header-login"
      >
        {t('auth.signIn')}
      </Button>
    );
  }

  const user = auth.user;
  const place = regionName ?? t('auth.national');
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('auth.userMenu', { name: user.name })} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="sinergi" variant="filled">
              {initialsOf(user.name)}
            </Avatar>
            <Box visibleFrom="xl" maw={160}>
              <Text size="sm" fw={600} lh={1.2} truncate="end">
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate="end">
                {place}
              </Text>
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {user.email}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {t(`role.${user.role}`)} · {place}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/profil" data-testid="menu-profile">
          {t('auth.profile')}
        </Menu.Item>
        <Menu.Item color="red" data-testid="menu-logout" onClick={logout}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
