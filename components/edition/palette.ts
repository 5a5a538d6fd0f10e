/** The site's light theme (app/globals.css), for media that cannot read its variables. */
export const palette = {
  page: "#f8f8f6",
  ink: "#1c1d21",
  muted: "#55595f",
  card: "#ffffff",
  line: "#e2e2de",
  accent: "#1f54c2",
  accentSoft: "#e8eefb",
  code: "#f3f4f6",
} as const;

export const fonts = {
  sans: '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", Helvetica, Arial, sans-serif',
  mono: 'Menlo, Consolas, "Liberation Mono", "Courier New", monospace',
} as const;
