// A URL whose percent-encoding is not UTF-8 (/zh/posts/%FF, /zh/tags/%C3%28, /%)
// names nothing on this site, but Next.js answers it with a 500 once it meets a
// dynamic segment (vercel/next.js#92527: the param decoder throws and the app
// router has no error page to render for that). next.config.ts rewrites such
// paths to one that is a plain 404 before any dynamic route is matched.
// It is a pattern, not code, so the pages stay static files on the CDN.

const HEX = "[0-9A-Fa-f]";
const TAIL = `%[89ABab]${HEX}`;

/** What decodeURIComponent accepts, one character at a time: a literal, or a UTF-8 sequence as RFC 3629 allows it. */
const DECODABLE = [
  "[^%]",
  `%[0-7]${HEX}`,
  `%[Cc][2-9A-Fa-f]${TAIL}`,
  `%[Dd]${HEX}${TAIL}`,
  `%[Ee]0%[ABab]${HEX}${TAIL}`,
  `%[Ee][1-9A-Ca-cEeFf]${TAIL}${TAIL}`,
  `%[Ee][Dd]%[89]${HEX}${TAIL}`,
  `%[Ff]0%[9ABab]${HEX}${TAIL}${TAIL}`,
  `%[Ff][1-3]${TAIL}${TAIL}${TAIL}`,
  `%[Ff]4%8${HEX}${TAIL}${TAIL}`,
].join("|");

/** Matches a whole (raw, still encoded) path string that decodeURIComponent would refuse. */
export const UNDECODABLE = `(?!(?:${DECODABLE})*$).*`;

/** Any path that cannot be decoded → a path no route serves, so the static 404 page answers. */
export const undecodablePathRewrite = { source: `/:path(${UNDECODABLE})`, destination: "/zh/404" };
