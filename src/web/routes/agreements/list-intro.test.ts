import { describe, expect, it } from 'vitest';
import { listIntroKey } from './list-intro';

describe('listIntroKey', () => {
  it('says "your region" only to the users of a region', () => {
    expect(listIntroKey(null)).toBe('agr.intro.public');
    expect(listIntroKey({ role: 'oversight', regionCode: '32' })).toBe('agr.intro.oversight');
    expect(listIntroKey({ role: 'oversight', regionCode: null })).toBe('agr.intro.national');
    expect(listIntroKey({ role: 'system_admin', regionCode: null })).toBe('agr.intro.national');
    expect(listIntroKey({ role: 'region_admin', regionCode: '32.75' })).toBe('agr.intro');
    expect(listIntroKey({ role: 'viewer', regionCode: '35.73' })).toBe('agr.intro');
  });
});
