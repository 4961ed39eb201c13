import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSinkOptions {
  /** Answer the first n messages with a temporary error (DATA rejected), to test retries. */
  rejectFirst?: number;
  /** SMTP reply code for rejected messages (default 451: try again later). */
  rejectCode?: number;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every accepted message, parsed by mailparser, in arrival order. */
  mails: ParsedMail[];
  /** Messages answered with an error (see rejectFirst). */
  rejected(): number;
  /** The first mail (already there or still to come) that matches; fails after timeoutMs. */
  waitFor(predicate?: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on a free loopback port that keeps what it receives: plain SMTP (no
 * STARTTLS), any or no authentication. tools/services/smtp-sink.mjs is its twin for `npm start`
 * (tools cannot import libraries).
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const mails: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  let received = 0;
  let rejected = 0;

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'sink' }),
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received += 1;
        if (received <= (options.rejectFirst ?? 0)) {
          rejected += 1;
          const error = Object.assign(new Error('Sink rejects this message on purpose, try again later'), {
            responseCode: options.rejectCode ?? 451,
          });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            mails.push(mail);
            for (const wake of waiters) wake();
            callback(null, 'queued by the sink');
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const waitFor = (predicate: (mail: ParsedMail) => boolean = () => true, timeoutMs = 10_000): Promise<ParsedMail> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = mails.find(predicate);
        if (!found) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`No matching mail within ${timeoutMs} ms (${mails.length} received)`));
      }, timeoutMs);
      const wake = () => void check();
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(wake);
      };
      waiters.add(wake);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    rejected: () => rejected,
    waitFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first recipient's address of a received mail. */
export function recipientOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? '';
}

/** The first http(s) link in the mail's text part that contains `fragment`; fails naming the links found. */
export function linkIn(mail: ParsedMail, fragment: string): string {
  const links = (mail.text ?? '').match(/https?:\/\/[^\s>)\]]+/g) ?? [];
  const link = links.find((candidate) => candidate.includes(fragment));
  if (!link) throw new Error(`no link with "${fragment}" in the mail "${mail.subject}": ${links.join(', ')}`);
  return link;
}
