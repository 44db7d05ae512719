import { Button, Group, Paper, Table, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a {@link RecordTable}: its header and what a record shows in it. */
export type RecordColumn<T> = { header: ReactNode; cell: (record: T) => ReactNode };

/** A button in a record's actions column (edit, delete ...). */
export type RecordAction = { label: string; onClick: () => void; testId: string; color?: string };

/** Attributes of a record's row, `data-*` ones included (test ids, values a test reads). */
export type RecordRowProps = TableTrProps & Partial<Record<`data-${string}`, string>>;

/**
 * The admin pages' table of records: bordered, scrolling sideways on narrow screens, dimmed while
 * the next answer loads, with an optional actions column of small buttons on the right.
 */
export function RecordTable<T>({
  records,
  rowKey,
  rowProps,
  columns,
  actions,
  actionsHeader,
  minWidth,
  dimmed = false,
  highlightOnHover = false,
}: {
  records: readonly T[];
  rowKey: (record: T) => string;
  rowProps?: (record: T) => RecordRowProps;
  columns: readonly RecordColumn<T>[];
  /** The buttons of a record's row; without it the table has no actions column. */
  actions?: (record: T) => RecordAction[];
  actionsHeader?: ReactNode;
  /** Below this width (px) the table scrolls instead of squeezing its columns. */
  minWidth: number;
  dimmed?: boolean;
  highlightOnHover?: boolean;
}) {
  return (
    <Paper withBorder style={{ overflow: 'hidden', opacity: dimmed ? 0.6 : 1 }}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table highlightOnHover={highlightOnHover} verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              {columns.map((column, index) => (
                <Table.Th key={index}>{column.header}</Table.Th>
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
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {actions(record).map((action) => (
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
