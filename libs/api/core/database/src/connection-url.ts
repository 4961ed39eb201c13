/** Returns `url` with user, password and/or database replaced; keeps host, port and options. */
export function withCredentials(
  url: string,
  parts: { user?: string; password?: string; database?: string },
): string {
  const parsed = new URL(url);
  if (parts.user !== undefined) parsed.username = encodeURIComponent(parts.user);
  if (parts.password !== undefined) parsed.password = encodeURIComponent(parts.password);
  if (parts.database !== undefined) parsed.pathname = `/${encodeURIComponent(parts.database)}`;
  return parsed.toString();
}

export function describeUrl(url: string): { user: string; password: string; database: string } {
  const parsed = new URL(url);
  return {
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}
