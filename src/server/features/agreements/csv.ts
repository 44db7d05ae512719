/** CSV for spreadsheets: RFC 4180 quoting, CRLF lines, a UTF-8 byte order mark so Excel reads UTF-8. */

export const utf8Bom = '\uFEFF';

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is prefixed
 * with an apostrophe: an exported title must never execute in the reader's Excel.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
