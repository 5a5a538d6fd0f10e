import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // A pages-router rule: this app has no pages/, and plain <a> is deliberate for
    // route handlers (/api/draft) and full-page language switches.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Every link to the site's own pages goes through components/layout/link.tsx,
    // which turns prefetching off (see there for the measurement).
    ignores: ["components/layout/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use { Link } from \"@/components/layout/link\": it does not prefetch." }] }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", ".e2e/**", ".vercel/**", "out/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/tmp/**", "bench/bare/.next/**"]),
]);
