import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/lib/book-order';
import { buildIndex } from '../../src/lib/book-index';
import { parseMdx } from '../../src/lib/mdx-parse';
import { checkGlossary } from '../../src/lib/glossary';
import remarkBook from '../../src/lib/remark-book';
import type { Reference } from '../../src/lib/references';

const DOCS = '/virtual/docs';
const fm = (title: string) => `---\ntitle: ${title}\ndescription: A chapter used by the remark-book unit tests.\n---\n\n`;

const files: Record<string, string> = {
  'index.mdx': fm('Home') + 'Home.\n',
  'foundations/01-intro.mdx': fm('Intro') + '## What it is\n\nIntro text.\n',
  'system/01-cpu.mdx':
    fm('CPU') +
    [
      'A <Term id="hypervisor" define /> and <Term id="hypervisor">hypervisors</Term> <Cite key="b2000,a1999" />.',
      '',
      '## Trap and emulate',
      '',
      'First sentence of the section.',
      '',
      '### Sensitive instructions',
      '',
      '<Figure id="fig:cpu-stack" caption="A stack.">',
      '',
      'Body.',
      '',
      '</Figure>',
      '',
      '<Figure id="tab:cpu-kinds" caption="Kinds." cite="c2001">',
      '',
      '| a |',
      '| - |',
      '| b |',
      '',
      '</Figure>',
      '',
      '<Figure id="fig:cpu-other" caption="Another.">',
      '',
      'Body.',
      '',
      '</Figure>',
      '',
      'See <Ref to="sec:cpu/trap-and-emulate" />, <Ref to="fig:cpu-other" />, <Ref to="ch:intro" /> and <Cite key="a1999" />. 影子页表',
      '',
      '## Summary',
      '',
      'Done.',
    ].join('\n'),
};

const ref = (key: string): Reference => ({ key, type: 'web', authors: ['A. Author'], title: `Title ${key}`, year: 2000, url: `https://example.org/${key}` });
const references = new Map(['a1999', 'b2000', 'c2001'].map((k) => [k, ref(k)]));
const glossary = new Map(
  checkGlossary([{ id: 'hypervisor', term: 'hypervisor', zh: '虚拟机监视器', definition: 'Software that runs virtual machines on a host.', definitionZh: '在宿主机上运行虚拟机的软件。', introducedIn: 'cpu' }]).map((e) => [e.id, e]),
);

function indexFor(fs: Record<string, string>) {
  const book = buildBook(Object.keys(fs).map((path) => ({ path, title: /title: (.*)/.exec(fs[path]!)![1]! })));
  return buildIndex(book, (p) => fs[p]!);
}

function compile(path: string, fs = files): Root {
  const index = indexFor(fs);
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkBook, { base: '/course/', docsDir: DOCS, index: () => index, glossary, references });
  return processor.runSync(parseMdx(fs[path]!), { path: `${DOCS}/${path}` } as never) as Root;
}

type Jsx = { type: string; name?: string; attributes?: { name: string; value: string }[]; children?: Jsx[]; depth?: number; data?: { hProperties?: Record<string, unknown> } };
function jsxNodes(tree: Root, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const walk = (n: Jsx) => {
    if (n.name === name) out.push(Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value])));
    (n.children ?? []).forEach(walk);
  };
  walk(tree as unknown as Jsx);
  return out;
}

describe('remark-book', () => {
  const tree = compile('system/01-cpu.mdx');

  it('numbers sections and subsections from the chapter number, and ids them by slug', () => {
    const headings = (tree.children as unknown as Jsx[]).filter((n) => n.type === 'heading');
    const summary = (h: Jsx) => [h.data?.hProperties?.id, JSON.stringify(h.children?.[0])];
    expect(summary(headings[0]!)[0]).toBe('trap-and-emulate');
    expect(summary(headings[0]!)[1]).toContain('"value":"2.1 "');
    expect(summary(headings[1]!)[1]).toContain('"value":"2.1.1 "');
    // End-of-chapter sections get ids but no number.
    expect(summary(headings[2]!)[0]).toBe('summary');
    expect(summary(headings[2]!)[1]).not.toContain('2.2');
  });

  it('numbers figures and tables separately, per chapter', () => {
    expect(jsxNodes(tree, 'Figure').map((f) => [f.anchor, f.label])).toEqual([
      ['fig-cpu-stack', 'Figure 2.1'],
      ['tab-cpu-kinds', 'Table 2.1'],
      ['fig-cpu-other', 'Figure 2.2'],
    ]);
  });

  it('resolves cross-references into numbered links under the base, with previews', () => {
    const refs = jsxNodes(tree, 'Ref');
    expect(refs.map((r) => [r.label, r.href])).toEqual([
      ['Section 2.1', '/course/system/cpu/#trap-and-emulate'],
      ['Figure 2.2', '/course/system/cpu/#fig-cpu-other'],
      ['Chapter 1', '/course/foundations/intro/'],
    ]);
    expect(refs[0]!.preview).toBe('First sentence of the section.');
    expect(refs[1]!.preview).toBe('Another.');
  });

  it('numbers citations in order of first use, including figure captions, and appends the reference list', () => {
    expect(jsxNodes(tree, 'Cite').map((c) => c.numbers)).toEqual(['1,2', '2']);
    expect(jsxNodes(tree, 'Figure')[1]!.citeNumbers).toBe('3');
    expect(jsxNodes(tree, 'ChapterReferences')).toEqual([{ keys: 'b2000,a1999,c2001' }]);
  });

  it('links terms to the glossary under the base', () => {
    expect(jsxNodes(tree, 'Term').map((t) => t.href)).toEqual(['/course/glossary/#hypervisor', '/course/glossary/#hypervisor']);
  });

  it('adds Chinese search tokens from the text and from the terms shown', () => {
    const tokens = JSON.stringify(tree.children.at(-1));
    expect(tokens).toContain('bk-search-tokens');
    expect(tokens).toContain('页表');
    expect(tokens).toContain('监视器');
  });

  it('leaves files outside content/docs alone', () => {
    const index = indexFor(files);
    const p = unified().use(remarkParse).use(remarkMdx).use(remarkBook, { base: '/', docsDir: DOCS, index: () => index, glossary, references });
    const t = p.runSync(parseMdx('## Hello\n'), { path: '/elsewhere/x.mdx' } as never) as Root;
    expect(JSON.stringify(t)).not.toContain('hProperties');
  });
});

