import { Badge, Group, Stack, Text, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { institutionKindLabels, visitKindLabels } from '../../../domain/records/visit-labels';
import { visitKinds, type VisitKind } from '../../../domain/records/kinds';
import type { ParticipantDto } from '../../api/visits';
import { useRegionName } from '../../components/RegionSelect';
import { useLabel, useSectorLabel } from '../agreements/shared';

/** Kunjungan kerja, studi banding ...: the kind of a visit as a badge. */
export function VisitKindBadge({ kind, ...props }: { kind: string } & BadgeProps) {
  const label = useLabel();
  const known = (visitKinds as readonly string[]).includes(kind);
  return (
    <Badge variant="light" color="teal" {...props}>
      {known ? label(visitKindLabels[kind as VisitKind]) : kind}
    </Badge>
  );
}

/** A visitor in words: its own name ("DPRD Kabupaten Bekasi"), else its region with its institution. */
export function ParticipantName({ participant }: { participant: ParticipantDto }) {
  const label = useLabel();
  const region = useRegionName(participant.regionCode);
  if (participant.name) return <>{participant.name}</>;
  if (!region) return <>{label(institutionKindLabels[participant.institution])}</>;
  return (
    <>
      {participant.institution === 'pemda'
        ? region
        : `${label(institutionKindLabels[participant.institution])} ${region}`}
    </>
  );
}

/** "16 Januari 2025" or "2–3 Maret 2026" style: the start, and the end when it differs. */
export function dateRange(format: (iso: string) => string, start: string | null, end: string | null): string {
  if (!start) return '';
  return end && end !== start ? `${format(start)} – ${format(end)}` : format(start);
}

/** A good practice: its topic, sector and description, and below them what `children` adds. */
export function GoodPracticeItem({
  practice,
  children,
  testId,
}: {
  practice: { topic: string; description: string | null; sector: string | null };
  children?: ReactNode;
  testId?: string;
}) {
  const sectorLabel = useSectorLabel();
  return (
    <Stack gap={2} data-testid={testId}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {practice.topic}
        </Text>
        {practice.sector && (
          <Badge variant="light" size="sm">
            {sectorLabel(practice.sector)}
          </Badge>
        )}
      </Group>
      {practice.description && (
        <Text size="sm" c="dimmed">
          {practice.description}
        </Text>
      )}
      {children}
    </Stack>
  );
}
