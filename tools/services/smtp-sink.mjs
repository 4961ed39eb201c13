// Local SMTP sink for `npm start`: a real SMTP server (npm smtp-server) on 127.0.0.1 that keeps
// every mail as .eml and prints one line per mail (recipient, subject, links in the text part),
// so the verification link of a new account is one click away. Delivers nothing.
// Its twin for tests is startSmtpSink() in libs/api/core/testing (tools cannot import libraries).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const LINK = /https?:\/\/[^\s<>"'\])]+/g;

/** Starts the sink on `port` (127.0.0.1), storing mails in `dir`; `log(line)` gets one line per mail. */
export async function startSmtpSink({ port, dir, log = console.log }) {
  const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]);
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    // The api's SMTP_URL is smtp://: no TLS upgrade, so no certificate to trust.
    disabledCommands: ['STARTTLS'],
    size: 25 * 1024 * 1024,
    logger: false,
    closeTimeout: 1000,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'dev' }),
    onData: (stream, session, callback) => {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address);
        const name = `${new Date().toISOString().replace(/:/g, '-')}-${safeName(to.join(','))}.eml`;
        try {
          writeFileSync(join(dir, name), raw);
          const mail = await simpleParser(raw);
          const links = [...new Set((mail.text ?? '').match(LINK) ?? [])];
          log(`to ${to.join(', ')}  "${mail.subject ?? ''}"${links.length ? `  ${links.join('  ')}` : ''}  (${relative(process.cwd(), join(dir, name))})`);
          callback(null, 'kept by the local sink');
        } catch (error) {
          log(`could not keep a mail to ${to.join(', ')}: ${error.message}`);
          callback(error);
        }
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = server.server.address().port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function safeName(value) {
  return value.replace(/[^A-Za-z0-9@._+-]/g, '_').slice(0, 100) || 'unknown';
}
