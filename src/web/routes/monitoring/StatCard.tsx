import { Paper, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useLang } from '../../i18n/context';

/** One number of the home page, linking to the filtered list behind it. */
export function StatCard({
  label,
  value,
  to,
  color,
  testId,
}: {
  label: string;
  value: number;
  to: string;
  color?: string;
  testId: string;
}) {
  const { formatNumber } = useLang();
  return (
    <Paper
      component={Link}
      to={to}
      withBorder
      p="sm"
      data-testid={testId}
      style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}
    >
      <Text fz={28} fw={700} c={value > 0 ? color : 'dimmed'} lh={1.2}>
        {formatNumber(value)}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  );
}
