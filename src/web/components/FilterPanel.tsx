import { Badge, Button, Collapse, Paper, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/context';
import { useNarrowScreen } from './use-narrow-screen';

/**
 * The search and filters of a list page, in their bordered panel. On a phone they filled the whole
 * first screen before any record, so there they fold behind one button that counts the filters in
 * force ("Cari & filter 2"); on a wider screen they are always open.
 */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const t = useT();
  const narrow = useNarrowScreen();
  const [open, setOpen] = useState(false);
  const panel = (
    <Paper withBorder p={{ base: 'sm', xs: 'md' }} data-testid="filter-panel">
      {children}
    </Paper>
  );
  if (!narrow) return panel;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        rightSection={
          active > 0 ? (
            <Badge size="sm" circle data-testid="filter-count">
              {active}
            </Badge>
          ) : undefined
        }
        style={{ alignSelf: 'flex-start' }}
        data-testid="filter-toggle"
      >
        {open ? t('filters.hide') : t('filters.show')}
      </Button>
      <Collapse expanded={open}>{panel}</Collapse>
    </Stack>
  );
}
