import type { CSSProperties } from 'react';
import type { MessageKey } from '../../i18n/id';
import { draftFields, type DraftField } from './draft';

/** One Mantine colour per field, shared by the highlight in the text and the border of its field. */
const fieldColors: Record<DraftField, string> = {
  eventType: 'grape',
  interRegional: 'gray',
  documentTypes: 'violet',
  title: 'gray',
  date: 'orange',
  place: 'teal',
  parties: 'blue',
  officials: 'pink',
  sectors: 'green',
  organizations: 'cyan',
  commitments: 'yellow',
  projects: 'lime',
};

/** True for an evidence key the form knows (the extractor may add keys later). */
export function isDraftField(field: string): field is DraftField {
  return (draftFields as readonly string[]).includes(field);
}

/** The colour variables of a field (`--ingest-color`, `--ingest-bg`, `--ingest-strong`), for ingest.css. */
export function fieldStyle(field: string): CSSProperties {
  const color = isDraftField(field) ? fieldColors[field] : 'gray';
  return {
    '--ingest-color': `var(--mantine-color-${color}-6)`,
    '--ingest-bg': `var(--mantine-color-${color}-0)`,
    '--ingest-strong': `var(--mantine-color-${color}-2)`,
  } as CSSProperties;
}

/** The label key of a field; unknown evidence keys have none. */
export function fieldLabelKey(field: string): MessageKey | null {
  return isDraftField(field) ? `ingest.field.${field}` : null;
}

/** A confidence (0..1) as a percentage, "95%". */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Badge colour of a confidence: green when sure, yellow when fair, red when a guess. */
export function confidenceColor(confidence: number): string {
  if (confidence >= 0.8) return 'green';
  if (confidence >= 0.6) return 'yellow';
  return 'red';
}
