import { describe, expect, it } from 'vitest';
import { userRegionLevel } from './roles';

describe('userRegionLevel', () => {
  it('offers only provinces to a provincial oversight user', () => {
    expect(userRegionLevel('oversight')).toBe('provinsi');
    expect(userRegionLevel('region_admin')).toBeUndefined();
    expect(userRegionLevel('viewer')).toBeUndefined();
  });
});
