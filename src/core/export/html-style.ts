/**
 * The saved HTML file's stylesheet, inline (the file's CSP allows only inline styles): the
 * reader's typography, light or dark as the system prefers, readable when printed. System fonts
 * only: the file must not fetch any.
 */
import { SERIF_FONT, UI_FONT } from '../ui-font';

export const HTML_EXPORT_CSS = `
:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1d1d1f;--muted:#55555b;--link:#1c4e80;--rule:#dedbd3;--code:#f0eee9}
@media (prefers-color-scheme:dark){:root{--bg:#17171a;--fg:#e8e6e3;--muted:#b4b2ae;--link:#9cc7f5;--rule:#3a3a40;--code:#24242a}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0;padding:2rem 1.25rem 4rem;font:1.2rem/1.6 ${SERIF_FONT};overflow-wrap:break-word}
article,footer{max-width:42em;margin:0 auto}
header{margin-bottom:2em;font-family:${UI_FONT}}
header h1{font-size:2em;line-height:1.2;margin:.2em 0 .4em}
.site,.meta,.source,footer,figcaption,[data-caption]{color:var(--muted);font-size:.85em}
.site{text-transform:uppercase;letter-spacing:.05em;margin:0}
.source{word-break:break-all}
a{color:var(--link)}
h2,h3,h4{line-height:1.3;margin:1.6em 0 .5em}
img,video,svg{max-width:100%;height:auto}
figure{margin:1.5em 0}
blockquote{margin:1.5em 0;padding-inline-start:1em;border-inline-start:3px solid var(--rule);color:var(--muted)}
pre,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
code{background:var(--code);padding:.1em .25em;border-radius:3px}
pre{background:var(--code);padding:1em;overflow-x:auto;white-space:pre;border-radius:6px}
pre code{background:none;padding:0}
table{display:block;max-width:100%;overflow-x:auto;border-collapse:collapse;margin:1.5em 0}
th,td{border:1px solid var(--rule);padding:.35em .6em;text-align:start;vertical-align:top}
hr{border:0;border-top:1px solid var(--rule);margin:2em auto}
footer{margin-top:3em;padding-top:1em;border-top:1px solid var(--rule);font-family:${UI_FONT}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--link:#000}body{padding:0}a{text-decoration:none}}
`.trim();
