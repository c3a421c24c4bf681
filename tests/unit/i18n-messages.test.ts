import { describe, expect, it } from 'vitest';
import { MESSAGES, LOCALES } from '../../src/i18n/messages';
import { localeFromLang, localeFromPath, splitLocalePath, formatNumber } from '../../src/i18n';
import { addAlternates, englishId } from '../../src/i18n/alternates';
import { gradeText, scoreText } from '../../src/i18n/format';

/** Every message as text: strings as they are, functions called with sample arguments. */
function flatten(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    // Parameters are numbers-as-text, titles, counts or (quizNotQuite) a list of clauses.
    const fn = value as (...a: unknown[]) => string;
    const out = fn.length === 1 && /parts/.test(fn.toString().slice(0, 20)) ? fn(['x', 'y']) : fn('4.2', 'Title', 2);
    return [[path, out]];
  }
  return Object.entries(value as object).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
}

describe('the message catalogue', () => {
  it('has the same keys in every language', () => {
    const keys = (l: (typeof LOCALES)[number]) => flatten(MESSAGES[l]).map(([k]) => k).sort();
    for (const l of LOCALES) expect(keys(l)).toEqual(keys('en'));
  });

  it('has no empty message, except the few that are empty on purpose in Chinese', () => {
    const emptyOnPurpose = new Set(['zh-cn:labelEnd']); // "图 4.2 标题": no full stop after the label
    for (const l of LOCALES) {
      for (const [k, v] of flatten(MESSAGES[l])) {
        if (emptyOnPurpose.has(`${l}:${k}`)) continue;
        expect(v.trim(), `${l}: ${k}`).not.toBe('');
      }
    }
  });

  it('writes Chinese numbered labels the way Chinese textbooks do', () => {
    const m = MESSAGES['zh-cn'];
    expect([m.chapter('4'), m.section('4.2'), m.figure('4.2'), m.table('4.1')]).toEqual(['第 4 章', '4.2 节', '图 4.2', '表 4.1']);
    expect(m.part('II', m.partTitles.system)).toBe('第二部分 系统虚拟化');
    expect(scoreText(2, 5, m)).toBe('目前答对 2 题，共 5 题。');
    expect(gradeText({ correct: false, wrongChosen: [1], missed: [2, 3] }, 1, m)).toBe('还不对：有 1 个选项选错了，有 2 个正确选项没有选。请阅读下面的解释。');
    expect(gradeText({ correct: false, wrongChosen: [1, 2], missed: [] }, 2, MESSAGES.en)).toBe('Not quite: 2 choices are wrong. Read the explanations below.');
  });

  it('has no Latin words in Chinese messages except names kept in English', () => {
    // The demos' and simulators' technical words: acronyms, instruction, register and product names, unit symbols,
    // and the glossary's “VM Exit”, which Chinese texts keep in Latin letters.
    const technical = /^(?:[A-Z0-9]{2,}|[a-z]?[A-Z]{2,}[0-9]*|x86|VMCALL|VMRESUME|RFLAGS|DIAGNOSE|ms|µs|MiB|GiB|Gbit|gPA|hPA|gCR|p50|p99|Home|End|Tab|Exit|WebAssembly|Xen|Firecracker|Docker|Kata|Containers|Pod|gVisor|runc|runsc|Bhargava|doi)$/;
    for (const [k, v] of flatten(MESSAGES['zh-cn'])) {
      if (k.endsWith('.lang')) continue; // a BCP 47 tag for Intl, not text
      const words = (v.replace(/\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !technical.test(w));
      // Names and technical words Chinese texts keep in Latin letters.
      const kept = ['JavaScript', 'Title', 'Unix', 'Linux', 'PDF', 'BIOS', 'CPU', 'SHA', 'shell', 'init'];
      expect(words.filter((w) => !kept.includes(w)), k).toEqual([]);
    }
  });
});

describe('locales', () => {
  it('reads the locale from a URL path under any base', () => {
    expect(localeFromPath('/zh-cn/system/x/')).toBe('zh-cn');
    expect(localeFromPath('/course/zh-cn/', '/course/')).toBe('zh-cn');
    expect(localeFromPath('/course/system/x/', '/course/')).toBe('en');
    expect(localeFromPath('/zh-cnx/')).toBe('en');
  });

  it('reads the locale from <html lang> and a content path', () => {
    expect(localeFromLang('zh-CN')).toBe('zh-cn');
    expect(localeFromLang('en')).toBe('en');
    expect(localeFromLang(null)).toBe('en');
    expect(splitLocalePath('zh-cn/system/01-cpu.mdx')).toEqual({ locale: 'zh-cn', path: 'system/01-cpu.mdx' });
    expect(splitLocalePath('system/01-cpu.mdx')).toEqual({ locale: 'en', path: 'system/01-cpu.mdx' });
  });

  it('formats numbers for the locale', () => {
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('zh-cn', 12345.5)).toBe('12,345.5');
    expect(formatNumber('zh-cn', 0.25, { style: 'percent' })).toBe('25%');
  });

  it('names both editions of a page in hreflang links, unless Starlight already did', () => {
    const head: { tag: string; attrs?: Record<string, string> }[] = [];
    addAlternates(head, 'zh-cn/system/cpu', '/course/');
    expect(head.map((h) => [h.attrs!.hreflang, h.attrs!.href])).toEqual([
      ['en', '/course/system/cpu/'],
      ['zh-CN', '/course/zh-cn/system/cpu/'],
      ['x-default', '/course/system/cpu/'],
    ]);
    addAlternates(head, 'zh-cn/system/cpu', '/course/');
    expect(head).toHaveLength(3);
    expect(englishId('zh-cn')).toBe('index');
    expect(englishId('index')).toBe('index');
  });
});

