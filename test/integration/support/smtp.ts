import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it. */
export type ReceivedMail = { to: string[]; subject: string; text: string; raw: string };

export type TestSmtp = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves when at least `count` messages arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

/** Undoes quoted-printable soft breaks and escapes (Nodemailer's encoding of long or non-ASCII lines). */
function decodeQuotedPrintable(text: string): string {
  return Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/**
 * A real SMTP server in the test process (the `smtp-server` package, no authentication, no TLS) that
 * keeps every message it accepted. Port 0 picks a free port; a given port lets a test start the
 * server where the app already points (SMTP down, then up).
 */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
        const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
        const subject = subjectLine
          .replace(/\r?\n[ \t]/g, ' ')
          .replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_, encoded: string) =>
            decodeQuotedPrintable(encoded.replace(/_/g, ' ')),
          )
          .replace(/\?=\s+=\?/g, '');
        const body = rest.join('\n\n');
        messages.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          subject,
          text: /quoted-printable/i.test(head) ? decodeQuotedPrintable(body) : body,
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    async waitFor(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} messages, received ${messages.length} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local port nothing listens on (taken from a server that is closed again). */
export async function freePort(): Promise<number> {
  const smtp = await startSmtp();
  await smtp.close();
  return smtp.port;
}
