import { Box, Button, Group, Paper, Stack, Table, Text, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNarrowScreen } from './use-narrow-screen';

/**
 * One column of a {@link RecordTable}: its header, what a record shows in it and, optionally, its
 * width on wide screens.
 */
export type RecordColumn<T> = { header: ReactNode; cell: (record: T) => ReactNode; width?: number };

/** A button in a record's actions column (edit, delete ...). */
export type RecordAction = { label: string; onClick: () => void; testId: string; color?: string };

/** Attributes of a record's row, `data-*` ones included (test ids, values a test reads). */
export type RecordRowProps = TableTrProps & Partial<Record<`data-${string}`, string>>;

type RecordTableProps<T> = {
  records: readonly T[];
  rowKey: (record: T) => string;
  rowProps?: (record: T) => RecordRowProps;
  columns: readonly RecordColumn<T>[];
  /** The buttons of a record's row; without it the table has no actions column. */
  actions?: (record: T) => RecordAction[];
  actionsHeader?: ReactNode;
  /** Below this width (px) a wide screen's table scrolls instead of squeezing its columns. */
  minWidth: number;
  dimmed?: boolean;
  highlightOnHover?: boolean;
};

/**
 * The table of records of the admin pages and the audit trail: bordered, dimmed while the next
 * answer loads, with an optional actions column of small buttons on the right. On a phone it is a
 * stack of cards instead (the first column as the card's heading, each other column as a labelled
 * line): a table of many columns there scrolls sideways with rows a screen tall. A card carries its
 * row's `data-*` attributes and class, so tests and styles find it the same way.
 */
export function RecordTable<T>(props: RecordTableProps<T>) {
  return useNarrowScreen() ? <RecordCards {...props} /> : <WideRecordTable {...props} />;
}

function WideRecordTable<T>({
  records,
  rowKey,
  rowProps,
  columns,
  actions,
  actionsHeader,
  minWidth,
  dimmed = false,
  highlightOnHover = false,
}: RecordTableProps<T>) {
  return (
    <Paper withBorder style={{ overflow: 'hidden', opacity: dimmed ? 0.6 : 1 }}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table highlightOnHover={highlightOnHover} verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              {columns.map((column, index) => (
                <Table.Th key={index} w={column.width}>
                  {column.header}
                </Table.Th>
              ))}
              {actions && <Table.Th ta="right">{actionsHeader}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((record) => (
              <Table.Tr key={rowKey(record)} {...rowProps?.(record)}>
                {columns.map((column, index) => (
                  <Table.Td key={index}>{column.cell(record)}</Table.Td>
                ))}
                {actions && (
                  <Table.Td>
                    <RecordActions actions={actions(record)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function RecordCards<T>({
  records,
  rowKey,
  rowProps,
  columns,
  actions,
  dimmed = false,
}: RecordTableProps<T>) {
  const [heading, ...lines] = columns;
  return (
    <Stack gap="xs" style={{ opacity: dimmed ? 0.6 : 1 }} data-layout="cards">
      {records.map((record) => (
        <Paper key={rowKey(record)} withBorder p="sm" {...cardAttributes(rowProps?.(record))}>
          <Stack gap={6}>
            {heading && <Box>{heading.cell(record)}</Box>}
            {lines.map((column, index) => (
              <Box key={index}>
                {column.header && (
                  <Text size="xs" c="dimmed" fw={600}>
                    {column.header}
                  </Text>
                )}
                {column.cell(record)}
              </Box>
            ))}
            {actions && <RecordActions actions={actions(record)} />}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The `data-*` attributes and class of a row, for its card. */
function cardAttributes(props: RecordRowProps | undefined): Record<string, unknown> {
  if (!props) return {};
  return Object.fromEntries(
    Object.entries(props).filter(([name]) => name.startsWith('data-') || name === 'className'),
  );
}

function RecordActions({ actions }: { actions: RecordAction[] }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {actions.map((action) => (
        <Button
          key={action.testId}
          size="compact-sm"
          variant="subtle"
          color={action.color}
          onClick={action.onClick}
          data-testid={action.testId}
        >
          {action.label}
        </Button>
      ))}
    </Group>
  );
}
