import { Badge } from '@mantine/core';
import type { Role } from '../auth/roles';
import { useT } from '../i18n/context';

const roleColors: Record<Role, string> = {
  system_admin: 'grape',
  region_admin: 'sinergi',
  reviewer: 'indigo',
  opd_officer: 'teal',
  oversight: 'orange',
  viewer: 'gray',
};

/** A user's role as a coloured label in the UI language. */
export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  return (
    <Badge variant="light" color={roleColors[role]} tt="none" miw="max-content">
      {t(`role.${role}`)}
    </Badge>
  );
}
