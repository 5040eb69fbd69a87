/**
 * Sent with every response. Pages have no inline script or style at all, so the policy needs no
 * hashes or nonces: scripts and styles come only from this site's own files.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * No Cross-Origin-Opener-Policy: the site has no sign-in, no secrets and opens no windows, so
 * COOP's protection is small, and its cost lands on residents. A page with COOP starts a new
 * browsing context group, which makes Chromium start a fresh renderer process for the first page
 * (and, on Android, isolate the site in its own process). Measured in `npm run bench:lighthouse`:
 * the same minimal page scores 100 without the header and 90–100 with it, from long tasks outside
 * the page's own work (bench/README.md, "Lighthouse").
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];
