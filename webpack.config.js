/**
 * Builds the add-in: ONE page (taskpane.html) hosting the task pane and the custom functions in the shared
 * runtime (DESIGN.md §2), functions.json generated from functions.ts' JSDoc, the hand-written Vietnamese
 * metadata, the help page, the icons and the manifest.
 *
 *   npm run dev-server                                    https://localhost:3000 (office-addin-dev-certs)
 *   npm run build:dev                                     dist/ for localhost, unminified
 *   ADDIN_URL=https://host/path/ npm run build            dist/ for production: every https://localhost:3000
 *                                                         URL in the manifest, metadata and help page moved
 *                                                         to ADDIN_URL; the build fails without ADDIN_URL
 *   SUPPORT_CONTACT="office · phone · e-mail"             the contact printed on the support page
 *                                                         (support.html, the manifest's SupportUrl); without
 *                                                         it the page says that no contact was set
 *
 * The user guide (docs/huong-dan/*.md) is built into huong-dan/*.html with its screenshots (scripts/guide-html.js),
 * so the pane's header links to it wherever the add-in is served.
 *
 * office.js is never bundled: taskpane.html loads it from Microsoft's CDN (the plugin below adds the tag if
 * the template ever lacks it). The functions entry is separate from the pane's, so the pane's bundle
 * (React + Fluent UI) is not loaded twice and each stays small.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { guideFiles } = require('./scripts/guide-html');

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** ADDIN_URL as an absolute https URL ending in `/`; a production build stops with a clear message otherwise. */
function productionUrl(raw) {
  const usage = 'Usage: ADDIN_URL=https://host/path/ npm run build  (the https address where dist/ will be served; see README.md). For a local build: npm run build:dev.';
  if (!raw) throw new Error(`ADDIN_URL is not set: a production build needs the address the add-in will be served from.\n${usage}`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}\n${usage}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must use https (Office loads add-ins over https only): ${raw}\n${usage}`);
  if (url.hostname === 'localhost' || url.hostname.startsWith('127.')) throw new Error(`ADDIN_URL points to this computer (${raw}): use npm run build:dev for that.\n${usage}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const NO_CONTACT = {
  vi: 'Chưa ghi đầu mối hỗ trợ. Cơ quan triển khai Thi đua ghi đầu mối (đơn vị, điện thoại, thư điện tử) khi build: SUPPORT_CONTACT="…" npm run build.',
  en: 'No support contact has been set. The office that deploys Thi đua sets one (office, phone, e-mail) when it builds: SUPPORT_CONTACT="…" npm run build.',
};

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The support page with its contact filled in: SUPPORT_CONTACT as text (HTML-escaped, line breaks kept,
 * e-mail addresses as mailto links), or a placeholder that says plainly that none was set.
 */
function supportPage(template, raw) {
  const contact = (raw ?? '').trim();
  const html = contact ? escapeHtml(contact).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (m) => `<a href="mailto:${m}">${m}</a>`) : null;
  return template
    .split('%SUPPORT_CONTACT_CLASS%').join(html ? '' : ' unset')
    .split('%SUPPORT_CONTACT_EN%').join(html ?? escapeHtml(NO_CONTACT.en))
    .split('%SUPPORT_CONTACT%').join(html ?? escapeHtml(NO_CONTACT.vi));
}

/** Rewrites every dev URL in the emitted text files (manifest, metadata, help page): all occurrences. */
class MoveDevUrlsPlugin {
  constructor(addinUrl) {
    this.addinUrl = addinUrl;
    this.origin = new URL(addinUrl).origin;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('MoveDevUrlsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'MoveDevUrlsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!/\.(xml|json|html)$/.test(name)) continue;
          const text = assets[name].source().toString();
          // Full URLs first (they take ADDIN_URL's path), then the bare origin (AppDomain).
          const moved = text.split(DEV_URL).join(this.addinUrl).split(DEV_ORIGIN).join(this.origin);
          if (moved !== text) compilation.updateAsset(name, new webpack.sources.RawSource(moved));
        }
      });
    });
  }
}

