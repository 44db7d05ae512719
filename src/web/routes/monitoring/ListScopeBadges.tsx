import { Badge, CloseButton, Group } from '@mantine/core';
import { useT } from '../../i18n/context';

type Flag = 'own' | 'ksbWithoutPks' | 'awaitingMyConfirmation';
const flags: readonly Flag[] = ['own', 'ksbWithoutPks', 'awaitingMyConfirmation'];

/** The filters a home page number set on the agreements list, each removable. */
export function ListScopeBadges(props: Record<Flag, boolean> & { onRemove: (flag: Flag) => void }) {
  const t = useT();
  const active = flags.filter((flag) => props[flag]);
  if (active.length === 0) return null;
  return (
    <Group gap="xs" data-testid="list-scope-badges">
      {active.map((flag) => (
        <Badge
          key={flag}
          variant="light"
          size="lg"
          tt="none"
          rightSection={
            <CloseButton size="xs" aria-label={t('agr.clearFilters')} onClick={() => props.onRemove(flag)} />
          }
        >
          {t(`agr.filter.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
