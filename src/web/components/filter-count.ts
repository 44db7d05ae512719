/**
 * How many filters of a list are in force, read from its address: every parameter with a value,
 * except those that only page, sort or choose a view (`page`, `sort` ... as the page names them).
 * A page shows the count on its folded filter panel and words its empty list by it.
 */
export function activeFilterCount(params: URLSearchParams, notFilters: readonly string[] = []): number {
  const ignored = new Set(['page', ...notFilters]);
  const names = new Set<string>();
  for (const [name, value] of params) {
    if (!ignored.has(name) && value.trim() !== '') names.add(name);
  }
  return names.size;
}
