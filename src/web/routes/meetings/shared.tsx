import { Badge, Group, Text, type BadgeProps } from '@mantine/core';
import { regionByCode } from '../../../domain/regions';
import { meetingKindLabels } from '../../../domain/records/meeting-labels';
import type { MeetingKind } from '../../../domain/records/kinds';
import { useLabel } from '../agreements/shared';

/** A region's name from the bundled reference data (its code when unknown). */
export function regionName(code: string): string {
  return regionByCode(code)?.name ?? code;
}

/** Audiensi, rapat koordinasi ...: the kind of a meeting as a badge. */
export function MeetingKindBadge({ kind, ...props }: { kind: MeetingKind } & BadgeProps) {
  const label = useLabel();
  return (
    <Badge variant="light" color={kind === 'audiensi' ? 'sinergi' : 'grape'} {...props}>
      {label(meetingKindLabels[kind])}
    </Badge>
  );
}

/** The regions taking part, as names. */
export function RegionNames({ codes }: { codes: readonly string[] }) {
  return (
    <Group gap={4} wrap="wrap">
      {codes.map((code, index) => (
        <Text key={code} size="sm" span>
          {regionName(code)}
          {index < codes.length - 1 ? ',' : ''}
        </Text>
      ))}
    </Group>
  );
}
