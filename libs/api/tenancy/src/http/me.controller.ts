import { Controller, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated, CurrentPrincipal, ZodBody, toOpenApiSchema, type Principal } from '@knotenpunkt/api/core/http';
import { changePasswordRequestSchema, sessionInfoSchema, updateProfileRequestSchema } from '@knotenpunkt/shared/contracts';
import { AuthService } from '../application/auth.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';

@ApiTags('auth')
@Controller('me')
@Authenticated()
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Patch()
  @ApiOperation({ summary: 'Change display name or language' })
  @ApiOkResponse({ schema: toOpenApiSchema(sessionInfoSchema, 'output') })
  update(@CurrentPrincipal() principal: Principal, @ZodBody(updateProfileRequestSchema) body: z.output<typeof updateProfileRequestSchema>) {
    return this.auth.updateProfile(principal, body);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password; ends every other session' })
  async password(@CurrentPrincipal() principal: Principal, @ZodBody(changePasswordRequestSchema) body: z.output<typeof changePasswordRequestSchema>, @Meta() meta: RequestMeta) {
    await this.auth.changePassword(principal, body.currentPassword, body.newPassword, meta);
  }
}
