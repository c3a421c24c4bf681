/** remark-book on a translation: numbered as its English source, labelled in Chinese, parity enforced. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/lib/book-order';
import { buildIndex, localizeBook } from '../../src/lib/book-index';
import { checkGlossary } from '../../src/lib/glossary';
import { parseMdx } from '../../src/lib/mdx-parse';
import remarkBook from '../../src/lib/remark-book';
import type { Reference } from '../../src/lib/references';
import type { Translation } from '../../src/lib/translations';
import type { Locale } from '../../src/i18n';

const DOCS = '/virtual/docs';
const fm = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: A page used by the remark-book translation tests.\n${extra}---\n\n`;
const EN: Record<string, string> = {
  'index.mdx': fm('Home') + 'Home.\n',
  'foundations/01-intro.mdx': fm('Intro') + '## What it is\n\nIntro text.\n',
  'system/01-cpu.mdx':
    fm('CPU') +
    'A <Term id="hypervisor" define /> <Cite key="a1999" />.\n\n## Trap and emulate\n\nFirst sentence.\n\n<Figure id="fig:cpu-stack" caption="A stack.">\n\nBody.\n\n</Figure>\n\nSee <Ref to="sec:cpu/trap-and-emulate" /> and <Ref to="ch:intro" />.\n\n## Summary\n\nDone.\n',
};
const ZH_CPU =
  fm('CPU 虚拟化', 'translationOf: system/01-cpu.mdx\nsourceHash: 0123456789abcdef\n') +
  '<Term id="hypervisor" define /><Cite key="a1999" />。\n\n## 陷入与模拟 {/* #trap-and-emulate */}\n\n第一句。\n\n<Figure id="fig:cpu-stack" caption="一个层次结构。">\n\n正文。\n\n</Figure>\n\n见 <Ref to="sec:cpu/trap-and-emulate" /> 和 <Ref to="ch:intro" />。\n\n## 小结 {/* #summary */}\n\n完。\n';

const references = new Map<string, Reference>([['a1999', { key: 'a1999', type: 'web', authors: ['A. Author'], title: 'T', year: 1999, url: 'https://example.org/a' }]]);
const glossary = new Map(
  checkGlossary([{ id: 'hypervisor', term: 'hypervisor', zh: '虚拟机监视器', definition: 'Software that runs virtual machines on a host.', definitionZh: '在宿主机上运行虚拟机的软件。', introducedIn: 'cpu' }]).map((e) => [e.id, e]),
);

function compileZh(zhText: string): Root {
  const fs: Record<string, string> = { ...EN, 'zh-cn/system/01-cpu.mdx': zhText };
  const book = buildBook(Object.keys(EN).map((path) => ({ path, title: /title: (.*)/.exec(EN[path]!)![1]! })));
  const translation = { path: 'zh-cn/system/01-cpu.mdx', source: 'system/01-cpu.mdx', title: 'CPU 虚拟化', text: zhText } as Translation;
  const translations = new Map([['system/01-cpu.mdx', translation]]);
  const indexes: Record<Locale, ReturnType<typeof buildIndex>> = {
    en: buildIndex(book, (p) => EN[p]!),
    'zh-cn': buildIndex(localizeBook(book, translations), (p) => translations.get(p)?.text ?? EN[p]!, 'zh-cn', (p) => translations.has(p)),
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkBook, { base: '/course/', docsDir: DOCS, index: (l: Locale) => indexes[l], readDoc: (p: string) => fs[p]!, glossary, references });
  return processor.runSync(parseMdx(zhText), { path: `${DOCS}/zh-cn/system/01-cpu.mdx` } as never) as Root;
}

type Node = { type: string; name?: string; value?: string; attributes?: { name: string; value: string }[]; children?: Node[]; data?: { hProperties?: Record<string, unknown> } };
const attrs = (tree: Root, name: string) => {
  const out: Record<string, string>[] = [];
  const walk = (n: Node) => {
    if (n.name === name) out.push(Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value])));
    (n.children ?? []).forEach(walk);
  };
  walk(tree as unknown as Node);
  return out;
};

describe('remark-book on a Chinese translation', () => {
  const tree = compileZh(ZH_CPU);

  it('keeps the English ids and numbers, and drops the id comment from the heading', () => {
    const headings = (tree.children as unknown as Node[]).filter((n) => n.type === 'heading');
    expect(headings.map((h) => h.data?.hProperties?.id)).toEqual(['trap-and-emulate', 'summary', 'references']);
    expect(JSON.stringify(headings[0])).toContain('"value":"2.1 "');
    expect(JSON.stringify(headings[0])).not.toContain('mdxTextExpression');
    // Nor the space before the comment: the title (which the anchor's label quotes) ends at its last word.
    expect(JSON.stringify(headings[0])).toContain('"value":"陷入与模拟"');
  });

  it('labels figures, cross-references and the reference list in Chinese, linking within /zh-cn/', () => {
    expect(attrs(tree, 'Figure').map((f) => f.label)).toEqual(['图 2.1']);
    expect(attrs(tree, 'Ref').map((r) => [r.label, r.href])).toEqual([
      ['2.1 节', '/course/zh-cn/system/cpu/#trap-and-emulate'],
      ['第 1 章', '/course/zh-cn/foundations/intro/'],
    ]);
    // The untranslated chapter's preview is English text, and marked so.
    expect(attrs(tree, 'Ref')[1]!.previewLang).toBe('en');
    expect(attrs(tree, 'Ref')[0]!.previewLang).toBeUndefined();
    expect(attrs(tree, 'Term')[0]!.href).toBe('/course/zh-cn/glossary/#hypervisor');
    const refsHeading = (tree.children as unknown as Node[]).find((n) => n.type === 'heading' && n.data?.hProperties?.id === 'references');
    expect(refsHeading?.children?.[0]?.value).toBe('参考文献');
  });

  it('fails the build, naming the translation and line, when the structure differs from the English', () => {
    const broken = ZH_CPU.replace('<Figure id="fig:cpu-stack" caption="一个层次结构。">\n\n正文。\n\n</Figure>\n\n', '');
    expect(() => compileZh(broken)).toThrow(/content\/docs\/zh-cn\/system\/01-cpu\.mdx:\d+: figure fig:cpu-stack is missing \(English line \d+\)/);
  });
});
