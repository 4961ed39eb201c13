import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';

export interface TransportMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** With angle brackets: "<id@host>". */
  messageId: string;
  headers?: Record<string, string>;
}

/** Hands a rendered mail to the mail system; the worker's only way out. */
export abstract class MailTransport {
  abstract send(message: TransportMessage): Promise<{ messageId: string; response: string }>;
}

/** Pooled SMTP (nodemailer) from SMTP_URL, sender MAIL_FROM. Closed when the worker stops. */
@Injectable()
export class SmtpMailTransport extends MailTransport implements OnModuleDestroy {
  private transporter: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  async send(message: TransportMessage): Promise<{ messageId: string; response: string }> {
    const info = await this.transport().sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers: message.headers,
    });
    return { messageId: String(info.messageId ?? message.messageId), response: String(info.response ?? '') };
  }

  private transport(): Transporter {
    this.transporter ??= createTransport({
      pool: true,
      url: this.config.SMTP_URL,
      maxConnections: Math.min(this.config.WORKER_CONCURRENCY, 5),
      // nodemailer waits minutes by default; a job should fail fast and retry with back-off.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return this.transporter;
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
