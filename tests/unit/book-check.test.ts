/** The pre-build check: every author mistake in the book at once, each at file:line:col, with suggestions. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBook, formatReport } from '../../src/lib/book-check';
import { MIN_REVIEW_QUESTIONS, RULES } from '../../src/lib/chapter-rules';
import { closest, levenshtein } from '../../src/lib/suggest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'book-check-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content/docs', path)), { recursive: true });
    writeFileSync(join(root, 'content/docs', path), text);
  }
  return root;
}

const glossary = new Map([['hypervisor', { introducedIn: 'cpu' }], ['virtual-machine', { introducedIn: 'cpu' }]]);
const references = new Map([['popek1974', {}], ['robin2000', {}], ['adams2006', {}]]);
const check = (root: string) => checkBook({ projectRoot: root, glossary, references, mermaidVersion: '0.0.0-test' });

const HOME = '---\ntitle: Home\ndescription: The home page of a test copy of the book.\n---\n\nHome.\n';
const question = (n: number) => `<Question>\nQuestion ${n}?\n\n<Answer>\nA worked answer that is long enough to count as one sentence.\n</Answer>\n</Question>\n`;
const option = (c = '') => `<Option${c} explain="Because it is so.">An option</Option>\n`;
/** A chapter that follows every rule; `body` goes into its first section. */
const chapter = (body: string, questions = MIN_REVIEW_QUESTIONS) => `---
title: CPU
description: A test chapter that follows every rule of the guide.
---

<Objectives>
- Explain a thing.
</Objectives>

Opening.

## First section

A <Term id="hypervisor" define /> runs guests <Cite key="popek1974,robin2000" /> <Cite key="adams2006" />.

<Figure id="fig:demo" caption="A demo.">

<TrapStepper />

</Figure>

${body}

## Summary

<Summary>
- One idea.
</Summary>

## Review questions

<Questions>
${Array.from({ length: questions }, (_, i) => question(i + 1)).join('\n')}
</Questions>

## Self-check quiz

<Quiz id="cpu">
<QuizItem prompt="One?">
${option(' correct')}${option()}</QuizItem>
<QuizItem prompt="Two?">
${option(' correct')}${option()}</QuizItem>
<QuizItem prompt="Three?">
${option(' correct')}${option()}</QuizItem>
</Quiz>

## Further reading

- <Cite key="popek1974" />.
`;

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(levenshtein('hypervisr', 'hypervisor')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
  it('suggests only a close candidate', () => {
    expect(closest('popek1947', ['popek1974', 'robin2000'])).toBe('popek1974');
    expect(closest('zzzzzz', ['popek1974', 'robin2000'])).toBeUndefined();
  });
});

