/**
 * The headers the SPA server (vite preview) sends with every response: no MIME sniffing, no
 * framing, no Referer to other sites, and a Content-Security-Policy that lets the page load only
 * its own scripts and talk only to its own origin (the API under /api) and Keycloak.
 * Mantine sets inline style attributes and a style element at run time, hence 'unsafe-inline'
 * for styles only; product photos are shown from blob: URLs.
 */
export function securityHeaders(keycloakUrl: string): Record<string, string> {
  const keycloak = new URL(keycloakUrl).origin;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${keycloak}`,
    `frame-src ${keycloak}`,
    "frame-ancestors 'none'",
    `form-action 'self' ${keycloak}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}
