/** manifest.xml passes the offline checks, and each check catches what it is for. */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { checkManifest } from '../../scripts/manifest/checks';
import { parseXml } from '../../scripts/manifest/xml';
import { validateFile } from '../../scripts/validate-manifest';

const root = resolve(__dirname, '../..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const localFile = (url: string) => (url.startsWith('https://localhost:3000/') ? join(root, url.slice('https://localhost:3000/'.length)) : null);
const check = (text: string) => checkManifest(text, { localFile });

test('manifest.xml is valid: well-formed, complete, consistent resids, THIDUA, https, icons at their sizes', () => {
  expect(validateFile(join(root, 'manifest.xml'))).toEqual([]);
});

test('the manifest says what the design asks for', () => {
  const doc = parseXml(xml);
  const all = JSON.stringify(doc);
  expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
  expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="THIDUA"\/>/);
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/<Override Locale="vi-VN" Value="Thi đua – xếp hạng cụm thi đua"\/>/);
  expect(xml).toMatch(/<bt:Override Locale="vi-VN" Value="https:\/\/localhost:3000\/functions.vi-VN.json"\/>/);
  expect(all).not.toContain('TaskpaneId');
  for (const size of [16, 32, 64, 80, 128]) expect(xml).toContain(`assets/icon-${size}.png`);
});

describe('each check catches its problem', () => {
  test.each([
    ['not well-formed', (s: string) => s.replace('</Hosts>', '</Host>'), /not well-formed/],
    ['an undefined resid', (s: string) => s.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /resid "Group.Missing".*not defined/],
    ['a resid of the wrong kind', (s: string) => s.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), /must be a ShortStrings resource/],
    ['a duplicate resource id', (s: string) => s.replace('<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'), /defined twice/],
    ['a TaskpaneId under the shared runtime', (s: string) => s.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>x</TaskpaneId>'), /no <TaskpaneId>/],
    ['a short-lived runtime', (s: string) => s.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ['a page other than the runtime’s', (s: string) => s.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /FunctionFile.*must be the same/],
    ['another namespace', (s: string) => s.replace('DefaultValue="THIDUA"', 'DefaultValue="CONTOSO"'), /namespace is "CONTOSO"/],
    ['an http URL', (s: string) => s.replace('https://localhost:3000/support.html"/>', 'http://localhost:3000/support.html"/>'), /not https/],
    ['an icon of the wrong size', (s: string) => s.replace('assets/icon-16.png"/>', 'assets/icon-32.png"/>'), /is 32×32, declared 16×16/],
    ['a missing icon file', (s: string) => s.replace('assets/icon-80.png"/>', 'assets/icon-81.png"/>'), /does not exist/],
    ['no Vietnamese metadata', (s: string) => s.replace(/\s*<bt:Override Locale="vi-VN" Value="https:\/\/localhost:3000\/functions.vi-VN.json"\/>/, ''), /no vi-VN override/],
    ['elements out of order', (s: string) => s.replace(/(\s*<Version>1.0.0.0<\/Version>)/, '').replace('<ProviderName>', '<Version>1.0.0.0</Version><ProviderName>').replace('<Version>1.0.0.0</Version><ProviderName>Thi đua</ProviderName>', '<ProviderName>Thi đua</ProviderName><Version>1.0.0.0</Version>'), /must come before/],
    ['a bad GUID', (s: string) => s.replace('<Id>99072592-26f1-472e-a841-e70e574b255f</Id>', '<Id>thidua</Id>'), /must be a GUID/],
    ['VersionOverrides 1.1 on a task pane add-in', (s: string) => s.replace('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'), /VersionOverridesV1_0/],
    ['a missing requirement set', (s: string) => s.replace(/\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ''), /lacks the SharedRuntime set/],
  ])('%s', (_label, mutate, message) => {
    const mutated = mutate(xml);
    expect(mutated).not.toBe(xml);
    expect(check(mutated).join('\n')).toMatch(message);
  });
});

describe('the XML reader', () => {
  test.each([
    ['<a><b></a></b>', /does not close/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a x=1/>', /bad attribute/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>AT&T</a>', /bad entity reference/],
    ['<a/><b/>', /second root/],
    ['<a>', /not closed/],
    ['<a><!-- x -- y --></a>', /inside a comment/],
    ['text<a/>', /outside the root/],
  ])('%s is refused', (src, message) => {
    expect(() => parseXml(src)).toThrow(message);
  });

  test('reads entities, CDATA and attributes', () => {
    const el = parseXml('<?xml version="1.0"?><a k=\'&quot;x&quot;\'><b>&lt;&#233;&#x1EA1;</b><![CDATA[<raw>]]></a>');
    expect(el.attrs.k).toBe('"x"');
    expect(el.children[0].text).toBe('<éạ');
    expect(el.text).toBe('<raw>');
  });
});
