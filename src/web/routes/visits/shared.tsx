import { Badge, type BadgeProps } from '@mantine/core';
import { institutionKindLabels, visitKindLabels } from '../../../domain/records/visit-labels';
import { visitKinds, type VisitKind } from '../../../domain/records/kinds';
import type { ParticipantDto } from '../../api/visits';
import { useRegionName } from '../../components/RegionSelect';
import { useLabel } from '../agreements/shared';

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