/** Makes sure the page loads office.js from the CDN before the bundles (the template normally has the tag). */
class OfficeJsTagPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsTagPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('OfficeJsTagPlugin', (data) => {
        // the pane's page only: the web page (index.html) never loads anything from another origin
        if (data.plugin.options.filename !== 'taskpane.html') return data;
        const template = fs.readFileSync(data.plugin.options.template.replace(/^.*!/, ''), 'utf8');
        if (!template.includes(OFFICE_JS)) {
          data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject('script', { src: OFFICE_JS, type: 'text/javascript' }));
        }
        return data;
      });
    });
  }
}

/**
 * Copies files into the output as webpack assets (so the URL rewrite above sees them and watch mode follows
 * them). `content` makes the asset from the file instead of copying it; `files` may be a function, called
 * at each compilation (the guide's pages and images are listed anew).
 */
class CopyFilesPlugin {
  constructor(files) {
    this.files = files; // [{ from: absolute path, to: output name, content?: () => string | Buffer }]
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const files = typeof this.files === 'function' ? this.files() : this.files;
        for (const { from, to, content } of files) {
          compilation.fileDependencies.add(from);
          compilation.emitAsset(to, new webpack.sources.RawSource(content ? content() : fs.readFileSync(from)));
        }
      });
    });
  }
}

/**
 * The web page's service worker (src/web/sw.ts) learns which files to keep for offline use: index.html, the
 * page's entry and every chunk it may load (the .xlsx door), its icon. Written at the top of sw.js once the
 * assets are final, with the build's hash as the cache version.
 */
class WebPrecachePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WebPrecachePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WebPrecachePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entry = compilation.entrypoints.get('web');
        if (!entry || !compilation.getAsset('sw.js')) return;
        const files = new Set(['index.html', 'assets/icon-32.png']);
        for (const chunk of entry.chunks) {
          for (const f of chunk.files) files.add(f);
          for (const c of chunk.getAllAsyncChunks()) for (const f of c.files) files.add(f);
        }
        const list = [...files].filter((f) => !f.endsWith('.map') && compilation.getAsset(f));
        const head = `var PRECACHE = ${JSON.stringify({ version: compilation.hash, files: list })};\n`;
        compilation.updateAsset('sw.js', (old) => new webpack.sources.ConcatSource(head, old));
      });
    });
  }
}

/**
 * The chunks the pane loads on demand, by name (`pane-import`: the .xlsx reader and the import's review),
 * with every file each needs, written to pane-chunks.json: the pane's first-load budget leaves them out and
 * the bench reports their size (test/e2e/bundle.ts). Nothing at run time reads it.
 */
class PaneChunksPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PaneChunksPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PaneChunksPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entry = compilation.entrypoints.get('taskpane');
        if (!entry) return;
        const lazy = {};
        for (const group of entry.getChildren()) {
          const files = new Set();
          for (const chunk of group.chunks) for (const f of chunk.files) if (!f.endsWith('.map')) files.add(f);
          lazy[group.name ?? group.id] = [...files];
        }
        compilation.emitAsset('pane-chunks.json', new webpack.sources.RawSource(JSON.stringify(lazy)));
      });
    });
  }
}

