/**
 * The ETag header of an answer, or the same value built from the body's version when a
 * proxy dropped the header. Sent back as If-Match when saving.
 */
export function etagOf(response: Response, body: { version: number }): string {
  return response.headers.get('ETag') ?? `"${body.version}"`;
}
