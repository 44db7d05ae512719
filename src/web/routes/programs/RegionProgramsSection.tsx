import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { listPrograms } from '../../api/programs';
import { useApiQuery } from '../../api/use-api-query';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { ProgramTable, useMoney } from './shared';

const shown = 5;

/** "Program didanai / diterima" on a region's page: what it funds and what it receives. */
export function RegionProgramsSection({ regionCode }: { regionCode: string }) {
  const t = useT();
  return (
    <Section title={t('prog.region.title')} testId="region-programs">
      <Stack gap="lg">
        <RoleList regionCode={regionCode} role="funder" title={t('prog.region.funded')} />
        <RoleList regionCode={regionCode} role="recipient" title={t('prog.region.received')} />
      </Stack>
    </Section>
  );
}

function RoleList({
  regionCode,
  role,
  title,
}: {
  regionCode: string;
  role: 'funder' | 'recipient';
  title: string;
}) {
  const t = useT();
  const money = useMoney();
  const query = { region: regionCode, role, pageSize: shown };
  const programs = useApiQuery(['programs', 'region', regionCode, role], (signal) =>
    listPrograms(query, signal),
  );
  const page = programs.data;
  const budget = page?.items.reduce((sum, item) => sum + item.totalBudget, 0) ?? 0;
  return (
    <Stack gap="xs" data-testid={`region-programs-${role}`}>
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5">
          {title} ({page?.total ?? 0})
        </Title>
        {page && page.total > 0 && (
          <Anchor component={Link} size="sm" to={`/program?region=${regionCode}&role=${role}`}>
            {t('prog.region.all')}
          </Anchor>
        )}
      </Group>
      {page && page.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('prog.region.empty')}
        </Text>
      )}
      {page && page.items.length > 0 && (
        <>
          <ProgramTable items={page.items} />
          {page.total <= shown && (
            <Text size="xs" c="dimmed">
              {t('prog.col.budget')}: {money.rupiah(budget)}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
