import { expect, it } from 'vitest';
import { checkPasswordPolicy } from './passwords';

it('refuses common passwords from the zxcvbn list and the local list, also with digits appended', () => {
  for (const password of ['password123', 'Iloveyou12345', 'sinergi123', 'bismillah2024', 'Indonesia1945']) {
    expect(checkPasswordPolicy(password), password).toBe('PASSWORD_COMMON');
  }
  expect(checkPasswordPolicy('kerja sama antar daerah bekasi')).toBeNull();
});
