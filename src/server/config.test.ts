import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiPort, ConfigError, configWarnings, loadConfig, redactUrlPasswords } from './config.js';

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
      LOG_FORMAT: 'auto',
      database: 'pglite',
    });
  });

  it('takes PGlite shared buffers as a size, 16MB by default', () => {
    expect(loadConfig({}).PGLITE_SHARED_BUFFERS).toBe('16MB');
    expect(loadConfig({ PGLITE_SHARED_BUFFERS: '128MB' }).PGLITE_SHARED_BUFFERS).toBe('128MB');
    for (const value of ['128', '0MB', '128 MB', '128MB; drop table users'])
      expect(() => loadConfig({ PGLITE_SHARED_BUFFERS: value }), value).toThrow(/PGLITE_SHARED_BUFFERS/);
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

  it('accepts an smtp:// or smtps:// SMTP_URL and refuses anything else', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail.example.go.id:587' }).SMTP_URL).toBe(
      'smtp://u:p@mail.example.go.id:587',
    );
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example.go.id' }).SMTP_URL).toBe(
      'smtps://mail.example.go.id',
    );
    expect(loadConfig({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    for (const bad of ['mail.example.go.id', 'http://mail.example.go.id', 'smtp://', 'smtp:no-host'])
      expect(() => loadConfig({ SMTP_URL: bad }), bad).toThrow(/SMTP_URL/);
  });

  it('never prints a password from an invalid URL', () => {
    const attempt = () =>
      loadConfig({
        DATABASE_URL: 'mysql://sinergi:s3cret-pw@db.example/sinergi',
        PUBLIC_URL: 'ftp//u:hunter2@x',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL \("mysql:\/\/sinergi:\*\*\*@db\.example\/sinergi"\)/);
    expect(attempt).not.toThrow(/s3cret-pw/);
  });
});

describe('redactUrlPasswords', () => {
  it('removes the password of every URL and keeps the rest', () => {
    expect(redactUrlPasswords('postgresql://u:p%40ss@h:5432/db and https://a:b@x.test/y')).toBe(
      'postgresql://u:***@h:5432/db and https://a:***@x.test/y',
    );
    expect(redactUrlPasswords('postgresql://u@h/db')).toBe('postgresql://u@h/db');
    expect(redactUrlPasswords('postgresql://u:p@ss@h/db')).toBe('postgresql://u:***@h/db');
    expect(redactUrlPasswords('postgresql://:only-password@h/db')).toBe('postgresql://:***@h/db');
  });
});

describe('apiPort', () => {
  it('follows PORT, with the default when unset or invalid', () => {
    expect(apiPort({ PORT: '4123' })).toBe(4123);
    expect(apiPort({})).toBe(3000);
    expect(apiPort({ PORT: 'abc', LOG_LEVEL: 'loud' })).toBe(3000);
  });
});

describe('configWarnings', () => {
  it('warns outside development when PUBLIC_URL is missing', () => {
    for (const NODE_ENV of ['production', 'test']) {
      const warnings = configWarnings(loadConfig({ NODE_ENV }));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/PUBLIC_URL is not set/);
    }
  });

  it('stays quiet in development, and when PUBLIC_URL is set', () => {
    expect(configWarnings(loadConfig({ NODE_ENV: 'development' }))).toEqual([]);
    expect(configWarnings(loadConfig({}))).toEqual([]);
    expect(
      configWarnings(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://sinergi.go.id' })),
    ).toEqual([]);
  });
});

describe('TRUST_PROXY_HOPS', () => {
  it('defaults to one proxy and refuses zero', () => {
    expect(loadConfig({}).TRUST_PROXY_HOPS).toBe(1);
    expect(loadConfig({ TRUST_PROXY_HOPS: '2' }).TRUST_PROXY_HOPS).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '0' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
