import { fonts, palette as c } from "./palette";

/**
 * The WeChat article's stylesheet. juice writes it into style attributes
 * (lib/edition/wechat-html.ts), element selectors included, so HTML written
 * in an .mdx post is styled too. Sized for a 375 px phone screen.
 */
export const WECHAT_CSS = `
.wx-article { font-family: ${fonts.sans}; font-size: 16px; line-height: 1.75; color: ${c.ink}; letter-spacing: 0.5px; word-wrap: break-word; overflow-wrap: break-word; }
.wx-meta { margin: 0 0 20px; font-size: 13px; color: ${c.muted}; }
p { margin: 0 0 16px; }
h1, h2, h3, h4, h5, h6 { margin: 28px 0 12px; font-weight: bold; line-height: 1.4; color: ${c.ink}; }
h1 { font-size: 22px; }
h2 { font-size: 19px; }
h3 { font-size: 17px; }
h4, h5, h6 { font-size: 16px; }
.wx-h2 { margin: 32px 0 16px; padding-left: 10px; border-left: 4px solid ${c.accent}; font-size: 19px; }
.wx-lead { margin: 0 0 24px; padding: 12px 14px; background-color: ${c.accentSoft}; border-left: 3px solid ${c.accent}; border-radius: 4px; color: ${c.ink}; }
.wx-lead p { margin: 0 0 8px; }
.wx-item { margin: 0 0 20px; padding: 14px; background-color: #f7f7f5; border-radius: 8px; }
.wx-item-title { margin: 0 0 10px; font-size: 17px; line-height: 1.5; }
.wx-item-n { margin-right: 6px; color: ${c.accent}; }
.wx-item-sources { margin: 10px 0 0; font-size: 13px; line-height: 1.6; color: ${c.muted}; }
.wx-conclusion { margin: 0 0 16px; padding: 12px 14px; background-color: ${c.accentSoft}; border-radius: 8px; }
.wx-cited { color: ${c.accent}; }
.wx-cite { font-size: 11px; line-height: 0; vertical-align: super; color: ${c.accent}; }
a { color: #576b95; text-decoration: none; }
strong, b { font-weight: bold; color: ${c.ink}; }
ul, ol { margin: 0 0 16px; padding-left: 22px; }
li { margin: 4px 0; }
li p { margin: 0; }
li ul, li ol { margin: 4px 0 0; }
.wx-flat { margin: 4px 0 0; }
.wx-flat-item { margin: 2px 0; font-size: 15px; }
blockquote, .wx-quote { margin: 0 0 16px; padding: 8px 12px; border-left: 3px solid ${c.line}; background-color: #f7f7f5; color: ${c.muted}; }
code { font-family: ${fonts.mono}; font-size: 14px; padding: 1px 4px; background-color: ${c.code}; border-radius: 3px; color: #b42318; }
.wx-code { margin: 0 0 16px; padding: 12px; background-color: #f6f8fa; border-radius: 6px; overflow-x: auto; }
.wx-code-text { display: block; font-family: ${fonts.mono}; font-size: 13px; line-height: 1.6; padding: 0; background-color: transparent; color: ${c.ink}; white-space: nowrap; }
img { display: block; max-width: 100%; height: auto; margin: 16px auto; border-radius: 4px; }
.wx-table { margin: 0 0 16px; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; line-height: 1.5; }
th, td { padding: 6px 8px; border: 1px solid ${c.line}; text-align: left; vertical-align: top; }
th { background-color: #f6f8fa; font-weight: bold; }
hr { margin: 24px 0; border: 0; border-top: 1px solid ${c.line}; }
.wx-refs { margin: 32px 0 0; font-size: 13px; line-height: 1.6; color: ${c.muted}; }
.wx-refs-note { margin: 0 0 12px; }
.wx-ref { margin: 0 0 10px; word-break: break-all; }
`;
