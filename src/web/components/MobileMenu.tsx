import { Avatar, Burger, Button, Divider, Drawer, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { loginPath } from '../auth/RequireAuth';
import { useT } from '../i18n/context';
import { LanguageSwitch } from './LanguageSwitch';
import { isActiveItem, menuSections, type NavItem } from './nav-items';
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
  const [opened, { open, close }] = useDisclosure(false);
  // The address when the menu was opened (see the effect below).
  const openedAt = useRef<string | null>(null);
  const logout = useLogout();
  const regionName = useRegionName(auth.user?.regionCode);

  const toggle = () => {
    if (opened) return close();
    openedAt.current = window.location.pathname;
    open();
  };
  // Following a link of the menu closes it at once (its onClick). A change of address made
  // elsewhere (back, forward, a redirect) closes it too, but only a change after it was opened:
  // React Router changes the address first and shows the new page (and its `pathname`) later, in a
  // transition that takes seconds on a slow phone, so a menu opened on the new address, before
  // its page appeared (right after logging in, say), must not close when it does.
  useEffect(() => {
    if (pathname !== openedAt.current) close();
  }, [pathname, close]);

  const link = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={isActiveItem(item, pathname)}
      aria-current={isActiveItem(item, pathname) ? 'page' : undefined}
      data-testid={`mobile-${item.testId}`}
      onClick={close}
    />
  );
  const sections = menuSections(items);
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
          <nav aria-label={t('nav.main')}>
            {sections.map((section, index) =>
              section.group ? (
                <div
                  key={section.group}
                  role="group"
                  aria-label={t(`nav.${section.group}`)}
                  data-testid={`mobile-group-${section.group}`}
                >
                  <Divider label={t(`nav.${section.group}`)} labelPosition="left" my={4} />
                  {section.items.map(link)}
                </div>
              ) : (
                <div key={section.items[0]?.to ?? index}>
                  {index > 0 && <Divider my={4} />}
                  {section.items.map(link)}
                </div>
              ),
            )}
          </nav>
          <Divider />
          <Group justify="space-between">
            <Text size="sm">{t('lang.label')}</Text>
            <LanguageSwitch />
          </Group>
          <Divider />
          {auth.loading ? null : user ? (
            <>
              <NavLink
                component={Link}
                to="/profil"
                label={t('auth.profile')}
                data-testid="mobile-profile"
                onClick={close}
              />
              <Button
                variant="light"
                color="red"
                onClick={() => {
                  close();
                  logout();
                }}
                data-testid="mobile-logout"
              >
                {t('auth.signOut')}
              </Button>
            </>
          ) : (
            <Button
              component={Link}
              to={pathname === '/masuk' ? '/masuk' : loginPath(`${pathname}${search}`)}
              data-testid="mobile-login"
              onClick={close}
            >
              {t('auth.signIn')}
            </Button>
          )}
        </Stack>
      </Drawer>
    </>
  );
}
