import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../src/lib/book-order';
import { analyzeChapter } from '../../src/lib/chapter-analysis';
import { parseMdx } from '../../src/lib/mdx-parse';
import { checkParity, contentHash, readTranslations, staleness } from '../../src/lib/translations';

const EN = [
  '---',
  'title: CPU',
  'description: The English chapter used by the translation tests.',
  '---',
  '',
  'A <Term id="hypervisor" define /> runs guests <Cite key="popek1974" />.',
  '',
  '## Trap and emulate',
  '',
  'See <Ref to="fig:cpu-a" /> and <Term id="vm-exit" />.',
  '',
  '<Figure id="fig:cpu-a" caption="A.">',
  '',
  'Body.',
  '',
  '</Figure>',
  '',
  '<Figure id="tab:cpu-b" caption="B.">',
  '',
  'Body.',
  '',
  '</Figure>',
  '',
  '## Binary translation',
  '',
  'Text <Cite key="adams2006" />.',
  '',
  '## Review questions',
  '',
  '<Questions>',
  '<Question>',
  'Q1?',
  '<Answer>A1.</Answer>',
  '</Question>',
  '<Question>',
  'Q2?',
  '<Answer>A2.</Answer>',
  '</Question>',
  '</Questions>',
  '',
  '## Self-check quiz',
  '',
  '<Quiz id="q">',
  '<QuizItem prompt="One?">',
  '<Option correct explain="yes">a</Option>',
  '<Option explain="no">b</Option>',
  '</QuizItem>',
  '<QuizItem prompt="Two?">',
  '<Option explain="no">a</Option>',
  '<Option correct explain="yes">b</Option>',
  '</QuizItem>',
  '</Quiz>',
].join('\n');

/** A faithful translation: same structure, Chinese text, explicit English heading ids. */
const ZH = EN.replace('title: CPU', 'title: CPU 虚拟化')
  .replace('description: The English chapter used by the translation tests.', 'description: 翻译测试所用的中文章节，结构与英文相同。')
  .replace('A <Term id="hypervisor" define /> runs guests', '<Term id="hypervisor" define />运行客户机')
  .replace('## Trap and emulate', '## 陷入与模拟 {/* #trap-and-emulate */}')
  .replace('See <Ref to="fig:cpu-a" /> and <Term id="vm-exit" />.', '<Term id="vm-exit" />见 <Ref to="fig:cpu-a" />。')
  .replace('## Binary translation', '## 二进制翻译 {/* #binary-translation */}')
  .replace('## Review questions', '## 复习题 {/* #review-questions */}')
  .replace('## Self-check quiz', '## 自测题 {/* #self-check-quiz */}');

const check = (zh: string) => checkParity(EN, zh, 4, 'content/docs/zh-cn/system/01-cpu.mdx', 'content/docs/system/01-cpu.mdx');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('explicit heading ids', () => {
  it('keep the English id and numbering, and are not part of the title', () => {
    const { sections } = analyzeChapter(parseMdx(ZH), 4);
    expect(sections.map((s) => [s.slug, s.number, s.title])).toEqual([
      ['trap-and-emulate', '4.1', '陷入与模拟'],
      ['binary-translation', '4.2', '二进制翻译'],
      ['review-questions', undefined, '复习题'],
      ['self-check-quiz', undefined, '自测题'],
    ]);
  });

  it('give a section preview without the space a citation leaves before Chinese punctuation', () => {
    const { sections } = analyzeChapter(parseMdx('## 分类 {/* #classes */}\n\n手册把指令分成两组 <Cite key="intel-sdm" />：敏感的和无害的 <Cite key="popek1974" />。Intel <Cite key="x" /> 的说法。\n'), 4);
    expect(sections[0]!.preview).toBe('手册把指令分成两组：敏感的和无害的。Intel 的说法。');
  });
});

