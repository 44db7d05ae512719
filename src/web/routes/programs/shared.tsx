import { Anchor, Badge, Progress, Stack, Text, type BadgeProps } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ProgramStatus } from '../../../domain/records/kinds';
import { programKindLabels, programStatusLabels } from '../../../domain/records/program-labels';
import type { ProgramListItemDto } from '../../api/programs';
import { RecordTable } from '../../components/RecordTable';
import { useLang, useT } from '../../i18n/context';
import { useLabel } from '../agreements/shared';
import { formatPercent, formatRupiah } from './format';

const statusColors: Record<ProgramStatus, string> = {
  rencana: 'gray',
  berjalan: 'blue',
  selesai: 'green',
  outstanding: 'orange',
  batal: 'red',
};

export function ProgramStatusBadge({ status, ...props }: { status: ProgramStatus } & BadgeProps) {
  const label = useLabel();
  return (
    <Badge variant="light" radius="sm" tt="none" color={statusColors[status]} {...props}>
      {label(programStatusLabels[status])}
    </Badge>
  );
}

/** Formatters of amounts in the reader's language. */
export function useMoney() {
  const { lang } = useLang();
  return {
    rupiah: (amount: number) => formatRupiah(amount, lang),
    percent: (value: number | null) => formatPercent(value, lang),
  };
}

/** Programs as a table: title and kind, funder → recipient, status, budget, realisation, progress. */
export function ProgramTable({
  items,
  dimmed = false,
}: {
  items: readonly ProgramListItemDto[];
  dimmed?: boolean;
}) {
  const t = useT();
  const label = useLabel();
  const money = useMoney();
  return (
    <RecordTable
      records={items}
      rowKey={(item) => item.id}
      rowProps={(item) => ({ 'data-testid': 'program-row', 'data-id': item.id })}
      minWidth={760}
      dimmed={dimmed}
      highlightOnHover
      columns={[
        {
          header: t('prog.col.title'),
          cell: (item) => (
            <Stack gap={2}>
              <Anchor component={Link} to={`/program/${item.id}`} fw={600} size="sm">
                {item.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {label(programKindLabels[item.kind])}
                {item.location ? ` · ${item.location}` : ''}
              </Text>
            </Stack>
          ),
        },
        {
          header: t('prog.col.parties'),
          cell: (item) => (
            <Text size="sm">
              {item.funderName ?? '—'} → {item.recipientName ?? '—'}
            </Text>
          ),
        },
        {
          header: t('prog.col.status'),
          cell: (item) => <ProgramStatusBadge status={item.status} style={{ minWidth: 'max-content' }} />,
        },
        {
          header: t('prog.col.budget'),
          cell: (item) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {money.rupiah(item.totalBudget)}
            </Text>
          ),
        },
        {
          header: t('prog.col.realisation'),
          cell: (item) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {money.rupiah(item.totalRealisation)}{' '}
              <Text span size="xs" c="dimmed">
                ({money.percent(item.realisationPercent)})
              </Text>
            </Text>
          ),
        },
        {
          header: t('prog.col.progress'),
          cell: (item) => (
            <Stack gap={2} miw={80}>
              <Text size="xs">{money.percent(item.physicalProgress)}</Text>
              <Progress value={item.physicalProgress} size="sm" aria-label={t('prog.col.progress')} />
            </Stack>
          ),
        },
      ]}
    />
  );
}
