import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { RequestPart, parseRequestPart } from './request-validation';
import { requestLanguage } from './request-language';
import { toOpenApiSchema } from './openapi-schema';

interface ParamSpec {
  part: RequestPart;
  schema: z.ZodType;
}

interface RequestLike {
  body?: unknown;
  query?: unknown;
  params?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const zodParam = createParamDecorator((spec: ParamSpec, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest<RequestLike>();
  return parseRequestPart(spec.schema, request[spec.part], spec.part, requestLanguage(request));
});

function methodDescriptor(target: object, key: string | symbol | undefined): PropertyDescriptor {
  const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor) throw new Error('Zod request decorators belong on controller method parameters');
  return descriptor;
}

/** Validated request body; also documents the schema in OpenAPI. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    zodParam({ part: 'body', schema })(target, key, index);
    ApiBody({ schema: toOpenApiSchema(schema) })(target, key as string, methodDescriptor(target, key));
  };
}

/** Validated query string (an object schema); every property is documented as a query parameter. */
export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    zodParam({ part: 'query', schema })(target, key, index);
    const descriptor = methodDescriptor(target, key);
    const required = new Set((toOpenApiSchema(schema).required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(schema.shape)) {
      ApiQuery({ name, required: required.has(name), schema: toOpenApiSchema(property as z.ZodType) })(
        target,
        key as string,
        descriptor,
      );
    }
  };
}

/** One validated path parameter; errors name the parameter. */
export function ZodParam(name: string, schema: z.ZodType): ParameterDecorator {
  const wrapper = z.object({ [name]: schema });
  return (target, key, index) => {
    zodParam({ part: 'params', schema: wrapper.transform((params) => params[name]) })(target, key, index);
    ApiParam({ name, required: true, schema: toOpenApiSchema(schema) })(target, key as string, methodDescriptor(target, key));
  };
}
