import { Global, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { JobProducer } from '@knotenpunkt/api/core/queue';
import { composeMail, mailAction } from './mail-html';
import { defineMailTemplate } from './mail-template';
import { MailParamsError, MailTemplateError, MailTemplateRegistry } from './mail-template.registry';
import { MailOutboxService } from './mail-outbox.service';
import { MailModule } from './mail.module';

const welcome = defineMailTemplate({
  name: 'example.welcome',
  params: z.object({ name: z.string().min(1), link: z.url() }),
  render: (p, locale) => composeMail({ locale, subject: `Willkommen, ${p.name}`, blocks: [mailAction('Los', p.link)] }),
});
const dated = defineMailTemplate({
  name: 'example.dated',
  params: z.object({ at: z.date() }),
  render: (p, locale) => composeMail({ locale, subject: p.at.toISOString(), blocks: [] }),
});

function fakeManager() {
  const calls: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: jest.fn(async (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      return [{ id: '6f1d2c3b-0000-4000-8000-000000000001' }];
    }),
  };
  return { manager: manager as unknown as EntityManager, calls };
}

function service(enqueue: JobProducer['enqueue'] = jest.fn(async () => 'job')) {
  const registry = new MailTemplateRegistry();
  registry.register([welcome, dated]);
  return { outbox: new MailOutboxService(registry, { enqueue } as unknown as JobProducer), enqueue };
}

describe('MailOutboxService.enqueue', () => {
  const valid = { to: 'ada@example.org', template: welcome, locale: 'de' as const, params: { name: 'Ada', link: 'https://k.example/x' } };

  it('inserts the row with the caller’s manager and returns its id; no job before dispatch', async () => {
    const { outbox, enqueue } = service();
    const { manager, calls } = fakeManager();
    await expect(outbox.enqueue(manager, { ...valid, tenantId: '6f1d2c3b-0000-4000-8000-0000000000aa' })).resolves.toEqual({
      id: '6f1d2c3b-0000-4000-8000-000000000001',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.sql).toMatch(/^INSERT INTO mail_outbox/);
    expect(calls[0]?.params).toEqual([
      '6f1d2c3b-0000-4000-8000-0000000000aa',
      'ada@example.org',
      'example.welcome',
      'de',
      '{"name":"Ada","link":"https://k.example/x"}',
    ]);
    expect(enqueue).not.toHaveBeenCalled();
  });

  it('takes the template by name too', async () => {
    const { outbox } = service();
    const { manager, calls } = fakeManager();
    await outbox.enqueue(manager, { ...valid, template: 'example.welcome' });
    expect(calls[0]?.params[0]).toBeNull();
  });

  it('refuses params that do not fit, naming the field, and inserts nothing', async () => {
    const { outbox } = service();
    const { manager, calls } = fakeManager();
    const bad = outbox.enqueue(manager, { ...valid, params: { name: '', link: 'not a url' } });
    await expect(bad).rejects.toBeInstanceOf(MailParamsError);
    await expect(bad).rejects.toThrow(/^Invalid params for mail template "example.welcome": name: .*; link: /);
    expect(calls).toHaveLength(0);
  });

  it('refuses a bad recipient, locale or tenant id', async () => {
    const { outbox } = service();
    const { manager } = fakeManager();
    await expect(outbox.enqueue(manager, { ...valid, to: 'ada' })).rejects.toThrow(/: to: /);
    await expect(outbox.enqueue(manager, { ...valid, locale: 'fr' as 'de' })).rejects.toThrow(/: locale: /);
    await expect(outbox.enqueue(manager, { ...valid, tenantId: '42' })).rejects.toThrow(/: tenantId: /);
  });

  it('refuses params that would not survive JSON (the worker reads them back from jsonb)', async () => {
    const { outbox } = service();
    const { manager } = fakeManager();
    await expect(outbox.enqueue(manager, { to: 'a@example.org', template: dated, locale: 'en', params: { at: new Date() } })).rejects.toThrow(
      /at: .*\(after JSON serialisation: use JSON values only\)/,
    );
  });

  it('refuses unknown templates and look-alikes of registered ones', async () => {
    const { outbox } = service();
    const { manager } = fakeManager();
    await expect(outbox.enqueue(manager, { ...valid, template: 'example.unknown' })).rejects.toBeInstanceOf(MailTemplateError);
    await expect(outbox.enqueue(manager, { ...valid, template: { ...welcome } })).rejects.toThrow(/not the one registered/);
  });
});

describe('MailOutboxService.dispatch', () => {
  it('enqueues one mail.send job per mail with the job id mail-<id>', async () => {
    const { outbox, enqueue } = service();
    await outbox.dispatch(['a1', { id: 'b2' }]);
    expect(enqueue).toHaveBeenCalledWith('mail.send', { mailId: 'a1' }, { jobId: 'mail-a1', replaceFinished: undefined });
    expect(enqueue).toHaveBeenCalledWith('mail.send', { mailId: 'b2' }, { jobId: 'mail-b2', replaceFinished: undefined });
  });

  it('never throws and does not hang when Redis is away (the relay sends the mail later)', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { outbox } = service(jest.fn(() => new Promise<string>(() => undefined)));
    const started = Date.now();
    await expect(outbox.dispatch('a1')).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
    const { outbox: failing } = service(jest.fn(async () => Promise.reject(new Error('ECONNREFUSED'))));
    await expect(failing.dispatch('a1')).resolves.toBeUndefined();
    expect(warn.mock.calls.map((call) => call[1])).toEqual([
      'mail job not enqueued; the relay will send it',
      'mail job not enqueued; the relay will send it',
    ]);
    warn.mockRestore();
  });
});

@Global()
@Module({ providers: [{ provide: JobProducer, useValue: {} }], exports: [JobProducer] })
class FakeQueueModule {}

describe('MailModule', () => {
  it('registers every context’s templates at boot', async () => {
    @Module({ imports: [FakeQueueModule, MailModule.forRoot(), MailModule.forFeature([welcome]), MailModule.forFeature([dated])] })
    class App {}
    const app = await NestFactory.createApplicationContext(App, { logger: false });
    expect(app.get(MailTemplateRegistry).names()).toEqual(['example.dated', 'example.welcome']);
    await app.close();
  });

  it('stops the boot when two contexts register the same template name', async () => {
    const copy = { ...welcome };
    @Module({ imports: [FakeQueueModule, MailModule.forRoot(), MailModule.forFeature([welcome]), MailModule.forFeature([dated, copy])] })
    class App {}
    await expect(NestFactory.createApplicationContext(App, { logger: false, abortOnError: false })).rejects.toThrow('Mail template "example.welcome" is registered twice');
  });
});