describe('remark-book rejects author mistakes, naming file and line', () => {
  const withBody = (body: string) => ({ ...files, 'system/01-cpu.mdx': fm('CPU') + body });
  const errorOf = (body: string) => {
    try {
      compile('system/01-cpu.mdx', withBody(body));
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };

  it('an unknown cross-reference id', () => {
    expect(errorOf('Text.\n\nSee <Ref to="fig:nothing" />.')).toMatch(/system\/01-cpu\.mdx:8:5: <Ref to="fig:nothing">: no chapter, section, figure or table has this id/);
  });
  it('an unknown section, with a hint about heading slugs', () => {
    expect(errorOf('See <Ref to="sec:cpu/missing" />.')).toMatch(/01-cpu\.mdx:6:5: .*check the heading text/);
  });
  it('an unknown glossary term', () => {
    expect(errorOf('A <Term id="vmm" />.')).toMatch(/01-cpu\.mdx:6:3: <Term id="vmm">: no glossary entry has this id/);
  });
  it('a term defined outside the chapter that introduces it', () => {
    const fs = { ...files, 'foundations/01-intro.mdx': fm('Intro') + 'A <Term id="hypervisor" define />.\n' };
    expect(() => compile('foundations/01-intro.mdx', fs)).toThrow(/01-intro\.mdx:6:3: .*introduced in "cpu", not here/);
  });
  it('an unknown citation key, in a <Cite> or a figure caption, or none at all', () => {
    expect(errorOf('As shown <Cite key="a1999,zz2020" />.')).toMatch(/01-cpu\.mdx:6:10: <Cite key="zz2020">: no reference has this key/);
    expect(errorOf('<Figure id="fig:x" caption="c" cite="a1999, zz2020">\n\nB.\n\n</Figure>')).toMatch(/01-cpu\.mdx:6:1: <Figure cite="zz2020">: no reference has this key/);
    expect(errorOf('As shown <Cite key=" , " />.')).toMatch(/01-cpu\.mdx:6:10: <Cite> needs key="…"/);
  });
  it('a figure without a caption, and a figure id of the wrong form', () => {
    expect(errorOf('<Figure id="fig:x">\n\nBody.\n\n</Figure>')).toMatch(/01-cpu\.mdx:6:1: <Figure id="fig:x"> needs a caption/);
    expect(() => indexFor(withBody('<Figure id="figure-x" caption="c">\n\nB.\n\n</Figure>'))).toThrow(/system\/01-cpu\.mdx:6:1: <Figure id="figure-x">: an id must be "fig:" or "tab:"/);
  });
  it('a figure id used twice in the book', () => {
    const fs = { ...files, 'foundations/01-intro.mdx': fm('Intro') + '<Figure id="fig:cpu-stack" caption="Again.">\n\nB.\n\n</Figure>\n' };
    expect(() => indexFor(fs)).toThrow(/figure id "fig:cpu-stack" is already used at content\/docs\/foundations\/01-intro\.mdx:6/);
  });
  it('a quiz item without a correct option, or an option without an explanation', () => {
    expect(errorOf('<Quiz id="q">\n<QuizItem prompt="P?">\n<Option explain="e">A</Option>\n<Option explain="e">B</Option>\n</QuizItem>\n</Quiz>')).toMatch(
      /01-cpu\.mdx:7:1: <QuizItem>: mark at least one <Option correct>/,
    );
    expect(errorOf('<Quiz id="q">\n<QuizItem prompt="P?">\n<Option correct>A</Option>\n<Option explain="e">B</Option>\n</QuizItem>\n</Quiz>')).toMatch(
      /01-cpu\.mdx:8:1: <Option> needs explain=/,
    );
  });
  it('a review question without a worked answer', () => {
    expect(errorOf('<Questions>\n<Question>\nWhy?\n</Question>\n</Questions>')).toMatch(/01-cpu\.mdx:7:1: <Question> needs an <Answer>/);
  });
});

describe('remark-book output survives conversion to HTML', () => {
  it('puts the section number inside the heading', () => {
    const tree = compile('foundations/01-intro.mdx');
    const hast = unified().use(remarkRehype).runSync(tree as never) as { children: { tagName?: string; properties?: Record<string, unknown>; children?: { properties?: Record<string, unknown> }[] }[] };
    const h2 = hast.children.find((c) => c.tagName === 'h2')!;
    expect(h2.properties?.id).toBe('what-it-is');
    expect(h2.children?.[0]?.properties?.className).toEqual(['bk-secnum']);
  });
});
