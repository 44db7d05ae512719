import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ProgramParentType } from '../../../domain/records/kinds';
import { listPrograms } from '../../api/programs';
import { useApiQuery } from '../../api/use-api-query';
import { useAuth } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Section } from '../../components/Section';
import { useT } from '../../i18n/context';
import { ProgramTable, useMoney } from './shared';

/**
 * The programs carried out under an agreement or a meeting, with their budget in total, and a button
 * to record one more under it. One line on the agreement and meeting detail pages.
 */
export function ProgramsSection({
  parentType,
  parentId,
}: {
  parentType: ProgramParentType;
  parentId: string;
}) {
  const t = useT();
  const auth = useAuth();
  const money = useMoney();
  const query = { parentType, parentId, pageSize: 50 };
  const programs = useApiQuery(['programs', parentType, parentId], (signal) => listPrograms(query, signal));
  const items = programs.data?.items ?? [];
  const budget = items.reduce((sum, item) => sum + item.totalBudget, 0);
  return (
    <Section
      title={t('prog.section.title')}
      testId="programs-section"
      action={
        auth.can('record:create') ? (
          <Button
            size="compact-sm"
            variant="light"
            component={Link}
            to={`/program/baru?parentType=${parentType}&parentId=${parentId}`}
            data-testid="programs-section-add"
          >
            {t('prog.section.add')}
          </Button>
        ) : undefined
      }
    >
      {programs.error && <ApiErrorAlert error={programs.error} />}
      {programs.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('prog.section.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack gap="xs">
          <ProgramTable items={items} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('prog.count', { count: programs.data?.total ?? items.length })} · {money.rupiah(budget)}
            </Text>
            <Anchor component={Link} size="sm" to={`/program?parentType=${parentType}&parentId=${parentId}`}>
              {t('prog.region.all')}
            </Anchor>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
