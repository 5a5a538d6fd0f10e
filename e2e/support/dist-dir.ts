import path from "node:path";

/** The build scripts/test/e2e-server.mjs serves (one dist dir per port). */
export const e2eDistDir = () => {
  const port = Number(process.env.E2E_PORT ?? 3210);
  return path.resolve(port === 3210 ? ".next-e2e" : `.next-e2e-${port}`);
};
