import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';

/** One e-mail as the notifications send it: plain text, one recipient. */
export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/**
 * The SMTP transport of SMTP_URL (Nodemailer), or null when e-mail is off. A refusal or an
 * unreachable server rejects `send`, and the send job retries it with backoff.
 */
export function createMailer(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): Mailer | null {
  if (!config.SMTP_URL) return null;
  // A pool of connections (unless the URL says otherwise): a sweep sends many messages at once.
  const url = new URL(config.SMTP_URL);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport: Transporter = nodemailer.createTransport(url.toString(), { from: config.MAIL_FROM });
  return {
    async send(message) {
      await transport.sendMail({ from: config.MAIL_FROM, ...message });
    },
    close() {
      transport.close();
    },
  };
}