describe('checkBook', () => {
  it('passes a chapter that follows the guide', () => {
    const root = project({ 'index.mdx': HOME, 'system/01-cpu.mdx': chapter('See <Ref to="fig:demo" /> and [home](/).') });
    expect(check(root).problems).toEqual([]);
  });

  it('asks for the Chinese name of a new page, in zh-titles.ts, where the Chinese edition needs one', () => {
    const root = project({ 'index.mdx': HOME, 'system/01-cpu.mdx': chapter('Text.') });
    const named = (names: Record<string, string>) => checkBook({ projectRoot: root, glossary, references, mermaidVersion: '0.0.0-test', zhTitle: (p) => names[p.replace(/\.mdx$/, '')] });
    expect(named({ index: '首页', 'system/01-cpu': 'CPU 虚拟化' }).problems).toEqual([]);
    expect(named({ index: '首页' }).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      "content/docs/system/01-cpu.mdx:1:1: the Chinese edition has no name for this page: add 'system/01-cpu.mdx': '<Chinese title>' to src/i18n/zh-titles.ts",
    ]);
  });

  it('reports every mistake of the book at once, at file:line:col, with the likely intended id', () => {
    const body = [
      'A <Term id="hypervisr" /> here.', // line 22
      '',
      'A <Cite key="popek1947" /> there.', // 24
      '',
      'And <Ref to="fig:dmo" /> and [a link](../glossary/).', // 26
    ].join('\n');
    const root = project({
      'index.mdx': HOME,
      'preface.mdx': '---\ntitle: Preface\ndescripton: Misspelt field name in the frontmatter.\n---\n\nText.\n',
      'system/01-cpu.mdx': chapter(body),
    });
    const { problems } = check(root);
    const lines = formatReport(problems).split('\n');
    expect(lines[0]).toBe('6 problems in 2 files:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^content\/docs\/preface\.mdx:1:1: frontmatter: description: /),
      'content/docs/preface.mdx:3:1: frontmatter: Unrecognized key: "descripton" (did you mean "description"?)',
      expect.stringMatching(/^content\/docs\/system\/01-cpu\.mdx:22:3: <Term id="hypervisr">: no glossary entry has this id \(did you mean "hypervisor"\?\)/),
      expect.stringMatching(/^content\/docs\/system\/01-cpu\.mdx:24:3: <Cite key="popek1947">: no reference has this key \(did you mean "popek1974"\?\)/),
      expect.stringMatching(/^content\/docs\/system\/01-cpu\.mdx:26:5: <Ref to="fig:dmo">: .*\(did you mean "fig:demo"\?\)/),
      expect.stringMatching(/^content\/docs\/system\/01-cpu\.mdx:26:30: relative link "\.\.\/glossary\/"/),
    ]);
  });

  it('states the chapter rules where a chapter breaks them', () => {
    const root = project({
      'index.mdx': HOME,
      'system/01-cpu.mdx': chapter('', 2).replace(/<Objectives>[\s\S]*?<\/Objectives>/, '').replace('## Further reading', '## Reading'),
    });
    const messages = check(root).problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^\d+: a chapter starts with <Objectives>/));
    expect(messages).toContainEqual(expect.stringMatching(/^\d+: "## Review questions" needs <Questions> with at least 5 <Question>s \(found 2\)/));
    expect(messages).toContainEqual(expect.stringMatching(/a chapter needs a "## Further reading" section/));
    expect(RULES.join(' ')).toContain(`at least ${MIN_REVIEW_QUESTIONS}`);
  });

  it('reports a diagram without accTitle/accDescr and one without an SVG', () => {
    const fence = (acc: string) => `<Figure id="fig:d${acc.length}" caption="A diagram.">\n\n\`\`\`mermaid\nflowchart TB\n${acc}  A --> B\n\`\`\`\n\n</Figure>`;
    const root = project({
      'index.mdx': HOME,
      'system/01-cpu.mdx': chapter(`${fence('')}\n\n${fence('  accTitle: T\n  accDescr: D.\n')}`),
    });
    const { problems, missingDiagrams } = check(root);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^this Mermaid diagram has no accTitle and no accDescr/),
      expect.stringMatching(/^this Mermaid diagram has no rendered SVG .*npm run diagrams/),
    ]);
    expect(missingDiagrams).toHaveLength(1);
  });

  it('checks a translation as its English page, not as a page out of place', () => {
    const zhHome = '---\ntitle: 首页\ndescription: 本书测试副本的首页，只用于检查译文页面是否按其英文原页检查。\ntranslationOf: index.mdx\nsourceHash: 0123456789abcdef\n---\n\n首页，见[前言](/zh-cn/system/cpu/)。\n';
    const root = project({
      'index.mdx': HOME,
      'system/01-cpu.mdx': chapter(''),
      'zh-cn/index.mdx': zhHome,
      // A translated chapter: its headings are Chinese, so the (English) chapter rules do not apply;
      // its ids and keys are still checked.
      'zh-cn/system/01-cpu.mdx': '---\ntitle: CPU\ndescription: 一个测试章节的译文，其中的术语编号写错了一个字母。\n---\n\n一个 <Term id="hypervisr" /> 和 <Ref to="fig:demo" />。\n',
      'zh-cn/system/09-none.mdx': zhHome,
    });
    expect(check(root).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      expect.stringMatching(/^content\/docs\/zh-cn\/system\/01-cpu\.mdx:6:4: <Term id="hypervisr">: no glossary entry has this id \(did you mean "hypervisor"\?\)/),
      'content/docs/zh-cn/system/09-none.mdx:1:1: a translation of content/docs/system/09-none.mdx, which does not exist',
    ]);
  });

  it('names a page outside the book’s structure', () => {
    const root = project({ 'index.mdx': HOME, 'notes.mdx': HOME });
    expect(check(root).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      expect.stringMatching(/^content\/docs\/notes\.mdx:1:1: a page at the root must be front matter/),
    ]);
  });
});
