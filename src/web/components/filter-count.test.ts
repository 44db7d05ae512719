import { describe, expect, it } from 'vitest';
import { activeFilterCount } from './filter-count';

describe('activeFilterCount', () => {
  it('counts the parameters with a value, once each', () => {
    expect(activeFilterCount(new URLSearchParams('region=35&kind=mou&region=36'))).toBe(2);
  });

  it('does not count paging, the named view parameters or empty values', () => {
    expect(activeFilterCount(new URLSearchParams('page=3'))).toBe(0);
    expect(activeFilterCount(new URLSearchParams('q=&year='))).toBe(0);
    expect(activeFilterCount(new URLSearchParams('q=%20'))).toBe(0);
    expect(activeFilterCount(new URLSearchParams('sort=-signingDate&q=air&page=2'), ['sort'])).toBe(1);
  });
});
