#!/usr/bin/env node
// The plain-files build of the end-to-end fixtures (npm run build:static),
// served by a real Nginx with the server block that build writes, on
// 127.0.0.1:PORT: what an owner who hosts out/ on their own Nginx serves.
// Playwright starts and stops it (playwright.static.config.ts). Nginx runs in
// the foreground with its pid, logs and temp files in this run's folder.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const port = process.env.PORT ?? "3220";
const work = path.join(root, ".e2e", `static-${port}`);
const content = path.join(work, "content", "posts");
const out = path.join(work, "out");
if (process.env.E2E_SKIP_BUILD !== "1") {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(path.join(root, "e2e", "fixtures", "posts"), content, { recursive: true });
  for (const file of ["taxonomy.yml", "site.yml", "wechat-qr.png"]) cpSync(path.join(root, "e2e", "fixtures", file), path.join(work, "content", file));
  // The same settings as the server build of the fixtures (scripts/test/e2e-server.mjs).
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DIGEST_CONTENT_DIR: content, NEXT_DIST_DIR: path.relative(root, out), DIGEST_PAGE_SIZE: "3" };
  const build = spawnSync("npm", ["run", "build:static"], { env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = readFileSync(path.join(work, "static-hosting", "nginx.conf"), "utf8");
if (site.split("\n  listen 80;\n").length !== 2) throw new Error("e2e-static-server: the generated server block has no `listen 80;` line to point at the test port");
const runtime = path.join(work, "nginx");
rmSync(runtime, { recursive: true, force: true });
mkdirSync(runtime, { recursive: true });
writeFileSync(path.join(runtime, "site.conf"), site.replace("\n  listen 80;\n", `\n  listen 127.0.0.1:${port};\n`));
// The MIME types of this Nginx's own installation (Debian: /etc/nginx; Homebrew: its prefix).
const nginxBin = process.env.NGINX_PATH ?? "nginx";
const built = spawnSync(nginxBin, ["-V"], { encoding: "utf8" });
const confPath = /--conf-path=(\S+)/.exec(`${built.stderr}${built.stdout}`)?.[1] ?? "/etc/nginx/nginx.conf";
const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${path.join(runtime, t)};`).join(" ");
writeFileSync(
  path.join(runtime, "nginx.conf"),
  `daemon off;
worker_processes 1;
pid ${path.join(runtime, "nginx.pid")};
error_log ${path.join(runtime, "error.log")};
events { worker_connections 256; }
http {
  include ${path.join(path.dirname(confPath), "mime.types")};
  access_log ${path.join(runtime, "access.log")};
  ${temp}
  include ${path.join(runtime, "site.conf")};
}
`,
);
const nginx = spawn(nginxBin, ["-c", path.join(runtime, "nginx.conf"), "-p", runtime], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => nginx.kill("SIGQUIT"));
nginx.on("exit", (code) => process.exit(code ?? 0));
