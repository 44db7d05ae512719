import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, prettyLogs, type LogOutput } from './logger';

/** A stream that collects what is written, claiming to be a terminal or not. */
function capture(isTTY: boolean): { output: LogOutput; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY });
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { output: stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('prints readable, coloured lines on a terminal', async () => {
    const { output, text } = capture(true);
    createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: 'auto' }, output).info(
      { requestId: 'r-1' },
      'server listening',
    );
    await new Promise((resolve) => setImmediate(resolve));
    const line = text();
    expect(line).toMatch(/\d\d:\d\d:\d\d\.\d{3}/);
    expect(line).toContain('INFO');
    expect(line).toContain('server listening');
    expect(line).toContain('requestId');
    expect(line).toContain('\u001b[');
    expect(() => JSON.parse(line)).toThrow();
  });

  it('prints JSON lines when the output is not a terminal, or when LOG_FORMAT=json', async () => {
    for (const [isTTY, format] of [
      [false, 'auto'],
      [true, 'json'],
    ] as const) {
      const { output, text } = capture(isTTY);
      createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: format }, output).info({ requestId: 'r-2' }, 'hello');
      await new Promise((resolve) => setImmediate(resolve));
      expect(JSON.parse(text())).toMatchObject({ level: 30, requestId: 'r-2', msg: 'hello' });
    }
  });

  it('chooses the format from LOG_FORMAT and the terminal', () => {
    expect(prettyLogs('auto', { isTTY: true } as LogOutput)).toBe(true);
    expect(prettyLogs('auto', { isTTY: undefined } as LogOutput)).toBe(false);
    expect(prettyLogs('pretty', { isTTY: false } as LogOutput)).toBe(true);
    expect(prettyLogs('json', { isTTY: true } as LogOutput)).toBe(false);
  });
});