/** https for the dev server with the certificates office-addin-dev-certs installs (read directly: no prompt). */
function devHttps(dir = path.join(os.homedir(), '.office-addin-dev-certs')) {
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (Object.values(paths).every((p) => fs.existsSync(p))) {
    return { type: 'https', options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])) };
  }
  console.warn(`No certificates in ${dir}: run "npx office-addin-dev-certs install" once so that Office trusts https://localhost:3000. Serving with a self-signed certificate meanwhile.`);
  return 'https';
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  let addinUrl = null;
  try {
    addinUrl = dev ? null : productionUrl(env.ADDIN_URL || process.env.ADDIN_URL);
  } catch (e) {
    // From the command line (webpack-cli sets WEBPACK_BUILD): the message alone, not webpack-cli's stack trace.
    if (!env.WEBPACK_BUILD) throw e;
    console.error(`npm run build: ${e.message}`);
    process.exit(2);
  }
  const contact = env.SUPPORT_CONTACT ?? process.env.SUPPORT_CONTACT;
  if (!dev && !(contact ?? '').trim()) {
    console.warn('SUPPORT_CONTACT is not set: dist/support.html will say that no support contact was set. Set it to the office, phone and e-mail users should turn to: SUPPORT_CONTACT="…" ADDIN_URL=… npm run build.');
  }
  const outDir = path.resolve(__dirname, env.outDir || 'dist');
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    context: __dirname,
    entry: {
      // guard.ts first: a no-op CustomFunctions.associate when the page is opened outside Excel.
      functions: ['./src/functions/guard.ts', './src/functions/functions.ts'],
      taskpane: './src/taskpane/index.tsx',
      // the web page (index.html) and its service worker; the .xlsx door is a chunk the page loads on demand
      web: './src/web/index.tsx',
      sw: './src/web/sw.ts',
    },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs's Node sources, which src/xlsx/exceljs-fixes.ts patches on the command line, have no place in
      // a browser bundle (the browser gets exceljs's own dist build, which the fix cannot reach).
      alias: { 'exceljs/lib/xlsx/xform/book/workbook-xform': false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Our makeStyles compiled ahead of time into the atomic CSS Fluent UI's own components already ship
            // (griffel's __styles): the pane no longer resolves styles at its first render, and griffel's runtime
            // style resolver (stylis, rtl-css-js) drops out of the bundle. Runs after ts-loader, on JavaScript.
            { loader: '@griffel/webpack-loader' },
            {
              loader: 'ts-loader',
              // Type checking is `npm run typecheck`; here only transpile, as ES modules so unused code is dropped.
              options: { transpileOnly: true, onlyCompileBundledFiles: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: dev } },
            },
          ],
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        // functions first: Excel may ask for a function while the pane is still starting.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        template: './src/web/index.html',
        filename: 'index.html',
        chunks: ['web'],
        scriptLoading: 'defer',
      }),
      new WebPrecachePlugin(),
      new PaneChunksPlugin(),
      new OfficeJsTagPlugin(),
      new CopyFilesPlugin([
        ...fs.readdirSync(path.join(__dirname, 'assets'))
          .filter((f) => /^icon-\d+\.png$/.test(f))
          .map((f) => ({ from: path.join(__dirname, 'assets', f), to: `assets/${f}` })),
        { from: path.join(__dirname, 'src/functions/functions.vi-VN.json'), to: 'functions.vi-VN.json' },
        { from: path.join(__dirname, 'src/functions/help.html'), to: 'help.html' },
        { from: path.join(__dirname, 'src/support/support.html'), to: 'support.html', content: () => supportPage(fs.readFileSync(path.join(__dirname, 'src/support/support.html'), 'utf8'), contact) },
        { from: path.join(__dirname, 'manifest.xml'), to: 'manifest.xml' },
      ]),
      new CopyFilesPlugin(() => guideFiles()),
      ...(addinUrl ? [new MoveDevUrlsPlugin(addinUrl)] : []),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React's DOM renderer (a third of the pane's first load) in a script of its own: taskpane.html loads
          // both with `defer`, so the browser parses them side by side on two threads while office.js runs
          // (−55 ms to the pane's first check, measured; +0.6 KB gzip of chunk overhead). Only React: splitting
          // Fluent UI off too costs 7 KB, as webpack can no longer concatenate its ES modules with ours.
          paneReact: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, chunks: (chunk) => chunk.name === 'taskpane', name: 'pane-react', enforce: true },
        },
      },
    },
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          server: devHttps(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          client: { overlay: { warnings: false, errors: true } },
          static: false,
        }
      : undefined,
  };
};

module.exports.devHttps = devHttps;
module.exports.supportPage = supportPage;
