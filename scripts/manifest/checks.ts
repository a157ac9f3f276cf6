/**
 * Offline checks of manifest.xml (`npm run validate`): what Office or the admin center would reject, and
 * what this add-in's design requires (DESIGN.md §2). Each problem names what is wrong and where.
 */
import { existsSync, readFileSync } from 'fs';
import { child, children, local, parseXml, walk, XmlError, type XmlElement } from './xml';

export interface CheckOptions {
  /**
   * Maps a manifest URL to a local file (to check icons), or null when the URL is not served from here.
   * Default: none (icons are then not opened).
   */
  localFile?: (url: string) => string | null;
}

/** Base manifest children, in the order the schema (OfficeApp 1.1, TaskPaneApp) requires. */
const BASE_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function checkManifest(xml: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const fail = (msg: string, el?: XmlElement) => problems.push(el ? `line ${el.line}: ${msg}` : msg);
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${e instanceof XmlError ? e.message : String(e)}`];
  }

  // ── base manifest
  if (root.name !== 'OfficeApp') fail(`root element is <${root.name}>, not <OfficeApp>`, root);
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') fail('OfficeApp xsi:type must be TaskPaneApp', root);
  const names = root.children.map((c) => local(c.name));
  for (const r of REQUIRED) if (!names.includes(r)) fail(`missing <${r}>`);
  const ranks = names.map((n) => BASE_ORDER.indexOf(n));
  ranks.forEach((r, i) => {
    if (r < 0) fail(`unexpected <${names[i]}> in OfficeApp`, root.children[i]);
    else if (i > 0 && r < ranks[i - 1]) fail(`<${names[i]}> must come before <${names[i - 1]}> (schema order)`, root.children[i]);
  });
  const text = (n: string) => child(root, n)?.text.trim() ?? '';
  const value = (n: string) => child(root, n)?.attrs.DefaultValue ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))) fail(`<Id> must be a GUID: "${text('Id')}"`);
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(text('Version'))) fail(`<Version> must be n.n.n.n: "${text('Version')}"`);
  if (!text('ProviderName')) fail('<ProviderName> is empty');
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(text('DefaultLocale'))) fail(`<DefaultLocale> must be like en-US: "${text('DefaultLocale')}"`);
  const limits: [string, number][] = [
    ['DisplayName', 125],
    ['Description', 250],
  ];
  for (const [n, max] of limits) {
    const el = child(root, n);
    const all = [value(n), ...children(el ?? root, 'Override').map((o) => o.attrs.Value ?? '')];
    if (!value(n)) fail(`<${n}> has no DefaultValue`);
    for (const v of all) if (v.length > max) fail(`<${n}> is longer than ${max} characters`, el);
    if (el && !children(el, 'Override').some((o) => o.attrs.Locale === 'vi-VN')) fail(`<${n}> has no vi-VN override`, el);
  }
  if (text('Permissions') !== 'ReadWriteDocument') fail(`<Permissions> must be ReadWriteDocument: "${text('Permissions')}"`);
  const hosts = children(child(root, 'Hosts') ?? root, 'Host').map((h) => h.attrs.Name);
  if (hosts.join() !== 'Workbook') fail(`<Hosts> must list Workbook only: ${hosts.join(', ')}`);
  const sets = Object.fromEntries(walk(child(root, 'Requirements') ?? root).filter((e) => local(e.name) === 'Set').map((e) => [e.attrs.Name, e.attrs.MinVersion]));
  for (const s of ['SharedRuntime', 'CustomFunctionsRuntime', 'ExcelApi']) if (!sets[s]) fail(`<Requirements> lacks the ${s} set`);
  if (!child(child(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue) fail('<DefaultSettings> has no SourceLocation');

  // ── VersionOverrides: TaskPaneApp accepts version 1.0 only
  const vo = child(root, 'VersionOverrides');
  if (vo) {
    if (vo.attrs['xsi:type'] !== 'VersionOverridesV1_0') fail('VersionOverrides must be VersionOverridesV1_0 (the only version for task pane add-ins)', vo);
    if (vo.attrs.xmlns !== 'http://schemas.microsoft.com/office/taskpaneappversionoverrides') fail('VersionOverrides has the wrong xmlns', vo);
    if (children(vo, 'VersionOverrides').length) fail('nested VersionOverrides are for mail add-ins only', vo);
  }
  const all = walk(root);

  // ── resources and resids
  const resources = vo ? child(vo, 'Resources') : undefined;
  const defined = new Map<string, { kind: string; el: XmlElement }>();
  if (!resources) fail('VersionOverrides has no <Resources>');
  else {
    for (const group of resources.children) {
      for (const r of group.children) {
        const id = r.attrs.id;
        if (!id) {
          fail(`<${r.name}> without id`, r);
          continue;
        }
        if (id.length > 32) fail(`resource id "${id}" is longer than 32 characters`, r);
        if (defined.has(id)) fail(`resource id "${id}" is defined twice`, r);
        defined.set(id, { kind: local(group.name), el: r });
        const max = local(group.name) === 'ShortStrings' ? 125 : local(group.name) === 'LongStrings' ? 250 : null;
        const values = [r.attrs.DefaultValue ?? '', ...children(r, 'Override').map((o) => o.attrs.Value ?? '')];
        if (!r.attrs.DefaultValue) fail(`resource "${id}" has no DefaultValue`, r);
        if (max !== null) for (const v of values) if (v.length > max) fail(`string "${id}" is longer than ${max} characters`, r);
      }
    }
  }
  const kindOf = (el: XmlElement): string | null => {
    const n = local(el.name);
    if (n === 'Image') return 'Images';
    if (['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(n)) return 'Urls';
    if (['Label', 'Title'].includes(n) || n === 'Namespace') return 'ShortStrings';
    if (n === 'Description') return 'LongStrings';
    return null;
  };
  const used = new Set<string>();
  for (const el of all) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (resid.length > 32) fail(`resid "${resid}" is longer than 32 characters`, el);
    const d = defined.get(resid);
    if (!d) {
      fail(`resid "${resid}" (on <${el.name}>) is not defined in <Resources>`, el);
      continue;
    }
    const want = kindOf(el);
    if (want && d.kind !== want) fail(`resid "${resid}" on <${el.name}> must be a ${want} resource, not ${d.kind}`, el);
  }

  // ── the shared runtime (DESIGN.md §2)
  const runtimes = all.filter((e) => local(e.name) === 'Runtime');
  if (runtimes.length !== 1) fail(`expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime && runtime.attrs.lifetime !== 'long') fail('the <Runtime> must have lifetime="long"', runtime);
  const page = all.find((e) => local(e.name) === 'Page');
  const pageResid = page ? child(page, 'SourceLocation')?.attrs.resid : undefined;
  const functionFile = all.find((e) => local(e.name) === 'FunctionFile');
  const shared = runtime?.attrs.resid;
  if (!page) fail('no custom functions <Page>');
  if (pageResid !== shared) fail(`custom functions <Page> uses "${pageResid}", the runtime "${shared}": they must be the same`, page);
  if (functionFile?.attrs.resid !== shared) fail(`<FunctionFile> uses "${functionFile?.attrs.resid}", the runtime "${shared}": they must be the same`, functionFile);
  for (const action of all.filter((e) => local(e.name) === 'Action')) {
    if (action.attrs['xsi:type'] === 'ShowTaskpane') {
      if (child(action, 'TaskpaneId')) fail('no <TaskpaneId> on a ShowTaskpane action under the long-lifetime runtime', action);
      if (child(action, 'SourceLocation')?.attrs.resid !== shared) fail('the ShowTaskpane action must open the runtime page', action);
    }
  }
  const cf = all.find((e) => local(e.name) === 'ExtensionPoint' && e.attrs['xsi:type'] === 'CustomFunctions');
  if (!cf) fail('no CustomFunctions extension point');
  else {
    for (const n of ['Script', 'Page', 'Metadata']) if (!child(child(cf, n), 'SourceLocation')?.attrs.resid) fail(`CustomFunctions <${n}> has no SourceLocation resid`, cf);
    const ns = child(cf, 'Namespace')?.attrs.resid;
    const nsValue = ns ? defined.get(ns)?.el.attrs.DefaultValue : undefined;
    if (nsValue !== 'THIDUA') fail(`custom functions namespace is "${nsValue}", not THIDUA`, cf);
    const meta = child(child(cf, 'Metadata'), 'SourceLocation')?.attrs.resid;
    const metaRes = meta ? defined.get(meta)?.el : undefined;
    if (metaRes && !children(metaRes, 'Override').some((o) => o.attrs.Locale === 'vi-VN')) fail('the functions metadata URL has no vi-VN override (Vietnamese names)', metaRes);
  }
  const tab = all.find((e) => local(e.name) === 'OfficeTab');
  if (tab?.attrs.id !== 'TabHome') fail('the ribbon group must be on the Home tab (OfficeTab id="TabHome")', tab);
  if (!all.some((e) => local(e.name) === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane')) fail('no button opens the task pane');

  // ── URLs: https only
  const urls: { url: string; el: XmlElement }[] = [];
  for (const el of all) {
    const n = local(el.name);
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(n) && el.attrs.DefaultValue) urls.push({ url: el.attrs.DefaultValue, el });
    if (n === 'AppDomain') urls.push({ url: el.text.trim(), el });
    if (n === 'Override' && /^https?:/i.test(el.attrs.Value ?? '')) urls.push({ url: el.attrs.Value, el });
  }
  for (const [, d] of defined) if (d.kind === 'Urls' || d.kind === 'Images') urls.push({ url: d.el.attrs.DefaultValue ?? '', el: d.el });
  for (const { url, el } of urls) {
    let u: URL | null = null;
    try {
      u = new URL(url);
    } catch {
      /* reported below */
    }
    if (!u) fail(`not a URL: "${url}"`, el);
    else if (u.protocol !== 'https:') fail(`not https: ${url}`, el);
  }

  // ── icons: present, PNG, at their declared size
  const declared: { url: string; size: number; el: XmlElement }[] = [];
  const iconUrl = child(root, 'IconUrl');
  const hiRes = child(root, 'HighResolutionIconUrl');
  if (iconUrl) declared.push({ url: iconUrl.attrs.DefaultValue, size: 32, el: iconUrl });
  if (hiRes) declared.push({ url: hiRes.attrs.DefaultValue, size: 64, el: hiRes });
  for (const [id, d] of defined) {
    if (d.kind !== 'Images') continue;
    const m = /(\d+)x(\d+)$/.exec(id);
    if (!m || m[1] !== m[2]) fail(`image id "${id}" does not say its size (Icon.NNxNN)`, d.el);
    else declared.push({ url: d.el.attrs.DefaultValue, size: +m[1], el: d.el });
  }
  for (const el of all.filter((e) => local(e.name) === 'Image' && e.attrs.resid)) {
    const d = defined.get(el.attrs.resid);
    const m = /(\d+)x\d+$/.exec(el.attrs.resid);
    if (d && m && el.attrs.size !== m[1]) fail(`<bt:Image size="${el.attrs.size}"> refers to ${el.attrs.resid}`, el);
  }
  for (const size of ['16', '32', '80']) {
    if (!all.some((e) => local(e.name) === 'Image' && e.attrs.resid && e.attrs.size === size)) fail(`the ribbon has no ${size} px icon`);
  }
  if (options.localFile) {
    for (const { url, size, el } of declared) {
      const file = options.localFile(url);
      if (file === null) continue;
      if (!existsSync(file)) {
        fail(`icon ${url} → ${file} does not exist`, el);
        continue;
      }
      const dim = pngSize(readFileSync(file));
      if (!dim) fail(`icon ${file} is not a PNG`, el);
      else if (dim.width !== size || dim.height !== size) fail(`icon ${file} is ${dim.width}×${dim.height}, declared ${size}×${size}`, el);
    }
  }
  return problems;
}
