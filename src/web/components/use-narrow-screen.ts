import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True on a screen narrower than the theme's `sm` breakpoint (a phone), where tables become
 * cards. Read on the first render (the UI is never rendered on a server), so a phone never shows
 * the table for a moment before its cards.
 */
export function useNarrowScreen(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(max-width: calc(${theme.breakpoints.sm} - 0.1px))`, false, {
    getInitialValueInEffect: false,
  });
}
