import { Avatar, Burger, Button, Divider, Drawer, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { loginPath } from '../auth/RequireAuth';
import { useT } from '../i18n/context';
import { LanguageSwitch } from './LanguageSwitch';
import { isActiveItem, type NavItem } from './nav-items';
import { useRegionName } from './RegionSelect';
import { initialsOf, useLogout } from './UserMenu';

/**
 * The header of narrow screens: one burger that opens a drawer with everything the wide header
 * shows (navigation, administration, language, login or profile and logout).
 */
export function MobileMenu({ items }: { items: NavItem[] }) {
  const t = useT();
  const auth = useAuth();
  const { pathname, search } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const logout = useLogout();
  const regionName = useRegionName(auth.user?.regionCode);

  // Following a link closes the menu.
  useEffect(close, [pathname, close]);

  const link = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={isActiveItem(item, pathname)}
      aria-current={isActiveItem(item, pathname) ? 'page' : undefined}
      data-testid={`mobile-${item.testId}`}
    />
  );
  const mainItems = items.filter((item) => item.group !== 'admin');
  const adminItems = items.filter((item) => item.group === 'admin');
  const user = auth.user;

  return (
    <>
      <Burger
        opened={opened}
        onClick={toggle}
        aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
        data-testid="mobile-menu-button"
      />
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size="xs"
        title={t('nav.menu')}
        closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
        data-testid="mobile-menu"
      >
        <Stack gap="xs">
          {user && (
            <Group gap="sm" wrap="nowrap" data-testid="mobile-user">
              <Avatar size={36} radius="xl" color="sinergi" variant="filled">
                {initialsOf(user.name)}
              </Avatar>
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} truncate="end">
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {t(`role.${user.role}`)} · {regionName ?? t('auth.national')}
                </Text>
              </div>
            </Group>
          )}
          <nav aria-label={t('nav.main')}>{mainItems.map(link)}</nav>
          {adminItems.length > 0 && (
            <>
              <Divider label={t('nav.admin')} labelPosition="left" />
              {adminItems.map(link)}
            </>
          )}
          <Divider />
          <Group justify="space-between">
            <Text size="sm">{t('lang.label')}</Text>
            <LanguageSwitch />
          </Group>
          <Divider />
          {auth.loading ? null : user ? (
            <>
              <NavLink component={Link} to="/profil" label={t('auth.profile')} data-testid="mobile-profile" />
              <Button variant="light" color="red" onClick={logout} data-testid="mobile-logout">
                {t('auth.signOut')}
              </Button>
            </>
          ) : (
            <Button
              component={Link}
              to={pathname === '/masuk' ? '/masuk' : loginPath(`${pathname}${search}`)}
              data-testid="mobile-login"
            >
              {t('auth.signIn')}
            </Button>
          )}
        </Stack>
      </Drawer>
    </>
  );
}
