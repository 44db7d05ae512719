import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { getRegion, listRegions } from '../api/regions';
import type { RegionDto } from '../api/types';
import type { RegionLevel } from '../../domain/regions/region';
import { useApiQuery } from '../api/use-api-query';
import { useT } from '../i18n/context';

const searchDelayMs = 250;

/**
 * A searchable region picker over /api/regions?q= (names, common names and codes). The value is
 * the Kemendagri code. The server does the matching, so the list is shown as answered.
 */
export function RegionSelect({
  value,
  onChange,
  level,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter'> & {
  value: string | null;
  onChange: (code: string | null) => void;
  /** Offer only regions of this level (a provincial oversight user picks a province). */
  level?: RegionLevel | undefined;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), searchDelayMs);
  const results = useApiQuery(['region-select', level ?? '', query], (signal) =>
    listRegions({ q: query || undefined, level, pageSize: 20 }, signal),
  );
  const selected = useApiQuery(value ? ['region', value] : null, (signal) => getRegion(value ?? '', signal));

  const regions = useMemo(() => {
    const byCode = new Map<string, RegionDto>();
    if (selected.data) byCode.set(selected.data.code, selected.data);
    for (const region of (results.data ?? results.lastData)?.items ?? []) byCode.set(region.code, region);
    return byCode;
  }, [results.data, results.lastData, selected.data]);

  return (
    <Select
      placeholder={t('form.regionPlaceholder')}
      nothingFoundMessage={results.loading ? t('common.loading') : t('form.regionNone')}
      {...props}
      searchable
      value={value}
      onChange={(code) => onChange(code)}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...regions.values()].map((region) => ({ value: region.code, label: region.name }))}
      // The server has already matched the search (including codes and common names).
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const region = regions.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {region?.provinceName ? `${region.provinceName} · ${region.code}` : region?.code}
            </Text>
          </Group>
        );
      }}
    />
  );
}

/*
 * Region names never change while the page is open; one request per code is enough even when a
 * table shows the same region on every row.
 */
const regionNames = new Map<string, Promise<string>>();

function regionName(code: string): Promise<string> {
  let name = regionNames.get(code);
  if (!name) {
    name = getRegion(code).then((region) => region.name);
    // A failed lookup may succeed later; do not remember it.
    name.catch(() => regionNames.delete(code));
    regionNames.set(code, name);
  }
  return name;
}

/** The name of a region by code ("Kota Bekasi"), or the code until it is known. */
export function useRegionName(code: string | null | undefined): string | undefined {
  const name = useApiQuery(code ? ['region-name', code] : null, () => regionName(code ?? ''));
  if (!code) return undefined;
  return name.data ?? code;
}

/** A region's name by code, for tables. */
export function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}
