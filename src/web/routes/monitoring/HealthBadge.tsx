import { Badge, List, Stack, Text } from '@mantine/core';
import type { Health, HealthReason } from '../../api/monitoring';
import { useT, type Translate } from '../../i18n/context';

export const healthColors: Record<Health, string> = {
  aktif: 'teal',
  perlu_perhatian: 'yellow',
  dorman: 'red',
  berakhir: 'gray',
};

/** A health reason in words ("KSB tanpa PKS sejak 14 bulan"). */
export function reasonText(t: Translate, reason: HealthReason): string {
  if (reason.code === 'EXPIRES_SOON' && reason.params.days === 0) return t('health.reason.EXPIRES_TODAY');
  return t(`health.reason.${reason.code}`, reason.params as Record<string, string | number>);
}

/** The health of an agreement as a coloured badge; its reasons as the tooltip text. */
export function HealthBadge({ health, reasons = [] }: { health: Health; reasons?: readonly HealthReason[] }) {
  const t = useT();
  const title = reasons.map((reason) => reasonText(t, reason)).join('; ');
  return (
    <Badge color={healthColors[health]} variant="light" title={title || undefined} data-testid="health-badge">
      {t(`health.${health}`)}
    </Badge>
  );
}

/** The health with every reason in words, for the agreement's page. */
export function HealthSummary({ health, reasons }: { health: Health; reasons: readonly HealthReason[] }) {
  const t = useT();
  return (
    <Stack gap={6} data-testid="agreement-health">
      <Text size="sm" fw={600}>
        {t('health.section')}: <HealthBadge health={health} reasons={reasons} />
      </Text>
      {reasons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('health.noReasons')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {reasons.map((reason) => (
            <List.Item key={reason.code} data-testid={`health-reason-${reason.code}`}>
              {reasonText(t, reason)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
