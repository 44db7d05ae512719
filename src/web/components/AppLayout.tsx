import {
  AppShell,
  Anchor,
  Box,
  Button,
  Container,
  Divider,
  Group,
  Menu,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { useT } from '../i18n/context';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { MobileMenu } from './MobileMenu';
import { isActiveItem, navItems, type NavItem } from './nav-items';
import { SinergiMark } from './SinergiMark';
import { UserMenu } from './UserMenu';

/**
 * The frame around every page: header with name, navigation and language switch (on narrow screens,
 * all of it behind a burger menu); footer with credits.
 */
export function AppLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const auth = useAuth();
  // A logged-in user has more links: their header needs a wider screen before the burger gives way.
  const wideFrom = auth.user ? 'lg' : 'md';
  const visibleItems = navItems.filter(
    (item) =>
      (!item.permission || auth.can(item.permission)) &&
      (!item.roles || (auth.user !== null && item.roles.includes(auth.user.role))),
  );
  const isActive = (item: NavItem) => isActiveItem(item, pathname);

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <UnstyledButton component={Link} to={auth.user ? '/beranda' : '/'} aria-label={t('app.homeLink')}>
              <Group gap="xs" wrap="nowrap">
                <SinergiMark size={32} />
                <Box style={{ flexShrink: 0 }}>
                  <Text fw={700} size="lg" lh={1.1} c="sinergi.8">
                    {t('app.name')}
                  </Text>
                  {/* A logged-in user has more links; the subtitle then only fits wide screens. */}
                  <Text size="xs" c="dimmed" lh={1.2} visibleFrom={auth.user ? 'xl' : 'md'}>
                    {t('app.subtitle')}
                  </Text>
                </Box>
              </Group>
            </UnstyledButton>

            <Group gap="xs" wrap="nowrap" visibleFrom={wideFrom}>
              <Group component="nav" aria-label={t('nav.main')} gap={4} wrap="nowrap">
                {visibleItems.map((item, index) => {
                  if (item.group) {
                    const group = item.group;
                    // A group's menu sits where its first item would be.
                    if (index !== visibleItems.findIndex((other) => other.group === group)) return null;
                    const groupItems = visibleItems.filter((other) => other.group === group);
                    const groupActive = groupItems.some(isActive);
                    return (
                      <Menu key={group} position="bottom-end" width={200} withinPortal>
                        <Menu.Target>
                          <Button
                            variant={groupActive ? 'light' : 'subtle'}
                            color={groupActive ? undefined : 'gray'}
                            size="compact-md"
                            rightSection={<ChevronDown />}
                            data-testid={`nav-${group}`}
                          >
                            {t(`nav.${group}`)}
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {groupItems.map((groupItem) => (
                            <Menu.Item
                              key={groupItem.to}
                              component={Link}
                              to={groupItem.to}
                              aria-current={isActive(groupItem) ? 'page' : undefined}
                              fw={isActive(groupItem) ? 600 : undefined}
                              data-testid={groupItem.testId}
                            >
                              {t(groupItem.label)}
                            </Menu.Item>
                          ))}
                        </Menu.Dropdown>
                      </Menu>
                    );
                  }
                  const active = isActive(item);
                  return (
                    <Button
                      key={item.to}
                      component={Link}
                      to={item.to}
                      variant={active ? 'light' : 'subtle'}
                      color={active ? undefined : 'gray'}
                      size="compact-md"
                      aria-current={active ? 'page' : undefined}
                      data-testid={item.testId}
                    >
                      {t(item.label)}
                    </Button>
                  );
                })}
              </Group>
              <LanguageSwitch />
              <NotificationBell />
              <UserMenu />
            </Group>
            <Group hiddenFrom={wideFrom}>
              <NotificationBell />
              <MobileMenu items={visibleItems} />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      <AppShell.Main>
        {/* A new page starts at its top (after saving a form too); going back returns to where one was. */}
        <ScrollRestoration />
        <Container size="lg" py="xl" px={{ base: 'sm', sm: 'md' }}>
          <Outlet />
        </Container>
        <Container size="lg" pb="xl" px={{ base: 'sm', sm: 'md' }}>
          <Divider mb="md" />
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('footer.license')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('footer.data')}{' '}
              <Anchor component={Link} to="/tentang" size="xs">
                {t('nav.tentang')}
              </Anchor>
            </Text>
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function ChevronDown() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      aria-hidden="true"
    >
      <path d="m6 9 6 6 6-6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
