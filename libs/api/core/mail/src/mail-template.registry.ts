import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { AnyMailTemplate, MAIL_TEMPLATE_NAME } from './mail-template';

export class MailTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailTemplateError';
  }
}

/** Params that do not fit the template's schema; `issues` name each field ("link: Invalid URL"). */
export class MailParamsError extends Error {
  constructor(
    readonly template: string,
    readonly issues: readonly string[],
  ) {
    super(`Invalid params for mail template "${template}": ${issues.join('; ')}`);
    this.name = 'MailParamsError';
  }
}

/**
 * Every mail template of the process. Contexts register theirs with MailModule.forFeature();
 * a name registered twice stops the process at boot.
 */
@Injectable()
export class MailTemplateRegistry {
  private readonly templates = new Map<string, AnyMailTemplate>();

  register(templates: readonly AnyMailTemplate[]): void {
    for (const template of templates) {
      if (!MAIL_TEMPLATE_NAME.test(template.name)) {
        throw new MailTemplateError(`Mail template name "${template.name}" must look like "<context>.<mailName>"`);
      }
      if (this.templates.has(template.name)) {
        throw new MailTemplateError(`Mail template "${template.name}" is registered twice`);
      }
      this.templates.set(template.name, template);
    }
  }

  get(name: string): AnyMailTemplate {
    const template = this.templates.get(name);
    if (!template) {
      const known = [...this.templates.keys()].sort().join(', ') || 'none';
      throw new MailTemplateError(`Mail template "${name}" is not registered in this process (registered: ${known})`);
    }
    return template;
  }

  has(name: string): boolean {
    return this.templates.has(name);
  }

  names(): string[] {
    return [...this.templates.keys()].sort();
  }

  /** Checks `params` against the template's schema and returns the parsed value. */
  parseParams(name: string, params: unknown): unknown {
    const template = this.get(name);
    const result = template.params.safeParse(params);
    if (!result.success) throw new MailParamsError(name, describeIssues(result.error.issues));
    return result.data;
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(params)'}: ${issue.message}`);
}
