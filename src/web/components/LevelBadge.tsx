import { Badge, type BadgeProps } from '@mantine/core';
import type { RegionLevel } from '../../domain/regions/region';
import { useT } from '../i18n/context';

const levelColors: Record<RegionLevel, string> = {
  provinsi: 'indigo',
  kabupaten: 'teal',
  kota: 'orange',
};

/** The level of a region (Provinsi / Kabupaten / Kota) as a coloured badge. */
export function LevelBadge({
  level,
  ...props
}: { level: RegionLevel } & Omit<BadgeProps, 'color' | 'children'>) {
  const t = useT();
  return (
    <Badge variant="light" color={levelColors[level]} radius="sm" {...props}>
      {t(`level.${level}`)}
    </Badge>
  );
}
