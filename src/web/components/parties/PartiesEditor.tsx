import { Button, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SignatoryRow, type SignatoryFields, type SignatoryTexts } from './SignatoryRow';

/** Where a signatory sits: its party's index and its own under that party; null for no party. */
export type SignatoryPlace = { party: number; index: number } | null;

export type PartiesEditorProps<P, S extends SignatoryFields> = {
  parties: readonly P[];
  partyKey: (party: P) => string;
  signatoriesOf: (party: P) => readonly S[];
  signatoryKey: (signatory: S) => string;
  /** The party itself: its title, region or organisation, remove button (the screen's own fields). */
  renderParty: (party: P, index: number) => ReactNode;
  /** What the screen edits per party after its signatories (rights, obligations, financing...). */
  renderPartyFooter?: ((party: P, index: number) => ReactNode) | undefined;
  /** Attributes of a party's card (test ids...). */
  partyAttributes?: ((party: P, index: number) => Record<string, string>) | undefined;
  /** The heading over a party's signatories. */
  signatoriesTitle: (party: P, index: number) => ReactNode;
  /** Signatories the screen holds that sign for no party (yet), listed after the parties. */
  unassigned?: { title: ReactNode; hint: ReactNode; signatories: readonly S[] } | undefined;
  onSignatoryChange: (signatory: S, changes: Partial<SignatoryFields>, place: SignatoryPlace) => void;
  onSignatoryRemove: (signatory: S, place: SignatoryPlace) => void;
  onSignatoryAdd: (party: P, index: number) => void;
  /** What a screen adds to a signatory: a field on its row, and lines under it. */
  renderSignatory?:
    ((signatory: S, place: SignatoryPlace) => { inline?: ReactNode; children?: ReactNode }) | undefined;
  signatoryError?:
    ((signatory: S, field: keyof SignatoryFields, place: SignatoryPlace) => ReactNode) | undefined;
  texts: SignatoryTexts & { add: string };
  /** Shown when there is no party. */
  empty?: ReactNode;
  /** After the parties: buttons to add one. */
  footer?: ReactNode;
  /** The review screen's dense layout; it also titles each signatory ("Pj. Wali Kota, …"). */
  compact?: boolean | undefined;
  disabled?: boolean | undefined;
  /** The pointer entered a party's card or a signatory (the import review highlights the evidence). */
  onPartyActivate?: ((party: P) => void) | undefined;
  onSignatoryActivate?: ((signatory: S) => void) | undefined;
  /** '' for the agreement form (`party-card`, `signatory`...), 'ingest-' for the review. */
  testIdPrefix?: string | undefined;
};

/**
 * The parties of an agreement and the signatories of each, as the agreement form and the import review
 * both edit them: one card per party (the screen renders the party's own fields), its signatories with
 * name, office and acting status, and a button to add one. What only one screen has (financing, the
 * officials register's suggestion, evidence highlighting) comes in through the render props.
 */
export function PartiesEditor<P, S extends SignatoryFields>({
  parties,
  partyKey,
  signatoriesOf,
  signatoryKey,
  renderParty,
  renderPartyFooter,
  partyAttributes,
  signatoriesTitle,
  unassigned,
  onSignatoryChange,
  onSignatoryRemove,
  onSignatoryAdd,
  renderSignatory,
  signatoryError,
  texts,
  empty,
  footer,
  compact,
  disabled,
  onPartyActivate,
  onSignatoryActivate,
  testIdPrefix = '',
}: PartiesEditorProps<P, S>) {
  const row = (signatory: S, place: SignatoryPlace, party: string) => {
    const extra = renderSignatory?.(signatory, place) ?? {};
    return (
      <SignatoryRow
        key={signatoryKey(signatory)}
        signatory={signatory}
        texts={texts}
        onChange={(changes) => onSignatoryChange(signatory, changes, place)}
        onRemove={() => onSignatoryRemove(signatory, place)}
        errorOf={signatoryError ? (field) => signatoryError(signatory, field, place) : undefined}
        showTitle={compact}
        compact={compact}
        disabled={disabled}
        inline={extra.inline}
        onActivate={onSignatoryActivate ? () => onSignatoryActivate(signatory) : undefined}
        testIdPrefix={testIdPrefix}
        data-party={party}
      >
        {extra.children}
      </SignatoryRow>
    );
  };

  return (
    <Stack gap={compact ? 'xs' : 'md'}>
      {parties.length === 0 && empty}
      {parties.map((party, partyIndex) => {
        const key = partyKey(party);
        return (
          <Paper
            key={key}
            withBorder
            p={compact ? 'xs' : 'md'}
            bg="gray.0"
            {...partyAttributes?.(party, partyIndex)}
            // React runs the enter handlers from the outside in: the signatory pointed at, inside its
            // party's card, activates last and wins (so no handler may stop the event).
            onMouseEnter={onPartyActivate ? () => onPartyActivate(party) : undefined}
          >
            <Stack gap={compact ? 6 : 'sm'}>
              {renderParty(party, partyIndex)}
              <Stack gap={6} data-testid={`${testIdPrefix}signatory-group`} data-party={key}>
                {compact ? (
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                    {signatoriesTitle(party, partyIndex)}
                  </Text>
                ) : (
                  <Text size="sm" fw={600} mt="xs">
                    {signatoriesTitle(party, partyIndex)}
                  </Text>
                )}
                {signatoriesOf(party).map((signatory, index) =>
                  row(signatory, { party: partyIndex, index }, key),
                )}
                <Button
                  variant="subtle"
                  size={compact ? 'compact-xs' : 'compact-sm'}
                  onClick={() => onSignatoryAdd(party, partyIndex)}
                  disabled={disabled}
                  style={{ alignSelf: 'flex-start' }}
                >
                  + {texts.add}
                </Button>
              </Stack>
              {renderPartyFooter?.(party, partyIndex)}
            </Stack>
          </Paper>
        );
      })}
      {unassigned && unassigned.signatories.length > 0 && (
        <Stack gap={6} data-testid={`${testIdPrefix}signatories-unassigned`}>
          <Text size="xs" fw={600} c="orange.8" tt="uppercase">
            {unassigned.title}
          </Text>
          <Text size="xs" c="orange.8">
            {unassigned.hint}
          </Text>
          {unassigned.signatories.map((signatory) => row(signatory, null, ''))}
        </Stack>
      )}
      {footer}
    </Stack>
  );
}
