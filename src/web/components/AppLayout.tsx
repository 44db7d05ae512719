import {
  AppShell,
  Anchor,
  Box,
  Button,
  Container,
  Divider,
  Group,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/id';
import { LanguageSwitch } from './LanguageSwitch';
import { SinergiMark } from './SinergiMark';

type NavItem = { to: string; label: MessageKey; testId: string };

/** Only the pages that work today are linked; add an entry when a feature ships. */
const navItems: NavItem[] = [
  { to: '/wilayah', label: 'nav.wilayah', testId: 'nav-wilayah' },
  { to: '/tentang', label: 'nav.tentang', testId: 'nav-tentang' },
];

/** The frame around every page: header with name, navigation and language switch; footer with credits. */
export function AppLayout() {
  const t = useT();
  const { pathname } = useLocation();

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <UnstyledButton component={Link} to="/" aria-label={t('app.homeLink')}>
              <Group gap="xs" wrap="nowrap">
                <SinergiMark size={32} />
                <Box visibleFrom="xs">
                  <Text fw={700} size="lg" lh={1.1} c="sinergi.8">
                    {t('app.name')}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.2} visibleFrom="md">
                    {t('app.subtitle')}
                  </Text>
                </Box>
              </Group>
            </UnstyledButton>

            <Group gap="xs" wrap="nowrap">
              <Group component="nav" aria-label={t('nav.main')} gap={4} wrap="nowrap">
                {navItems.map((item) => {
                  const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
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
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      <AppShell.Main>
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
