import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { regionByCode } from '../../../domain/regions';
import { listRegions } from '../../api/regions';
import { listAgreements, listOrganizations } from '../../api/agreements';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/context';

export type Option = { value: string; label: string };

type RemoteSelectProps = Omit<
  SelectProps,
  'data' | 'onChange' | 'value' | 'searchValue' | 'onSearchChange'
> & {
  value: string | null;
  onChange: (value: string | null, option: Option | null) => void;
  /** Label of the current value when it is not among the search results (e.g. read from the URL). */
  selectedLabel?: string | null;
  /** Distinguishes the cache of different pickers. */
  source: string;
  fetchOptions: (search: string, signal: AbortSignal) => Promise<Option[]>;
  /** Shown under the options, e.g. "add a new organisation". */
  footer?: ReactNode;
};

/**
 * A searchable select whose options come from the API as the user types (regions, organisations,
 * agreements): the server searches, the select shows what it answers.
 */
export function RemoteSelect({
  value,
  onChange,
  selectedLabel,
  source,
  fetchOptions,
  nothingFoundMessage,
  ...props
}: RemoteSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // Searching for the label of the chosen value would list only itself: show the first page instead.
  const term = selectedLabel && debounced === selectedLabel ? '' : debounced;
  const results = useApiQuery(['remote-select', source, term], (signal) => fetchOptions(term, signal));
  const options = [...(results.data ?? results.lastData ?? [])];
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: selectedLabel ?? value });
  }
  return (
    <Select
      {...props}
      searchable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) =>
        onChange(next, option ? { value: option.value, label: option.label } : null)
      }
      filter={({ options: all }) => all}
      nothingFoundMessage={
        results.loading ? t('common.loading') : (nothingFoundMessage ?? t('agr.filter.none'))
      }
      rightSection={results.loading && search ? <Loader size="xs" /> : undefined}
    />
  );
}

/** Autonomous regions (provinces, kabupaten, kota) by name, e.g. for parties and filters. */
export function fetchRegionOptions(search: string, signal: AbortSignal): Promise<Option[]> {
  return listRegions({ q: search.trim() || undefined, pageSize: 20 }, signal).then((page) =>
    page.items
      .filter((region) => region.autonomous)
      .map((region) => ({ value: region.code, label: region.name })),
  );
}

/** The name of a region code from the bundled catalogue (labels of values read from the URL). */
export function regionName(code: string | null | undefined): string | null {
  if (!code) return null;
  return regionByCode(code)?.name ?? code;
}

/** A region picker over /api/regions?q=. */
export function RegionSelect(props: Omit<RemoteSelectProps, 'source' | 'fetchOptions' | 'selectedLabel'>) {
  return (
    <RemoteSelect
      {...props}
      source="regions"
      fetchOptions={fetchRegionOptions}
      selectedLabel={regionName(props.value)}
    />
  );
}

/** An organisation picker over /api/organizations?q=. */
export function OrganizationSelect(props: Omit<RemoteSelectProps, 'source' | 'fetchOptions'>) {
  return (
    <RemoteSelect
      {...props}
      source="organizations"
      fetchOptions={(search, signal) =>
        listOrganizations({ q: search.trim() || undefined, pageSize: 20 }, signal).then((page) =>
          page.items.map((organization) => ({ value: organization.id, label: organization.name })),
        )
      }
    />
  );
}

/** An agreement picker (parent documents), limited to some document types. */
export function AgreementSelect({
  documentTypes,
  excludeId,
  ...props
}: Omit<RemoteSelectProps, 'source' | 'fetchOptions'> & {
  documentTypes: readonly string[];
  excludeId?: string;
}) {
  return (
    <RemoteSelect
      {...props}
      source={`agreements:${documentTypes.join(',')}`}
      fetchOptions={async (search, signal) => {
        const pages = await Promise.all(
          documentTypes.map((documentType) =>
            listAgreements(
              {
                q: search.trim() || undefined,
                documentType: documentType as never,
                pageSize: 20,
                sort: search.trim() ? 'relevance' : '-updatedAt',
              },
              signal,
            ),
          ),
        );
        return pages
          .flatMap((page) => page.items)
          .filter((item) => item.id !== excludeId)
          .map((item) => ({
            value: item.id,
            label: `${item.title}${item.signingDate ? ` (${item.signingDate})` : ''}`,
          }));
      }}
    />
  );
}
