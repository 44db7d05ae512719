import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('accepts .env.example as shipped', () => {
    const env = parseEnv(fs.readFileSync(path.resolve(import.meta.dirname, '../../.env.example'), 'utf8'));
    const config = loadConfig(env);
    expect(config).toMatchObject({ PORT: 3000, database: 'pglite', WORKER: true, DATABASE_URL: undefined });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
  });

  it('defaults everything', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      database: 'pglite',
    });
  });

  it('selects PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h/db' }).database).toBe('postgresql');
  });

  it('names every bad variable at once', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'not a url' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'PUBLIC_URL']) expect(message).toContain(name);
  });
});
