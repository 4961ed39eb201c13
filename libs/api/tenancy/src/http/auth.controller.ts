import { Controller, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Authenticated, CurrentPrincipal, Public, ZodBody, toOpenApiSchema, type Principal } from '@knotenpunkt/api/core/http';
import {
  acceptedResponseSchema,
  activeTenantRequestSchema,
  emailOnlyRequestSchema,
  loginRequestSchema,
  passwordResetConfirmSchema,
  sessionInfoSchema,
  signUpRequestSchema,
  tokenRequestSchema,
} from '@knotenpunkt/shared/contracts';
import { AuthService } from '../application/auth.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';
import { SessionCookies } from './session-cookies';

const ACCEPTED = {
  de: 'Wenn die Angaben stimmen, haben wir Ihnen eine E-Mail geschickt. Bitte sehen Sie in Ihr Postfach (auch in den Spam-Ordner).',
  en: 'If the details are right, we have sent you an e-mail. Please check your inbox (and the spam folder).',
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('sign-up')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Create an account; a verification mail follows (same answer for known addresses)' })
  @ApiOkResponse({ schema: toOpenApiSchema(acceptedResponseSchema, 'output') })
  async signUp(@ZodBody(signUpRequestSchema) body: z.output<typeof signUpRequestSchema>, @Meta() meta: RequestMeta) {
    await this.auth.signUp(body, meta);
    return { message: ACCEPTED[meta.language] };
  }

  @Post('verify-email')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the e-mail address with the token from the mail' })
  async verifyEmail(@ZodBody(tokenRequestSchema) body: z.output<typeof tokenRequestSchema>, @Meta() meta: RequestMeta) {
    await this.auth.verifyEmail(body.token, meta);
    return { verified: true };
  }

  @Post('verify-email/resend')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification mail again (same answer for every address)' })
  async resend(@ZodBody(emailOnlyRequestSchema) body: z.output<typeof emailOnlyRequestSchema>, @Meta() meta: RequestMeta) {
    await this.auth.resendVerification(body.email, meta);
    return { message: ACCEPTED[meta.language] };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in; sets the session cookie (HttpOnly) and the XSRF-TOKEN cookie' })
  @ApiOkResponse({ schema: toOpenApiSchema(sessionInfoSchema, 'output') })
  async login(@ZodBody(loginRequestSchema) body: z.output<typeof loginRequestSchema>, @Meta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply) {
    const session = await this.auth.login(body.email, body.password, meta);
    this.cookies.set(reply, session.token, session.csrfToken);
    return session.info;
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session' })
  async logout(@CurrentPrincipal() principal: Principal, @Meta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(principal, meta);
    this.cookies.clear(reply);
  }

  @Post('logout-everywhere')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'End every session of this account on all devices' })
  async logoutEverywhere(@CurrentPrincipal() principal: Principal, @Meta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logoutEverywhere(principal, meta);
    this.cookies.clear(reply);
  }

  @Get('session')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in person, their memberships and the active tenant' })
  @ApiOkResponse({ schema: toOpenApiSchema(sessionInfoSchema, 'output') })
  session(@CurrentPrincipal() principal: Principal) {
    return this.auth.sessionInfo(principal);
  }

  @Put('session/active-tenant')
  @Authenticated()
  @ApiOperation({ summary: 'Choose the active tenant explicitly (must be one of the memberships)' })
  @ApiOkResponse({ schema: toOpenApiSchema(sessionInfoSchema, 'output') })
  activeTenant(@CurrentPrincipal() principal: Principal, @ZodBody(activeTenantRequestSchema) body: z.output<typeof activeTenantRequestSchema>) {
    return this.auth.setActiveTenant(principal, body.tenantId);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a one-hour password reset link (same answer for every address)' })
  async passwordReset(@ZodBody(emailOnlyRequestSchema) body: z.output<typeof emailOnlyRequestSchema>, @Meta() meta: RequestMeta) {
    await this.auth.requestPasswordReset(body.email, meta);
    return { message: ACCEPTED[meta.language] };
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the mailed token; ends all sessions' })
  async passwordResetConfirm(@ZodBody(passwordResetConfirmSchema) body: z.output<typeof passwordResetConfirmSchema>, @Meta() meta: RequestMeta) {
    await this.auth.confirmPasswordReset(body.token, body.password, meta);
  }
}
