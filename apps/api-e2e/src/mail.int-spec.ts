import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppConfig, ConfigModule } from '@knotenpunkt/api/core/config';
import { DatabaseModule } from '@knotenpunkt/api/core/database';
import {
  MailModule,
  MailOutboxService,
  MailSendHandler,
  composeMail,
  defineMailTemplate,
  mailAction,
  mailJobId,
} from '@knotenpunkt/api/core/mail';
import { JobProducer, QueueModule } from '@knotenpunkt/api/core/queue';
import { WorkerModule } from '@knotenpunkt/api/bootstrap';
import {
  createTestDatabase,
  eventually,
  queryAs,
  startSmtpSink,
  testConfig,
  type SmtpSink,
  type TestDatabase,
} from '@knotenpunkt/api/core/testing';

/** The example a context would write (real templates live in their contexts). */
const welcome = defineMailTemplate({
  name: 'example.welcome',
  params: z.object({ name: z.string().min(1), link: z.url() }),
  render: (p, locale, ctx) =>
    composeMail(
      {
        locale,
        subject: locale === 'de' ? `Willkommen, ${p.name}` : `Welcome, ${p.name}`,
        blocks: [
          locale === 'de' ? `Hallo ${p.name}, bitte bestätigen Sie Ihre Adresse.` : `Hello ${p.name}, please confirm your address.`,
          mailAction(locale === 'de' ? 'Adresse bestätigen' : 'Confirm address', p.link),
        ],
      },
      ctx,
    ),
});

const PUBLIC_BASE_URL = 'https://knotenpunkt.example';
const FAST_RELAY = { everyMs: 500, minAgeMs: 1000 };

interface OutboxRow {
  status: string;
  attempts: number;
  params: unknown;
  message_id: string | null;
  sent_at: Date | null;
  last_error: string | null;
}

let counter = 0;
const recipient = () => `person-${Date.now().toString(36)}-${++counter}@example.org`;
const recipientOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The api side of mail: what ApiModule wires (outbox only) plus a context's templates. */
async function startProducer(config: AppConfig): Promise<INestApplicationContext> {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot('mail-test-producer'),
      QueueModule.forRoot({ connectionName: 'mail-test-producer' }),
      MailModule.forRoot(),
      MailModule.forFeature([welcome]),
    ],
  })
  class Producer {}
  return NestFactory.createApplicationContext(Producer, { logger: false });
}

/** The real worker composition root with the context's templates added, as a context module would. */
async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const livenessFile = join(mkdtempSync(join(tmpdir(), 'kp-mail-')), 'worker.alive');
  @Module({ imports: [WorkerModule.forRoot(config, { livenessFile, mailRelay: FAST_RELAY }), MailModule.forFeature([welcome])] })
  class TestWorker {}
  const app = await NestFactory.createApplicationContext(TestWorker, { logger: false });
  app.enableShutdownHooks();
  await app.init();
  return app;
}

async function setUp(sinkOptions: Parameters<typeof startSmtpSink>[0] = {}) {
  const db = await createTestDatabase();
  const sink = await startSmtpSink(sinkOptions);
  const config = testConfig(db, { SMTP_URL: sink.url, PUBLIC_BASE_URL });
  const producer = await startProducer(config);
  const worker = await startWorker(config);
  return { db, sink, config, producer, worker };
}

