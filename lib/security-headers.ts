// Security headers for every response. The script policy here still allows
// inline scripts because Next.js emits per-page inline bootstrap scripts; each
// prerendered page also carries a <meta> policy listing the SHA-256 of exactly
// its own inline scripts (scripts/build/csp.cjs, added as the build writes each
// page), and a browser enforces both, so an inline script without a hash
// never runs on those pages.
import { loadSiteSettings } from "./content/site-settings";
import { env } from "./env";
import { newsletterForm } from "./follow/newsletter";

/**
 * The policy every page carries. With a newsletter in content/site.yml, its
 * sign-up form posts to the service's origin (form-action) and, with
 * JavaScript, sends the same request from the page (connect-src): that one
 * origin is added to both, and no other.
 */
export const contentSecurityPolicy = (formOrigin?: string) => [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${formOrigin ? ` ${formOrigin}` : ""}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self'${formOrigin ? ` ${formOrigin}` : ""}`,
  "frame-ancestors 'none'",
].join("; ");

/** The newsletter's origin from content/site.yml, if any (a broken file fails the build's content step). */
function newsletterOrigin(): string | undefined {
  const { settings } = loadSiteSettings(env.contentDir(), (abs) => abs);
  return settings.newsletter && newsletterForm(settings.newsletter).origin;
}

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy(newsletterOrigin()) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
  // No Cross-Origin-Opener-Policy. A page that sends one is loaded in a new
  // browsing context group, a fresh renderer process, when the reader comes
  // from a page without it (a search result, a feed reader, a new tab). That
  // cost shows on a phone: the same seed-post HTML under Lighthouse's mobile
  // profile, 4 interleaved runs, TBT median 478-510 ms with
  // `same-origin`, 589 ms with `same-origin-allow-popups`, 269-322 ms without
  // (one process, same page). What COOP guards against is a cross-origin
  // window holding a handle to ours to probe its state; the site has no
  // logged-in or per-reader state to probe, cannot be framed (frame-ancestors,
  // X-Frame-Options), and its outbound links open with rel="noopener".
];

/**
 * Posts' images: an SVG opened on its own must not run script in the site's
 * origin (the content check refuses scripted SVGs too).
 */
export const mediaHeaders = [{ key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox" }];
