// Typings for the parts of the OpenActive packages (plain JavaScript, no published types) that
// support/jsonld-validation.ts uses. Shapes taken from their sources in node_modules.

declare module '@openactive/data-model-validator' {
  export type ValidationSeverity = 'failure' | 'warning' | 'notice' | 'suggestion';

  /** `ValidationError.data`, as `validate` resolves it. */
  export interface ValidationErrorData {
    category: string;
    type: string;
    severity: ValidationSeverity;
    message: string;
    /** JSONPath relative to the validated object, e.g. `$.location.address.postalCode`. */
    path: string;
    value?: unknown;
    /** The rule class name, e.g. `FieldsCorrectTypeRule`. */
    rule: string;
  }

  /** helpers/options.js */
  export interface ValidateOptions {
    validationMode?: string;
    version?: string;
    type?: string;
    loadRemoteJson?: boolean;
    remoteJsonCachePath?: string;
    remoteJsonCacheTimeToLive?: number;
    rpdeItemLimit?: number;
  }

  export function validate(value: unknown, options?: ValidateOptions): Promise<ValidationErrorData[]>;
}

declare module '@openactive/data-models' {
  export interface SchemaOrgVocabNode {
    '@id': string;
    '@type': string | string[];
    'rdfs:label'?: unknown;
    'schema:rangeIncludes'?: { '@id': string } | { '@id': string }[];
    'schema:domainIncludes'?: { '@id': string } | { '@id': string }[];
    [key: string]: unknown;
  }

  /** The schema.org vocabulary (https flavour) bundled in src/dist/schemaOrgVocab.js. */
  export interface SchemaOrgVocab {
    '@context': Record<string, string>;
    '@graph': SchemaOrgVocabNode[];
  }

  export function getSchemaOrgVocab(): SchemaOrgVocab;
}
