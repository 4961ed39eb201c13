/** Small readers for JSON-LD values: a property may hold one value or a list, a string or {"@value"}. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function literal(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) && '@value' in first ? first['@value'] : first;
}

/** A text value; objects with a name (e.g. {"@type":"Person","name":"…"}) give their name. */
export function text(value: unknown): string | null {
  const v = literal(value);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isObject(v) && typeof v['name'] === 'string') return v['name'];
  return null;
}

export function texts(value: unknown): string[] {
  return list(value)
    .map((v) => text(v))
    .filter((v): v is string => v !== null);
}

/** "@id" of a reference: a bare string or {"@id": …}. */
export function ref(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v['@id'] === 'string') return v['@id'];
  return null;
}

export function typesOf(node: JsonObject): string[] {
  return list(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** schema.org enumeration members come as IRIs ("https://schema.org/Tuesday") or bare names. */
export function enumMember(value: string): string {
  return value.replace(/^https?:\/\/schema\.org\//, '').replace(/^schema:/, '');
}