describe('the browser\'s strings (data-messages)', () => {
  it('carries every quiz and progress sentence as a template, in both languages', async () => {
    const { clientMessagesJson } = await import('../../src/i18n/client');
    const keys = ['quizTryAgain', 'quizTryAgainMany', 'quizCorrectSecondTry', 'quizAnswerShown', 'quizRevealed', 'quizRevealedSingle', 'quizShowAnswer', 'quizScore', 'quizBookNone', 'quizBookSummary'];
    for (const locale of LOCALES) {
      const sent = JSON.parse(clientMessagesJson(locale)) as Record<string, unknown>;
      for (const k of keys) expect(typeof sent[k], `${locale} ${k}`).toBe('string');
      expect(scoreText(2, 5, sent as never, 1)).toBe(locale === 'en' ? '2 of 5 correct so far; 1 answer shown.' : '目前答对 2 题，共 5 题；已查看 1 题的答案。');
    }
  });
});

describe('the lab machine and the downloads', () => {
  /** The {placeholders} of every string template under `value`, by key path. */
  const placeholders = (value: object): Record<string, string[]> =>
    Object.fromEntries(flatten(value).map(([k, v]) => [k, (v.match(/\{\w+\}/g) ?? []).sort()]));

  it('fills the same placeholders in every language of the browser’s templates', () => {
    for (const l of LOCALES) {
      expect(placeholders(MESSAGES[l].lab.client), `${l} lab`).toEqual(placeholders(MESSAGES.en.lab.client));
      expect(placeholders(MESSAGES[l].downloads.offline), `${l} offline`).toEqual(placeholders(MESSAGES.en.downloads.offline));
    }
    // The runtime and the offline script fill these in.
    expect(placeholders(MESSAGES.en.lab.client).measured).toEqual(['{mips}', '{ms}', '{n}', '{secs}', '{sum}']);
    expect(placeholders(MESSAGES.en.downloads.offline).progress).toEqual(['{bytes}', '{done}', '{files}', '{total}']);
  });

  it('puts the PDF’s size where each language wants it', () => {
    expect(MESSAGES.en.downloads.pdfSized('2.3 MB')).toBe('Download the PDF, 2.3 MB');
    expect(MESSAGES['zh-cn'].downloads.pdfSized('2.3 MB')).toBe('下载 PDF（2.3 MB）');
  });

  it('names the source articles’ headings in each language', async () => {
    const { sourcesHeadings } = await import('../../src/lib/generated-toc');
    const sources = [{ id: '001', title: '云计算底层技术虚拟化', titleEn: 'Virtualization, the technology beneath cloud computing' }];
    expect(sourcesHeadings(sources, () => true).map((h) => h.text)).toEqual(['Article 001: Virtualization, the technology beneath cloud computing', 'What the book corrects']);
    expect(sourcesHeadings(sources, () => true, MESSAGES['zh-cn'], true).map((h) => h.text)).toEqual(['文章 001：云计算底层技术虚拟化', '本书更正之处']);
  });
});

describe('demos in Chinese', () => {
  it('describes the timeline filter in Chinese, and in English exactly as before', async () => {
    const { describeTimelineFilter, KINDS, ERAS } = await import('../../src/lib/timeline');
    const filter = { eras: ['mainframe' as const], kinds: ['hypervisor' as const, 'hardware' as const] };
    expect(describeTimelineFilter(4, 45, filter, MESSAGES['zh-cn'].timeline)).toBe('共 45 个里程碑，显示 4 个：虚拟机监视器、硬件支持；1959–1978。');
    expect(describeTimelineFilter(0, 45, { eras: ['cloud-native'], kinds: [] }, MESSAGES['zh-cn'].timeline)).toBe('没有符合条件的里程碑：2013 年至今。');
    expect(describeTimelineFilter(4, 45, filter)).toBe('4 of 45 milestones shown: hypervisors, hardware support; 1959–1978.');
    // The catalogue names the same kinds and eras as the data.
    expect(Object.keys(MESSAGES.en.timeline.kinds).sort()).toEqual(Object.keys(KINDS).sort());
    expect(Object.keys(MESSAGES['zh-cn'].timeline.eras).sort()).toEqual(ERAS.map((e) => e.id).sort());
  });
});

describe('Chinese page names', () => {
  it('names every page of the book in Chinese', async () => {
    const { readBook } = await import('../../src/lib/book-files');
    const { zhTitle } = await import('../../src/i18n/zh-titles');
    for (const p of readBook().pages) expect(zhTitle(p.path), p.path).toMatch(/\p{Script=Han}/u);
  });
});
