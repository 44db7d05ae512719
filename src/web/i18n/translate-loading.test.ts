import { expect, it, vi } from 'vitest';

it('loads English on demand and speaks Indonesian, never a raw key, until it is there', async () => {
  // Unit files share one module graph per worker (vitest.config.ts), so another file may have loaded
  // English already: this test takes a fresh copy of the module, as a new page load would.
  vi.resetModules();
  const { loadDictionary, loadedDictionary, translate } = await import('./translate');
  expect(loadedDictionary('id')).toBeDefined();
  expect(loadedDictionary('en')).toBeUndefined();
  expect(translate('en', 'nav.wilayah')).toBe('Wilayah');
  const en = await loadDictionary('en');
  expect(loadedDictionary('en')).toBe(en);
  expect(translate('en', 'app.subtitle')).toBe('Inter-regional Government Cooperation Information System');
  expect(await loadDictionary('en')).toBe(en);
});
