import { ActionIcon, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  actingKindLabels,
  actingKinds,
  labelIn,
  officeLabels,
  offices,
  type ActingKind,
  type Office,
} from '../../../domain/agreements';
import { useLang } from '../../i18n/context';

/** What every screen edits of a signatory: who signs, in which office, and in which capacity. */
export type SignatoryFields = {
  name: string;
  office: Office | '';
  actingKind: ActingKind;
};

/** The texts of a screen's signatory fields (the agreement form and the import review word them apart). */
export type SignatoryTexts = {
  name: string;
  namePlaceholder?: string;
  office: string;
  actingKind: string;
  remove: string;
};

export type SignatoryRowProps = {
  signatory: SignatoryFields;
  texts: SignatoryTexts;
  onChange: (changes: Partial<SignatoryFields>) => void;
  onRemove: () => void;
  /** The error of one of the fields, e.g. from the domain's schema. */
  errorOf?: ((field: keyof SignatoryFields) => ReactNode) | undefined;
  /** "Pj. Wali Kota, Gani Muhamad" above the fields (the import review reads the draft this way). */
  showTitle?: boolean | undefined;
  /** The review screen's small inputs. */
  compact?: boolean | undefined;
  disabled?: boolean | undefined;
  /** A further input on the row, e.g. the party the signatory signs for. */
  inline?: ReactNode;
  /** What follows the fields: position, mandate, the officials register's suggestion... */
  children?: ReactNode;
  /** The pointer entered the row (the import review highlights the signatory's evidence). */
  onActivate?: (() => void) | undefined;
  /** Prefix of the test ids: `signatory`, `signatory-name`... or `ingest-signatory`... */
  testIdPrefix?: string | undefined;
  'data-party'?: string | undefined;
};

/** One signatory: name, office, Pj./Plt./Plh., and whatever the screen adds below. */
export function SignatoryRow({
  signatory,
  texts,
  onChange,
  onRemove,
  errorOf,
  showTitle,
  compact,
  disabled,
  inline,
  children,
  onActivate,
  testIdPrefix = '',
  'data-party': dataParty,
}: SignatoryRowProps) {
  const { lang } = useLang();
  const size = compact ? 'xs' : 'sm';
  const officeLabel = signatory.office ? labelIn(officeLabels[signatory.office], lang) : '';
  const prefix = actingKindLabels[signatory.actingKind].prefix;
  return (
    <Paper
      withBorder
      p={compact ? 'xs' : 'sm'}
      data-testid={`${testIdPrefix}signatory`}
      data-party={dataParty}
      onMouseEnter={onActivate}
    >
      <Stack gap="xs">
        {showTitle && (
          <Text size="sm" fw={600} data-testid={`${testIdPrefix}signatory-title`}>
            {prefix ? `${prefix} ${officeLabel}` : officeLabel}
            {signatory.name ? `, ${signatory.name}` : ''}
          </Text>
        )}
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            label={texts.name}
            placeholder={texts.namePlaceholder}
            size={size}
            value={signatory.name}
            onChange={(event) => onChange({ name: event.currentTarget.value })}
            error={errorOf?.('name')}
            disabled={disabled}
            style={{ flex: '2 1 180px' }}
            data-testid={`${testIdPrefix}signatory-name`}
          />
          <Select
            label={texts.office}
            size={size}
            data={offices.map((office) => ({ value: office, label: labelIn(officeLabels[office], lang) }))}
            value={signatory.office || null}
            onChange={(value) =>
              onChange({ office: offices.find((office): office is Office => office === value) ?? '' })
            }
            allowDeselect={false}
            error={errorOf?.('office')}
            disabled={disabled}
            style={{ flex: '1 1 150px' }}
            data-testid={`${testIdPrefix}signatory-office`}
          />
          <Group gap="xs" align="flex-start" wrap="nowrap" style={{ flex: '1 1 180px' }}>
            <Select
              label={texts.actingKind}
              size={size}
              data={actingKinds.map((kind) => ({
                value: kind,
                label: actingKindLabels[kind].prefix
                  ? `${actingKindLabels[kind].prefix} (${labelIn(actingKindLabels[kind], lang)})`
                  : labelIn(actingKindLabels[kind], lang),
              }))}
              value={signatory.actingKind}
              onChange={(value) => {
                const kind = actingKinds.find((candidate): candidate is ActingKind => candidate === value);
                if (kind) onChange({ actingKind: kind });
              }}
              allowDeselect={false}
              error={errorOf?.('actingKind')}
              disabled={disabled}
              style={{ flex: 1 }}
              data-testid={`${testIdPrefix}signatory-acting`}
            />
            {!inline && (
              <RemoveButton label={texts.remove} onRemove={onRemove} disabled={disabled} compact={compact} />
            )}
          </Group>
          {inline && (
            <Group gap="xs" align="flex-start" wrap="nowrap" style={{ flex: '1 1 180px' }}>
              <div style={{ flex: 1 }}>{inline}</div>
              <RemoveButton label={texts.remove} onRemove={onRemove} disabled={disabled} compact={compact} />
            </Group>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function RemoveButton({
  label,
  onRemove,
  disabled,
  compact,
}: {
  label: string;
  onRemove: () => void;
  disabled?: boolean | undefined;
  compact?: boolean | undefined;
}) {
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      size={compact ? 'md' : 'lg'}
      // Level with the inputs, below their labels.
      mt={compact ? 22 : 26}
      aria-label={label}
      title={label}
      onClick={onRemove}
      disabled={disabled}
    >
      <span aria-hidden>×</span>
    </ActionIcon>
  );
}
