import { expect, it } from 'vitest';
import { loadDictionary, loadedDictionary, translate } from './translate';

it('loads English on demand and speaks Indonesian, never a raw key, until it is there', async () => {
  expect(loadedDictionary('id')).toBeDefined();
  expect(loadedDictionary('en')).toBeUndefined();
  expect(translate('en', 'nav.wilayah')).toBe('Wilayah');
  const en = await loadDictionary('en');
  expect(loadedDictionary('en')).toBe(en);
  expect(translate('en', 'app.subtitle')).toBe('Inter-regional Government Cooperation Information System');
  expect(await loadDictionary('en')).toBe(en);
});
