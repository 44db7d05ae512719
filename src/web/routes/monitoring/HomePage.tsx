import { Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { healthStates } from '../../../domain/monitoring/health-states';
import { getDashboard, type DashboardDto } from '../../api/monitoring';
import { useApiQuery } from '../../api/use-api-query';
import { RequireAuth } from '../../auth/RequireAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/context';
import { useFormatDate } from '../../i18n/use-format';
import { healthColors } from './HealthBadge';
import { homeLinks } from './home-links';
import { StatCard } from './StatCard';

/** /beranda: where a logged-in user lands. */
export function HomePage() {
  return (
    <RequireAuth>
      <Home />
    </RequireAuth>
  );
}

function Card({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A date beside a title keeps to one line ("16 Jan 2025"); the title wraps instead. */
const noWrap = { whiteSpace: 'nowrap', flexShrink: 0 } as const;

function Home() {
  const t = useT();
  usePageTitle(t('home.title'));
  const dashboard = useApiQuery(['dashboard'], (signal) => getDashboard(signal));
  const data = dashboard.data;
  const regionCode = data?.scope.regionCode ?? null;
  // The region catalog is a chunk of its own, loaded only for a regional scope: out of the first load.
  const region = useApiQuery(regionCode ? ['region-display-name', regionCode] : null, async () => {
    const { displayName, regionByCode } = await import('../../../domain/regions');
    const found = regionByCode(regionCode ?? '');
    return found ? displayName(found) : '';
  });
  const regionName = region.data ?? '';
  const intro =
    !data || region.loading
      ? undefined
      : data.scope.kind === 'opd'
        ? t('home.intro.opd')
        : data.scope.kind === 'jurisdiction' && regionName
          ? t('home.intro.jurisdiction', { region: regionName })
          : regionName
            ? t('home.intro.region', { region: regionName })
            : t('home.intro.national');

  return (
    <Stack gap="lg">
      <PageHeader title={t('home.title')} intro={intro} titleTestId="home-title" />
      {dashboard.error && <ApiErrorAlert error={dashboard.error} />}
      {!data && !dashboard.error && <Skeleton h={240} />}
      {data && <HomeContent data={data} />}
    </Stack>
  );
}

function HomeContent({ data }: { data: DashboardDto }) {
  const t = useT();
  const { date } = useFormatDate();
  const { agreements, actions } = data;
  return (
    <>
      {data.tasks && (
        <Card title={t('home.tasks')} testId="home-tasks">
          {data.tasks.length === 0 ? (
            <Text c="dimmed">{t('home.noTasks')}</Text>
          ) : (
            <Stack gap={6}>
              {data.tasks.map((task) => (
                <Group key={task.id} justify="space-between" wrap="nowrap" gap="sm">
                  <Anchor component={Link} to={homeLinks.action(task.id)} size="sm">
                    {task.title}
                  </Anchor>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" c="dimmed" style={noWrap} data-testid="home-date">
                      {task.dueDate ? t('home.due', { date: date(task.dueDate) }) : t('home.noDue')}
                    </Text>
                    <Badge variant="light" size="sm">
                      {t(`home.actionStatus.${task.status as 'direncanakan'}`)}
                    </Badge>
                  </Group>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      )}

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('home.byHealth')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {healthStates.map((health) => (
            <StatCard
              key={health}
              label={t(`health.${health}`)}
              value={agreements.byHealth[health]}
              to={homeLinks.health(health)}
              color={healthColors[health]}
              testId={`home-health-${health}`}
            />
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('home.todo')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          {agreements.awaitingMyConfirmation !== null && (
            <StatCard
              label={t('home.awaitingMyConfirmation')}
              value={agreements.awaitingMyConfirmation}
              to={homeLinks.awaitingMyConfirmation}
              color="blue"
              testId="home-awaiting"
            />
          )}
          <StatCard
            label={t('home.expiring30')}
            value={agreements.expiringWithin30}
            to={homeLinks.expiring(30)}
            color="orange"
            testId="home-expiring-30"
          />
          <StatCard
            label={t('home.expiring90')}
            value={agreements.expiringWithin90}
            to={homeLinks.expiring(90)}
            color="yellow"
            testId="home-expiring-90"
          />
          <StatCard
            label={t('home.ksbWithoutPks')}
            value={agreements.ksbWithoutPks}
            to={homeLinks.ksbWithoutPks}
            color="red"
            testId="home-ksb-without-pks"
          />
          {data.evaluationsDue && (
            <StatCard
              label={t('home.evaluationsDue', { year: data.evaluationsDue.year })}
              value={data.evaluationsDue.agreements}
              to={homeLinks.health('perlu_perhatian')}
              color="yellow"
              testId="home-evaluations-due"
            />
          )}
        </SimpleGrid>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card title={t('home.actionsDueThisMonth')} testId="home-actions-due">
          {actions.dueThisMonth.byOpd.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('home.noActionsDue')}
            </Text>
          ) : (
            <Table>
              <Table.Tbody>
                {actions.dueThisMonth.byOpd.map((row) => (
                  <Table.Tr key={row.opdId}>
                    <Table.Td>{row.opdName}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor component={Link} to={homeLinks.actionsOfOpd(row.opdId)} fw={600}>
                        {row.count}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="sm" mt="sm">
            {t('home.overdueActions')}: <strong data-testid="home-overdue-actions">{actions.overdue}</strong>
          </Text>
        </Card>

        <Card title={t('home.agenda')} testId="home-agenda">
          {data.agenda.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('home.noAgenda')}
            </Text>
          ) : (
            <Stack gap="sm">
              {data.agenda.map((month) => (
                <Stack key={month.month} gap={4}>
                  <Text fw={600} size="sm">
                    {date(`${month.month}-01`).replace(/^\d+\s/, '')}
                  </Text>
                  {month.items.map((item) => (
                    <Group key={`${item.kind}-${item.id}`} gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="xs" c="dimmed" miw={88} style={noWrap} data-testid="home-date">
                        {date(item.date)}
                      </Text>
                      <Stack gap={0}>
                        <Anchor
                          component={Link}
                          size="sm"
                          to={
                            item.kind === 'agreement_expires'
                              ? homeLinks.agreement(item.id)
                              : homeLinks.action(item.id)
                          }
                        >
                          {item.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t(`home.agenda.${item.kind}`)}
                        </Text>
                      </Stack>
                    </Group>
                  ))}
                </Stack>
              ))}
            </Stack>
          )}
        </Card>

        <RecordList
          title={t('home.latestVisits')}
          items={data.latestVisits}
          link={homeLinks.visit}
          testId="home-visits"
        />
        <RecordList
          title={t('home.latestMeetings')}
          items={data.latestMeetings}
          link={homeLinks.meeting}
          testId="home-meetings"
        />
      </SimpleGrid>
    </>
  );
}

function RecordList({
  title,
  items,
  link,
  testId,
}: {
  title: string;
  items: DashboardDto['latestVisits'];
  link: (id: string) => string;
  testId: string;
}) {
  const t = useT();
  const { date } = useFormatDate();
  return (
    <Card title={title} testId={testId}>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('home.noRecords')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((item) => (
            <Group key={item.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={link(item.id)} size="sm">
                {item.title}
              </Anchor>
              <Text size="xs" c="dimmed" style={noWrap} data-testid="home-date">
                {date(item.date)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
