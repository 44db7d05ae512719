import { Badge, Group, Paper, Text, Title, Tooltip, type BadgeProps } from '@mantine/core';
import { useCallback, type ReactNode } from 'react';
import {
  documentTypeLabels,
  effectiveStatusLabels,
  isInForceStage,
  labelIn,
  stageLabels,
  type DocumentType,
  type EffectiveStatus,
  type Label,
  type Stage,
} from '../../../domain/agreements';
import { isSectorKey, sectorLabel } from '../../../domain/taxonomy/sectors';
import type { ConfirmationsDto } from '../../api/agreements';
import { useLang, useT } from '../../i18n/context';
import { formatDateTime } from '../../i18n/date-time';
export { issueText } from '../../i18n/issue-text';
import { useAuth } from '../../auth/auth-context';

/** The label of a domain value ({id, en}) in the current language. */
export function useLabel(): (label: Label) => string {
  const { lang } = useLang();
  return useCallback((label: Label) => labelIn(label, lang), [lang]);
}

/** Label of a sector key; an unknown key (removed from the taxonomy) shows as is. */
export function useSectorLabel(): (key: string) => string {
  const { lang } = useLang();
  return useCallback((key: string) => (isSectorKey(key) ? sectorLabel(key, lang) : key), [lang]);
}

/**
 * Formats an ISO date (YYYY-MM-DD or a timestamp) as "7 Agustus 2024" / "7 August 2024"; with
 * `withTime`, a timestamp also shows its time on the reader's regional clock ("14.05 WITA").
 */
export function useFormatDate(): (iso: string | null | undefined, withTime?: boolean) => string {
  const { lang } = useLang();
  const regionCode = useAuth().user?.regionCode ?? null;
  return useCallback(
    (iso: string | null | undefined, withTime = false) =>
      formatDateTime(iso, lang, regionCode, { time: withTime, month: 'long' }),
    [lang, regionCode],
  );
}

/** Today in WIB (UTC+7), the server's calendar for stage dates. */
export function todayWib(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const documentTypeColors: Record<DocumentType, string> = {
  kesepakatan_bersama: 'sinergi',
  perjanjian_kerja_sama: 'grape',
  nota_kesepahaman: 'cyan',
  addendum: 'orange',
  perpanjangan: 'teal',
  pengakhiran: 'red',
};

/** KSB, PKS, MoU...: the short name of the document type, with the full name as tooltip. */
export function DocumentTypeBadge({ type, ...props }: { type: DocumentType } & BadgeProps) {
  const label = useLabel();
  return (
    <Tooltip label={label(documentTypeLabels[type])} withArrow>
      <Badge
        variant="light"
        radius="sm"
        color={documentTypeColors[type]}
        tt="none"
        style={{ flexShrink: 0 }}
        data-testid="agreement-doctype"
        {...props}
      >
        {documentTypeLabels[type].short}
      </Badge>
    </Tooltip>
  );
}

function statusColor(status: EffectiveStatus): string {
  if (status === 'kedaluwarsa') return 'red';
  if (status === 'berakhir' || status === 'diakhiri') return 'gray';
  if (status === 'diperpanjang') return 'teal';
  if (isInForceStage(status)) return 'green';
  return 'yellow';
}

/** The effective status: the stage, or Kedaluwarsa when the validity has passed. */
export function StatusBadge({ status, ...props }: { status: EffectiveStatus } & BadgeProps) {
  const label = useLabel();
  const text =
    status === 'kedaluwarsa' ? label(effectiveStatusLabels.kedaluwarsa) : label(stageLabels[status as Stage]);
  return (
    <Badge
      variant="dot"
      radius="sm"
      color={statusColor(status)}
      tt="none"
      data-testid="agreement-status"
      data-status={status}
      {...props}
    >
      {text}
    </Badge>
  );
}

/** The acting-signatory flag (Pj./Plt./Plh.). */
export function ActingBadge(props: BadgeProps) {
  const t = useT();
  return (
    <Tooltip label={t('agr.actingHint')} withArrow multiline w={260}>
      <Badge
        variant="filled"
        color="orange"
        radius="sm"
        tt="none"
        style={{ flexShrink: 0 }}
        data-testid="agreement-acting"
        {...props}
      >
        {t('agr.acting')}
      </Badge>
    </Tooltip>
  );
}

/** "dikonfirmasi 1 dari 2 pihak", green once every party confirmed. */
export function ConfirmationText({ confirmations }: { confirmations: ConfirmationsDto }) {
  const t = useT();
  const complete = confirmations.total > 0 && confirmations.confirmed === confirmations.total;
  return (
    <Group gap={4} wrap="nowrap">
      <Text span size="xs" c={complete ? 'green.8' : 'orange.8'} aria-hidden>
        {complete ? '✔' : '◔'}
      </Text>
      <Text span size="xs" c={complete ? 'green.8' : 'dimmed'} data-testid="agreement-confirmations">
        {t('agr.confirmations', confirmations)}
      </Text>
    </Group>
  );
}

/** A titled panel of the detail page. */
export function Card({
  title,
  aside,
  testId,
  children,
}: {
  title: string;
  aside?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="md" gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
