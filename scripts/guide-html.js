/**
 * The user guide (docs/huong-dan/*.md) as HTML pages for dist/huong-dan/, so that the guide is served
 * wherever the add-in is (the pane's header links to it, offline intranets included) and reads the same as
 * on the repository's web page.
 *
 * A deliberately small Markdown reader for the subset the guide uses, no dependency: headings (#–####,
 * with GitHub's anchors), paragraphs, `-` and `1.` lists (an item continues on lines indented by two or
 * more spaces), tables, fenced code, `>` quotes, and inline `code`, **bold**, *italic*, images and links
 * (a link to another page's `.md` becomes its `.html`; README.md is index.html). Anything else is text.
 * test/docs/guide.test.ts converts every page and fails on Markdown left unconverted.
 */
const fs = require('fs');
const path = require('path');

const GUIDE_DIR = path.join(__dirname, '..', 'docs', 'huong-dan');

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading anchor: lower case, punctuation dropped (letters and marks of every script kept), spaces to `-`. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** `thu-ky.md#buoc-1` → `thu-ky.html#buoc-1`; README.md → index.html; other links unchanged. */
function pageHref(href) {
  if (/^[a-z]+:|^\/\/|^#/i.test(href)) return href;
  return href.replace(/^((?:\.\/)?)(README)?([^#?]*?)\.md(?=$|#)/i, (_m, dot, readme, rest) => `${dot}${readme ? 'index' : rest}.html`);
}

function inline(text) {
  // code spans first, kept aside so nothing inside them is read as Markdown
  const codes = [];
  let s = text.replace(/`([^`]+)`/g, (_m, c) => {
    codes.push(`<code>${escapeHtml(c)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = escapeHtml(s);
  s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, alt, src) => `<img src="${src}" alt="${alt}" loading="lazy">`);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label, href) => {
    const external = /^https?:/i.test(href);
    return `<a href="${pageHref(href.replace(/&amp;/g, '&'))}"${external ? ' rel="noopener"' : ''}>${label}</a>`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?=[^\w*]|$)/g, '$1<em>$2</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, i) => codes[Number(i)]);
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/** Markdown (the subset above) → HTML body. */
function markdownToHtml(md) {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let i = 0;
  const isBlockStart = (l) => /^(#{1,6} |```|>|\s*[-*] |\s*\d+\. |\|)/.test(l) || /^<a id="[^"]+"><\/a>$/.test(l.trim());
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    let m;
    if ((m = /^<a id="([^"]+)"><\/a>$/.exec(line.trim()))) {
      out.push(`<a id="${escapeHtml(m[1])}"></a>`);
      i++;
    } else if ((m = /^(#{1,6}) (.*)$/.exec(line))) {
      const level = m[1].length;
      const html = inline(m[2].trim());
      out.push(`<h${level} id="${escapeHtml(slug(m[2].replace(/`/g, '').replace(/\*\*/g, '')))}">${html}</h${level}>`);
      i++;
    } else if (line.startsWith('```')) {
      const body = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) body.push(lines[i++]);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (line.startsWith('>')) {
      const body = [];
      while (i < lines.length && lines[i].startsWith('>')) body.push(lines[i++].replace(/^> ?/, ''));
      out.push(`<blockquote>${markdownToHtml(body.join('\n'))}</blockquote>`);
    } else if (line.startsWith('|') && i + 1 < lines.length && /^\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = cells(line);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(cells(lines[i++]));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>` +
          rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table>',
      );
    } else if ((m = /^\s*([-*]|\d+\.) /.exec(line))) {
      const ordered = /\d/.test(m[1]);
      const items = [];
      while (i < lines.length) {
        const item = /^\s*([-*]|\d+\.) (.*)$/.exec(lines[i]);
        if (item && /\d/.test(item[1]) === ordered) {
          items.push([item[2]]);
          i++;
        } else if (items.length && /^ {2,}\S/.test(lines[i])) {
          items[items.length - 1].push(lines[i].trim());
          i++;
        } else break;
      }
      const tag = ordered ? 'ol' : 'ul';
      const start = ordered && m[1] !== '1.' ? ` start="${parseInt(m[1], 10)}"` : '';
      out.push(`<${tag}${start}>${items.map((it) => `<li>${inline(it.join(' '))}</li>`).join('')}</${tag}>`);
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() && !(para.length && isBlockStart(lines[i]))) para.push(lines[i++].trim());
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

const STYLE = `
body{font-family:"Segoe UI",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;line-height:1.55;color:#1b1b1b;margin:0;padding:0 16px}
main{max-width:860px;margin:0 auto;padding:8px 0 48px}
nav{max-width:860px;margin:0 auto;padding:12px 0;border-bottom:1px solid #ddd;font-size:14px}
nav a{margin-right:16px}
a{color:#0f6cbd}
img{max-width:100%;height:auto;border:1px solid #ccc;border-radius:4px;margin:4px 0}
table{border-collapse:collapse;margin:8px 0;font-size:14px}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
code{background:#f3f3f3;padding:1px 4px;border-radius:3px;font-size:90%}
pre{background:#f3f3f3;padding:8px 12px;overflow-x:auto}
pre code{background:none;padding:0}
blockquote{margin:8px 0;padding:4px 12px;border-left:4px solid #c8c8c8;color:#404040}
`;

/** One guide page as a whole HTML document. */
function guidePage(md, nav) {
  const title = (/^# (.*)$/m.exec(md) || [null, 'Hướng dẫn sử dụng Thi đua'])[1].replace(/[`*]/g, '');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)} – Thi đua</title>
<style>${STYLE}</style>
</head>
<body>
<nav>${nav}</nav>
<main>
${markdownToHtml(md)}
</main>
</body>
</html>
`;
}

/** The guide's files for dist/: `huong-dan/<page>.html` for each page, `huong-dan/img/*.png` as they are. */
function guideFiles(dir = GUIDE_DIR) {
  if (!fs.existsSync(dir)) return [];
  const nav = '<a href="index.html">Hướng dẫn sử dụng</a><a href="../support.html">Hỗ trợ</a><a href="../help.html">Hàm THIDUA</a><a href="../index.html">Trang web Thi đua</a>';
  const files = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const from = path.join(dir, f);
    if (f.endsWith('.md')) {
      const name = f === 'README.md' ? 'index.html' : f.replace(/\.md$/, '.html');
      files.push({ from, to: `huong-dan/${name}`, content: () => guidePage(fs.readFileSync(from, 'utf8'), nav) });
    }
  }
  const img = path.join(dir, 'img');
  if (fs.existsSync(img)) {
    for (const f of fs.readdirSync(img).sort()) if (f.endsWith('.png')) files.push({ from: path.join(img, f), to: `huong-dan/img/${f}`, content: () => fs.readFileSync(path.join(img, f)) });
  }
  return files;
}

module.exports = { markdownToHtml, guidePage, guideFiles, slug, pageHref, GUIDE_DIR };