describe('parity of a translation with its English source', () => {
  it('accepts a translation with the same structure (terms may move inside a section)', () => {
    expect(check(ZH)).toEqual([]);
  });

  it('names a missing section, with the line where it should be', () => {
    const zh = ZH.replace('## 二进制翻译 {/* #binary-translation */}', '二进制翻译。');
    const problems = check(zh);
    expect(problems[0]).toBe(
      `content/docs/zh-cn/system/01-cpu.mdx:${lineOf(zh, '## 复习题')}: section #binary-translation is missing (English line ${lineOf(EN, '## Binary translation')}); expected before section #review-questions`,
    );
    // Its citation now sits in the previous section: reported there; nothing about the missing section's own uses.
    expect(problems.slice(1)).toEqual([
      `content/docs/zh-cn/system/01-cpu.mdx:${lineOf(zh, 'adams2006')}: citation "adams2006" is not used in section #trap-and-emulate of the English (content/docs/system/01-cpu.mdx)`,
    ]);
  });

  it('names a section whose id is not the English one (a heading without its explicit id)', () => {
    const zh = ZH.replace('## 二进制翻译 {/* #binary-translation */}', '## 二进制翻译');
    expect(check(zh).join('\n')).toMatch(/:\d+: section #二进制翻译 is not in the English \(sections\)/);
  });

  it('names a reordered figure', () => {
    const a = ZH.indexOf('<Figure id="fig:cpu-a"');
    const b = ZH.indexOf('<Figure id="tab:cpu-b"');
    const end = ZH.indexOf('</Figure>', b) + '</Figure>'.length;
    const zh = ZH.slice(0, a) + ZH.slice(b, end) + '\n\n' + ZH.slice(a, b) + ZH.slice(end);
    expect(check(zh)).toEqual([
      `content/docs/zh-cn/system/01-cpu.mdx:${lineOf(zh, 'tab:cpu-b')}: figures and tables out of order: table tab:cpu-b is here, but the English (line ${lineOf(EN, 'fig:cpu-a" caption')}) has figure fig:cpu-a at this place`,
    ]);
  });

  it('names a missing glossary term, by section', () => {
    const zh = ZH.replace('<Term id="vm-exit" />', 'VM Exit');
    expect(check(zh)).toEqual([
      `content/docs/zh-cn/system/01-cpu.mdx:${lineOf(zh, '## 陷入与模拟')}: <Term id="vm-exit"> (English line ${lineOf(EN, 'vm-exit')}) is missing from section #trap-and-emulate`,
    ]);
  });

  it('names a term or citation the English does not use there', () => {
    const zh = ZH.replace('二进制翻译。', '').replace('Text <Cite key="adams2006" />.', 'Text <Cite key="adams2006" /> <Cite key="bugnion2012" />.');
    expect(check(zh)).toEqual([
      `content/docs/zh-cn/system/01-cpu.mdx:${lineOf(zh, 'bugnion2012')}: citation "bugnion2012" is not used in section #binary-translation of the English (content/docs/system/01-cpu.mdx)`,
    ]);
  });

  it('names a missing quiz item, and a changed answer key', () => {
    const start = ZH.indexOf('<QuizItem prompt="Two?">');
    const end = ZH.indexOf('</QuizItem>', start) + '</QuizItem>'.length;
    const zh = ZH.slice(0, start) + ZH.slice(end);
    expect(check(zh)[0]).toMatch(/^content\/docs\/zh-cn\/system\/01-cpu\.mdx:\d+: quiz "q" item 2 \(2 options, correct: 2\) is missing \(English line \d+\)$/);
    const swapped = ZH.replace('<Option correct explain="yes">a</Option>\n<Option explain="no">b</Option>', '<Option explain="yes">a</Option>\n<Option correct explain="no">b</Option>');
    expect(check(swapped).join('\n')).toMatch(/quiz "q" item 1 \(2 options, correct: 1\) is missing/);
  });

  it('names a missing review question', () => {
    const zh = ZH.replace('<Question>\nQ2?\n<Answer>A2.</Answer>\n</Question>\n', '');
    expect(check(zh)[0]).toMatch(/review question 2 is missing \(English line \d+\)/);
  });
});

describe('staleness and the translation files', () => {
  it('is stale exactly when the English file no longer has the recorded hash', () => {
    const hash = contentHash(EN).slice(0, 16);
    expect(staleness({ sourceHash: hash }, EN).stale).toBe(false);
    expect(staleness({ sourceHash: hash }, `${EN}\nOne more sentence.`).stale).toBe(true);
  });

  function docs(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'tr-'));
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    return dir;
  }
  const book = buildBook([{ path: 'system/01-cpu.mdx', title: 'CPU' }]);
  const fm = (extra: string) => `---\ntitle: 中文\ndescription: 一个用于测试的中文页面，描述足够长。\n${extra}\n---\n\n正文。\n`;

  it('reads a translation that names its source and hash', () => {
    const dir = docs({ 'zh-cn/system/01-cpu.mdx': fm(`translationOf: system/01-cpu.mdx\nsourceHash: ${'a'.repeat(16)}`) });
    expect(readTranslations(book, dir, 'zh-cn').get('system/01-cpu.mdx')).toMatchObject({ title: '中文', sourceHash: 'a'.repeat(16) });
  });

  it('rejects a wrong translationOf, a missing hash, and a page with no English source', () => {
    const dir = docs({
      'zh-cn/system/01-cpu.mdx': fm(`translationOf: system/02-memory.mdx\nsourceHash: ${'a'.repeat(16)}`),
      'zh-cn/system/02-memory.mdx': fm('translationOf: system/02-memory.mdx'),
    });
    expect(() => readTranslations(book, dir, 'zh-cn')).toThrow(
      /zh-cn\/system\/01-cpu\.mdx: frontmatter "translationOf" must be "system\/01-cpu\.mdx"[\s\S]*zh-cn\/system\/02-memory\.mdx: no English page/,
    );
    const noHash = docs({ 'zh-cn/system/01-cpu.mdx': fm('translationOf: system/01-cpu.mdx') });
    expect(() => readTranslations(book, noHash, 'zh-cn')).toThrow(/"sourceHash" must be at least 12 hex digits/);
  });
});
