import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/** The request side of a zod schema as an OpenAPI 3.0 schema object (defaults count as optional). */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json['$schema'];
  return json as SchemaObject;
}