describe('transactional mail with a real worker, PostgreSQL, Redis and SMTP sink', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let config: AppConfig;
  let producer: INestApplicationContext;
  let worker: INestApplicationContext;
  let outbox: MailOutboxService;
  let dataSource: DataSource;

  const row = async (id: string) =>
    (await queryAs<OutboxRow>(db.ownerUrl, 'SELECT status, attempts, params, message_id, sent_at, last_error FROM mail_outbox WHERE id = $1', [id]))[0];
  const mailsTo = (to: string) => sink.mails.filter((mail) => recipientOf(mail) === to);

  /** What a context does: the mail goes into the outbox in the business transaction, dispatch after commit. */
  const sendWelcome = async (to: string, name = 'Ada') => {
    const mail = await dataSource.transaction((manager) =>
      outbox.enqueue(manager, { to, template: welcome, locale: 'de', params: { name, link: `${PUBLIC_BASE_URL}/konto/bestaetigen?token=t0k3n&x=1` } }),
    );
    await outbox.dispatch(mail.id);
    return mail.id;
  };

  beforeAll(async () => {
    ({ db, sink, config, producer, worker } = await setUp());
    outbox = producer.get(MailOutboxService);
    dataSource = producer.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await producer?.close();
    await sink?.stop();
    await db?.drop();
  });

  it('a queued mail arrives once, as the template rendered it, and its params are purged', async () => {
    const to = recipient();
    const id = await sendWelcome(to, 'Ada <Admin> & Co');
    const mail = await sink.waitFor((m) => recipientOf(m) === to);

    expect(mail.subject).toBe('Willkommen, Ada <Admin> & Co');
    expect(mail.messageId).toBe(`<${id}@knotenpunkt.example>`);
    expect(config.MAIL_FROM).toBe('Knotenpunkt <no-reply@knotenpunkt.localhost>');
    expect(mail.from?.value).toEqual([{ name: 'Knotenpunkt', address: 'no-reply@knotenpunkt.localhost' }]);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.text).toContain('Hallo Ada <Admin> & Co, bitte bestätigen Sie Ihre Adresse.');
    expect(mail.text).toContain(`Adresse bestätigen:\n${PUBLIC_BASE_URL}/konto/bestaetigen?token=t0k3n&x=1`);
    expect(mail.html).toContain('<html lang="de" dir="ltr">');
    expect(mail.html).toContain('Hallo Ada &lt;Admin&gt; &amp; Co');
    expect(mail.html).toContain(`href="${PUBLIC_BASE_URL}/konto/bestaetigen?token=t0k3n&amp;x=1"`);

    const stored = await eventually(async () => {
      const current = await row(id);
      return current?.status === 'sent' ? current : undefined;
    }, 5000, 'row marked sent');
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, params: {}, message_id: `<${id}@knotenpunkt.example>`, last_error: null });
    expect(stored.sent_at).toBeInstanceOf(Date);
    await sleep(1500); // relay runs in between
    expect(mailsTo(to)).toHaveLength(1);
  });

  it('the same job enqueued twice, and the handler run again or concurrently, send one mail', async () => {
    const to = recipient();
    const id = await sendWelcome(to);
    await outbox.dispatch([id, id]);
    await producer.get(JobProducer).enqueue('mail.send', { mailId: id }, { jobId: mailJobId(id) });
    await sink.waitFor((m) => recipientOf(m) === to);
    await eventually(async () => ((await row(id))?.status === 'sent' ? true : undefined), 5000, 'row marked sent');
    const handler = worker.get(MailSendHandler);
    await expect(handler.handle({ mailId: id }, { attempt: 1, maxAttempts: 8 })).resolves.toEqual({ result: 'skipped', reason: 'already sent' });

    // Two runs at the same moment (no dispatch: the relay would only add a third one).
    const raced = recipient();
    const racedId = await dataSource.transaction((manager) =>
      outbox.enqueue(manager, { to: raced, template: welcome, locale: 'en', params: { name: 'Grace', link: `${PUBLIC_BASE_URL}/x` } }),
    );
    const results = await Promise.all([
      handler.handle({ mailId: racedId.id }, { attempt: 1, maxAttempts: 8 }),
      handler.handle({ mailId: racedId.id }, { attempt: 1, maxAttempts: 8 }),
    ]);
    expect(results.map((r) => r.result).sort()).toEqual(['sent', 'skipped']);
    await sleep(2000);
    expect(mailsTo(to)).toHaveLength(1);
    expect(mailsTo(raced)).toHaveLength(1);
    expect(mailsTo(raced)[0]?.subject).toBe('Welcome, Grace');
  });

  it('a pending row without a job is sent by the relay', async () => {
    const to = recipient();
    // As if Redis had been down at commit time: a row, no job.
    const [inserted] = await queryAs<{ id: string }>(
      db.appUrl,
      `INSERT INTO mail_outbox (recipient, template, locale, params) VALUES ($1, 'example.welcome', 'en', $2::jsonb) RETURNING id`,
      [to, JSON.stringify({ name: 'Lin', link: `${PUBLIC_BASE_URL}/y` })],
    );
    const mail = await sink.waitFor((m) => recipientOf(m) === to, 15_000);
    expect(mail.messageId).toBe(`<${inserted?.id}@knotenpunkt.example>`);
    await eventually(async () => ((await row(inserted?.id ?? ''))?.status === 'sent' ? true : undefined), 5000, 'row marked sent');
  });

  it('a job that ran before the commit (dispatch too early) is replaced by the relay; still one mail', async () => {
    const to = recipient();
    const id = await dataSource.transaction(async (manager) => {
      const mail = await outbox.enqueue(manager, { to, template: welcome, locale: 'de', params: { name: 'Eda', link: `${PUBLIC_BASE_URL}/z` } });
      await outbox.dispatch(mail.id); // wrong place: the worker cannot see the row yet
      await sleep(1000);
      return mail.id;
    });
    await sink.waitFor((m) => recipientOf(m) === to, 15_000);
    await sleep(1500);
    expect(mailsTo(to)).toHaveLength(1);
    expect((await row(id))?.status).toBe('sent');
  });

  it('a rolled-back transaction sends nothing, even when its mail was dispatched', async () => {
    const to = recipient();
    let id = '';
    await expect(
      dataSource.transaction(async (manager) => {
        id = (await outbox.enqueue(manager, { to, template: welcome, locale: 'de', params: { name: 'Bo', link: `${PUBLIC_BASE_URL}/n` } })).id;
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await outbox.dispatch(id);
    await sleep(2500); // the job and a few relay runs
    expect(mailsTo(to)).toHaveLength(0);
    expect(await row(id)).toBeUndefined();
  });

  it('the application role may read, write and update the outbox, but not delete from it', async () => {
    await expect(queryAs(db.appUrl, 'DELETE FROM mail_outbox')).rejects.toThrow(/permission denied/);
  });
});

describe('transactional mail when the SMTP server refuses the first attempt', () => {
  let env: Awaited<ReturnType<typeof setUp>>;

  beforeAll(async () => {
    env = await setUp({ rejectFirst: 1 });
  });

  afterAll(async () => {
    await env?.worker.close();
    await env?.producer.close();
    await env?.sink.stop();
    await env?.db.drop();
  });

  it('retries with back-off and delivers exactly one mail', async () => {
    const to = recipient();
    const outbox = env.producer.get(MailOutboxService);
    const mail = await env.producer
      .get(DataSource)
      .transaction((manager) => outbox.enqueue(manager, { to, template: welcome, locale: 'en', params: { name: 'Ida', link: `${PUBLIC_BASE_URL}/r` } }));
    await outbox.dispatch(mail.id);

    const pending = await eventually(async () => {
      const [current] = await queryAs<OutboxRow>(env.db.ownerUrl, 'SELECT status, attempts, last_error FROM mail_outbox WHERE id = $1', [mail.id]);
      return current && current.attempts === 1 ? current : undefined;
    }, 5000, 'first attempt recorded');
    expect(pending.status).toBe('pending');
    expect(pending.last_error).toMatch(/451/);

    await env.sink.waitFor((m) => recipientOf(m) === to, 20_000);
    const sent = await eventually(async () => {
      const [current] = await queryAs<OutboxRow>(env.db.ownerUrl, 'SELECT status, attempts, params FROM mail_outbox WHERE id = $1', [mail.id]);
      return current?.status === 'sent' ? current : undefined;
    }, 5000, 'row marked sent');
    expect(sent).toEqual({ status: 'sent', attempts: 2, params: {} });
    await sleep(1500);
    expect(env.sink.rejected()).toBe(1);
    expect(env.sink.mails.filter((m) => recipientOf(m) === to)).toHaveLength(1);
  });
});
