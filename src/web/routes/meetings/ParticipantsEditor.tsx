import { Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { InstitutionKind } from '../../../domain/records/kinds';
import { institutionKindLabels } from '../../../domain/records/meeting-labels';
import { listOpds } from '../../api/opds';
import { useApiQuery } from '../../api/use-api-query';
import { RegionSelect } from '../../components/RegionSelect';
import { useT } from '../../i18n/context';
import { useLabel } from '../agreements/shared';
import { AddItemButton, patchAt, RemoveItemButton, withoutAt } from './ListControls';

/** One participant as the form holds it. */
export type ParticipantDraft = {
  regionCode: string | null;
  institution: InstitutionKind;
  opdId: string | null;
  organizationId: string | null;
  name: string;
};

/** The bodies of a region that can take part. */
const regionInstitutions: InstitutionKind[] = ['pemda', 'opd', 'dprd'];

function OpdSelect({
  regionCode,
  value,
  onChange,
  testId,
}: {
  regionCode: string;
  value: string | null;
  onChange: (value: string | null) => void;
  testId: string;
}) {
  const t = useT();
  const opds = useApiQuery(['opds', regionCode], (signal) => listOpds(regionCode, signal));
  return (
    <Select
      label={t('mtg.field.opd')}
      searchable
      clearable
      value={value}
      onChange={onChange}
      data={(opds.data?.items ?? []).map((opd) => ({ value: opd.id, label: opd.name }))}
      data-testid={testId}
    />
  );
}

/**
 * Who took part: regions (their pemda, one of their OPD or their DPRD) or institutions named in words.
 * `errors` holds messages by row index, from the server's issues.
 */
export function ParticipantsEditor({
  value,
  onChange,
  errors,
}: {
  value: ParticipantDraft[];
  onChange: (value: ParticipantDraft[]) => void;
  errors: Record<number, string>;
}) {
  const t = useT();
  const label = useLabel();
  const update = (index: number, patch: Partial<ParticipantDraft>) => onChange(patchAt(value, index, patch));
  const add = (draft: ParticipantDraft) => onChange([...value, draft]);
  return (
    <Stack gap="xs">
      {value.map((participant, index) => {
        const named = participant.regionCode === null && participant.institution === 'lainnya';
        const itemLabel = t('field.item.participants', { n: index + 1 });
        return (
          <Paper key={index} withBorder p="sm" data-testid="participant-row">
            <Group align="flex-end" gap="sm" wrap="wrap">
              {named ? (
                <TextInput
                  label={t('mtg.field.name')}
                  placeholder={t('mtg.field.namePlaceholder')}
                  value={participant.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  style={{ flex: '1 1 240px' }}
                  data-testid={`participant-name-${index}`}
                />
              ) : (
                <>
                  <RegionSelect
                    label={t('mtg.field.region')}
                    value={participant.regionCode}
                    onChange={(code) => update(index, { regionCode: code, opdId: null })}
                    style={{ flex: '1 1 220px' }}
                    data-testid={`participant-region-${index}`}
                  />
                  <Select
                    label={t('mtg.field.institution')}
                    value={participant.institution}
                    allowDeselect={false}
                    onChange={(kind) =>
                      update(index, { institution: (kind ?? 'pemda') as InstitutionKind, opdId: null })
                    }
                    data={regionInstitutions.map((kind) => ({
                      value: kind,
                      label: label(institutionKindLabels[kind]),
                    }))}
                    style={{ flex: '0 1 200px' }}
                    data-testid={`participant-institution-${index}`}
                  />
                  {participant.institution === 'opd' && participant.regionCode && (
                    <OpdSelect
                      regionCode={participant.regionCode}
                      value={participant.opdId}
                      onChange={(opdId) => update(index, { opdId })}
                      testId={`participant-opd-${index}`}
                    />
                  )}
                </>
              )}
              <RemoveItemButton
                label={t('mtg.removeItem', { item: itemLabel })}
                onClick={() => onChange(withoutAt(value, index))}
              />
            </Group>
            {errors[index] && (
              <Text size="xs" c="red" mt={4} role="alert">
                {errors[index]}
              </Text>
            )}
          </Paper>
        );
      })}
      <Group gap="xs">
        <AddItemButton
          label={t('mtg.add.region')}
          onClick={() =>
            add({ regionCode: null, institution: 'pemda', opdId: null, organizationId: null, name: '' })
          }
          testId="participant-add-region"
        />
        <AddItemButton
          label={t('mtg.add.named')}
          onClick={() =>
            add({ regionCode: null, institution: 'lainnya', opdId: null, organizationId: null, name: '' })
          }
          testId="participant-add-named"
        />
      </Group>
    </Stack>
  );
}
