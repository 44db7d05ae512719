import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A sober, government-appropriate palette: a deep teal-blue as the primary colour, system fonts only
 * (nothing is downloaded at run time), rounded but not playful corners.
 */
const sinergi: MantineColorsTuple = [
  '#e6f6f8',
  '#cfe9ed',
  '#a0d2da',
  '#6cbac6',
  '#43a5b5',
  '#2898aa',
  '#1590a4',
  '#007d90',
  '#006f80',
  '#005f6f',
];

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** The Mantine theme of the Sinergi UI. */
export const theme = createTheme({
  primaryColor: 'sinergi',
  primaryShade: 7,
  colors: { sinergi },
  fontFamily: systemFonts,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: systemFonts,
    fontWeight: '650',
    // A page title grows with the screen: 34 px on a laptop, about 28 px on a phone, where a
    // record's long title at 34 px took six lines of the first screen.
    sizes: { h1: { fontSize: 'clamp(1.625rem, 1rem + 3vw, 2.125rem)' } },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
