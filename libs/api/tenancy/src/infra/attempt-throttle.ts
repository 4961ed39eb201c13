import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@knotenpunkt/api/core/config';
import { createRedisConnection } from '@knotenpunkt/api/core/queue';

/** Limits against guessing and mail bombing (rate-limiter-flexible on Redis). */
export const LIMITS = {
  /** Every login request per client IP. */
  loginPerIp: { points: 100, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Failed logins per e-mail address (known or not, so the lock tells nothing): then locked. */
  loginFailuresPerEmail: { points: 5, duration: 60 * 60, blockDuration: 15 * 60 },
  /** Sign-up, resend and reset requests that send mail. */
  mailPerIp: { points: 20, duration: 60 * 60 },
  mailPerEmail: { points: 3, duration: 60 * 60 },
} as const;

export class Throttled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`throttled for ${retryAfterSeconds} s`);
  }
}

@Injectable()
export class AttemptThrottle implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly loginPerIp: RateLimiterRedis;
  private readonly loginFailures: RateLimiterRedis;
  private readonly mailPerIp: RateLimiterRedis;
  private readonly mailPerEmail: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Own connection that fails fast: a Redis outage must not hang logins; the in-memory
    // insurance limiter then counts per process.
    this.redis = createRedisConnection(config.REDIS_URL, 'api-throttle', { maxRetriesPerRequest: 1, commandTimeout: 1000 });
    const make = (name: string, options: { points: number; duration: number; blockDuration?: number }) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.QUEUE_PREFIX}:throttle:${name}`,
        ...options,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    this.loginPerIp = make('login-ip', LIMITS.loginPerIp);
    this.loginFailures = make('login-fail', LIMITS.loginFailuresPerEmail);
    this.mailPerIp = make('mail-ip', LIMITS.mailPerIp);
    this.mailPerEmail = make('mail-email', LIMITS.mailPerEmail);
  }

  /** Before checking a password: counts the attempt per IP and refuses while the address is locked. */
  async beforeLogin(ip: string | null, email: string): Promise<void> {
    await consume(this.loginPerIp, ip ?? 'unknown');
    const failures = await this.loginFailures.get(emailKey(email));
    if (failures && failures.consumedPoints > LIMITS.loginFailuresPerEmail.points) {
      throw new Throttled(Math.ceil(failures.msBeforeNext / 1000));
    }
  }

  /** Counts a failed login; the fifth within the hour locks the address. True when it locked. */
  async loginFailed(email: string): Promise<boolean> {
    const key = emailKey(email);
    try {
      const result = await this.loginFailures.consume(key);
      if (result.remainingPoints > 0) return false;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
    }
    await this.loginFailures.block(key, LIMITS.loginFailuresPerEmail.blockDuration);
    return true;
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.loginFailures.delete(emailKey(email));
  }

  async beforeMail(ip: string | null, email: string): Promise<void> {
    await consume(this.mailPerIp, ip ?? 'unknown');
    await consume(this.mailPerEmail, emailKey(email));
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

async function consume(limiter: RateLimiterRedis, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new Throttled(Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

// Addresses are not stored in Redis in the clear.
function emailKey(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('base64url');
}
