/** The ETag the API gives a record of this version: its version in quotes. */
export function versionEtag(body: { version: number }): string {
  return `"${body.version}"`;
}

/**
 * The ETag header of an answer, or the same value built from the body's version when a
 * proxy dropped the header. Sent back as If-Match when saving.
 */
export function etagOf(response: Response, body: { version: number }): string {
  return response.headers.get('ETag') ?? versionEtag(body);
}
