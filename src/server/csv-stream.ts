import type { Context } from 'hono';
import { stream } from 'hono/streaming';

/**
 * Answers a CSV export as a download named `<name>-<today>.csv`, streamed chunk by chunk. The first
 * chunk is produced before the answer starts, so a refusal or a failed query still answers with its
 * own status rather than a broken download.
 */
export async function streamCsv(c: Context, name: string, chunks: AsyncGenerator<string>): Promise<Response> {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header(
    'Content-Disposition',
    `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
  );
  c.header('Cache-Control', 'no-store');
  const first = await chunks.next();
  return stream(c, async (out) => {
    if (!first.done) await out.write(first.value);
    for await (const chunk of chunks) await out.write(chunk);
  });
}
