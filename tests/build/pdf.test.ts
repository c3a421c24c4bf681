/**
 * The PDF pipeline (`npm run pdf`: src/scripts/make-pdf.ts) on a two-chapter fixture book: the
 * PDF has a cover, a contents page with page numbers, bookmarks, running heads, page numbers,
 * cross-references with page numbers and an index entry pointing at the pages a term is used on;
 * its dates come from the given epoch; two runs give the same bytes; and the pages' hidden
 * download links are shown with the size. The whole book's PDF is measured by `npm run bench` (too slow for this suite).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFixtureDist } from '../helpers/pdf-fixture';
import { makePdf, type MakePdfResult } from '../../src/scripts/make-pdf';

const EPOCH = 1_767_225_600; // 2026-01-01T00:00:00Z
let dir: string;
let result: MakePdfResult;
let pages: string[];
let zhResult: MakePdfResult;
let zhPages: string[];

// One string per page (pdftotext separates pages by form feeds).
const textPages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'book-pdf-'));
  cpSync(pdfFixtureDist(), dir, { recursive: true });
  result = await makePdf({ dist: dir, epoch: EPOCH, quiet: true });
  pages = textPages(result.file);
  // The Chinese edition of the same build (its two chapters are translated).
  zhResult = await makePdf({ dist: dir, edition: 'zh-cn', epoch: EPOCH, quiet: true });
  zhPages = textPages(zhResult.file);
}, 400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The 1-based page whose text matches. */
const pageWith = (re: RegExp, from = 1) => pages.findIndex((p, i) => i + 1 >= from && re.test(p)) + 1;

const pdfText = (v: PDFObject | undefined) => (v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : '');

/** A PDF's bookmarks, indented two spaces a level. */
async function outline(file: string) {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const titles: string[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    let item = first ? (doc.context.lookup(first) as PDFDict) : undefined;
    while (item) {
      titles.push(`${'  '.repeat(depth)}${pdfText(item.get(PDFName.of('Title')))}`);
      walk(item.get(PDFName.of('First')), depth + 1);
      const next = item.get(PDFName.of('Next'));
      item = next ? (doc.context.lookup(next) as PDFDict) : undefined;
    }
  };
  const outlines = doc.context.lookup(doc.catalog.get(PDFName.of('Outlines'))) as PDFDict;
  walk(outlines.get(PDFName.of('First')), 0);
  return { doc, titles };
}

describe('the book PDF (fixture of two chapters)', () => {
  it('starts with a cover: title, edition, date and the site address', () => {
    expect(pages[0]).toMatch(/Virtualization/);
    expect(pages[0]).toMatch(/Second edition/);
    expect(pages[0]).toMatch(/January 2026/);
    expect(pages[0]).toContain('https://example.github.io/pdf-test/');
  });

  it('has a table of contents whose entries carry the right page numbers', () => {
    const toc = pageWith(/Contents/);
    expect(toc).toBeGreaterThan(1);
    const line = pages[toc - 1]!.split('\n').find((l) => /Alpha chapter about traps/.test(l));
    const listed = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
    expect(listed, `contents line: ${line}`).toBeGreaterThan(toc);
    expect(pages[listed - 1]).toMatch(/Alpha chapter about traps/);
    expect(pages[listed - 1]).toMatch(/CHAPTER 1/);
  });

  it('numbers the pages and prints running heads (chapter on the left, section on the right)', () => {
    const opening = pageWith(/CHAPTER 1\b/i, 3);
    const next = pageWith(/CHAPTER 2\b/i, opening + 1);
    expect(next - opening, 'chapter 1 fills more than one page').toBeGreaterThan(2);
    let checked = 0;
    for (let n = opening + 1; n < next; n++) {
      const lines = pages[n - 1]!.split('\n').map((l) => l.trim()).filter(Boolean);
      if (!lines.length) continue; // the blank page that puts the next chapter on a right-hand page
      if (pages[n - 1]!.includes('A diagram wider than the column')) continue; // turned sideways: its text runs across the lines
      checked++;
      expect(lines.at(-1), `page ${n}'s last line`).toBe(String(n));
      const head = lines[0]!;
      if (n % 2 === 0) expect(head, `left page ${n}`).toMatch(/Alpha chapter about traps/);
      else expect(head, `right page ${n}`).toMatch(/^(1\.\d+ [A-Z]|Review questions)/);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('gives cross-references the page of their target', () => {
    const ref = pageWith(/Table 1\.1 on page \d+/);
    expect(ref).toBeGreaterThan(0);
    const target = Number(/Table 1\.1 on page (\d+)/.exec(pages[ref - 1]!)![1]);
    expect(pages[target - 1]).toMatch(/Table 1\.1\.\s+What a trap costs/);
  });

  // Paged.js 0.4.3 ended the real book, silently, at a figure taller than a page (chapter 2's
  // timeline) and at a diagram scaled taller than a page (chapter 3): every page reference after it
  // stayed unplaced. make-pdf lets such blocks break, prints tall diagrams in slices and wide ones
  // sideways, and fails if any element of the book is on no page.
  it('lays out blocks taller than a page and everything after them', () => {
    const long = pageWith(/Exit reason 1:/);
    const last = pageWith(/Exit reason 70:/);
    expect(long).toBeGreaterThan(0);
    expect(last, 'the long figure continues on a later page').toBeGreaterThan(long);
    for (let i = 1; i <= 70; i++) expect(pages.some((p) => p.includes(`Exit reason ${i}:`)), `exit reason ${i}`).toBe(true);
    expect(pageWith(/Figure 1\.1\.\s+A figure taller than a page/), 'its caption').toBeGreaterThanOrEqual(last);
    // The cross-reference after the figure points at the section after the diagrams.
    const ref = pageWith(/as Section 1\.2 on page \d+ shows/);
    expect(ref).toBeGreaterThan(0);
    const target = Number(/Section 1\.2 on page (\d+)/.exec(pages[ref - 1]!)![1]);
    expect(pages[target - 1]).toMatch(/1\.2\s+Emulating devices/);
    expect(pageWith(/Beta chapter about memory/, target), 'the next chapter').toBeGreaterThan(target);
  });

  it('prints a diagram taller than a page in slices and a wide one sideways, labels at 7 pt or more', () => {
    const text = pages.join('\n');
    for (let i = 1; i <= 24; i++) expect(text, `tall diagram label ${i}`).toContain(`Exit step ${i}`);
    const first = pageWith(/Exit step 1\b/);
    expect(pageWith(/Exit step 24\b/), 'the tall diagram spans pages').toBeGreaterThan(first);
    expect(pageWith(/A diagram taller than a page/)).toBeGreaterThanOrEqual(pageWith(/Exit step 24\b/));
    // Sideways text comes out of pdftotext letter by letter or as a column: look for the caption.
    expect(pageWith(/A diagram wider than the column/)).toBeGreaterThan(0);
    expect(result.smallestDiagramPt).toBeGreaterThanOrEqual(7);
    expect(result.smallestDiagramPt).toBeLessThan(12);
  });

  it('fails, naming the figure, when a diagram label would print below the minimum', async () => {
    await expect(makePdf({ dist: dir, out: join(dir, 'small.pdf'), epoch: EPOCH, quiet: true, minDiagramPt: 11 })).rejects.toThrow(
      /diagram labels below 11 pt on paper[^]*c1-fig-alpha-wide-diagram: \d+\.\d pt/,
    );
  }, 300_000);

  it('has an index whose entries list the distinct pages a term is used on', () => {
    const index = pages.findLastIndex((p) => /^\s*Index\s*$/m.test(p)) + 1;
    expect(index).toBeGreaterThan(0);
    const line = pages[index - 1]!.split('\n').find((l) => /\bhypervisor\b/.test(l) && /\d/.test(l));
    const numbers = (line ?? '').replace(/.*hypervisor/, '').match(/\d+/g)!.map(Number);
    expect(numbers.length, `index line: ${line}`).toBeGreaterThanOrEqual(2);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(pages[n - 1], `page ${n} uses the term`).toMatch(/hypervisor/i);
  });

  it('has bookmarks for the part, the chapters, their sections and the back matter', async () => {
    const { doc, titles } = await outline(result.file);
    expect(titles).toContain('Part I. Foundations');
    expect(titles).toContain('  1. Alpha chapter about traps');
    expect(titles).toContain('    1.1 Trapping instructions');
    expect(titles).toContain('  2. Beta chapter about memory');
    expect(titles).toContain('Index');
    expect(result.bookmarks).toBe(titles.length);
    expect(doc.getCreationDate()?.getTime()).toBe(EPOCH * 1000);
    expect(doc.getModificationDate()?.getTime()).toBe(EPOCH * 1000);
    expect(doc.getPageCount()).toBe(result.pages);
  });

  it('is reproducible: a second run of the same build gives the same bytes', async () => {
    const again = await makePdf({ dist: dir, out: join(dir, 'again.pdf'), epoch: EPOCH, quiet: true });
    const a = readFileSync(result.file);
    const b = readFileSync(again.file);
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    const context = (x: Buffer) => x.subarray(Math.max(0, at - 200), at + 100).toString('latin1');
    expect(at === a.length && a.length === b.length, `first difference at byte ${at}:\n${context(a)}\n---\n${context(b)}`).toBe(true);
  }, 300_000);

  it('shows the pages’ download link with the size of the PDF', () => {
    for (const page of ['index.html', 'preface/index.html', 'foundations/alpha/index.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      expect(html, page).toMatch(/<p class="bk-pdf-link" data-bk-pdf><a href="\/pdf-test\/book\.pdf"[^>]*>Download the PDF, \d+\.\d MB<\/a>/);
    }
    expect(readFileSync(join(dir, 'glossary/index.html'), 'utf8')).not.toContain('bk-pdf-link');
  });
});

describe('the Chinese book PDF (the same two chapters, translated)', () => {
  /** A page's text without white space: pdftotext puts spaces between Chinese characters at will. */
  const compact = (p: string) => p.replace(/\s+/g, '');
  const zhPageWith = (re: RegExp, from = 1) => zhPages.findIndex((p, i) => i + 1 >= from && re.test(compact(p))) + 1;

  it('is written beside the Chinese pages and shows their download links', () => {
    expect(zhResult.file).toBe(join(dir, 'zh-cn', 'book.pdf'));
    const html = readFileSync(join(dir, 'zh-cn/foundations/alpha/index.html'), 'utf8');
    expect(html).toMatch(/<p class="bk-pdf-link" data-bk-pdf><a href="\/pdf-test\/zh-cn\/book\.pdf"[^>]*>下载 PDF（\d+\.\d MB）<\/a>/);
  });

  it('has a Chinese cover: title, edition, the date written the Chinese way, the Chinese site', () => {
    const cover = compact(zhPages[0]!);
    for (const w of ['虚拟化', '从陷入再模拟到无服务器', '第二版', '2026年1月', 'https://example.github.io/pdf-test/zh-cn/']) expect(cover).toContain(w);
  });

  it('has 目录 whose entries carry the right page numbers', () => {
    const toc = zhPageWith(/^目录/);
    expect(toc).toBeGreaterThan(1);
    const line = zhPages[toc - 1]!.split('\n').find((l) => compact(l).includes('关于陷入的甲章'));
    expect(compact(line ?? ''), 'the chapter label').toMatch(/^第1章关于陷入的甲章\d+$/);
    const listed = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
    expect(listed).toBeGreaterThan(toc);
    expect(compact(zhPages[listed - 1]!)).toMatch(/第1章关于陷入的甲章/);
    expect(compact(zhPages[toc - 1]!)).toMatch(/第一部分基础\d+/);
    for (const w of ['参考文献', '术语表', '索引']) expect(compact(zhPages[toc - 1]!)).toMatch(new RegExp(`${w}\\d+`));
  });

  it('prints Chinese running heads (chapter on the left, section on the right) and page numbers', () => {
    const opening = zhPageWith(/^第1章关于陷入的甲章/, 3);
    const next = zhPageWith(/^第2章关于内存的乙章/, opening + 1);
    expect(next - opening, 'chapter 1 fills more than one page').toBeGreaterThan(2);
    let checked = 0;
    for (let n = opening + 1; n < next; n++) {
      const lines = zhPages[n - 1]!.split('\n').map((l) => l.trim()).filter(Boolean);
      if (!lines.length) continue; // the blank page before a right-hand chapter opening
      if (compact(zhPages[n - 1]!).includes('一个比栏宽更宽的图示')) continue; // turned sideways
      checked++;
      expect(lines.at(-1), `page ${n}'s last line`).toBe(String(n));
      const head = compact(lines[0]!);
      if (n % 2 === 0) expect(head, `left page ${n}`).toBe('第1章关于陷入的甲章');
      else expect(head, `right page ${n}`).toMatch(/^(1\.\d(陷入的指令|模拟设备)|复习题)$/);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('gives cross-references the page of their target, in Chinese words', () => {
    const ref = zhPageWith(/如表1\.1（第\d+页）所示/);
    expect(ref).toBeGreaterThan(0);
    const target = Number(/表1\.1（第(\d+)页）/.exec(compact(zhPages[ref - 1]!))![1]);
    expect(compact(zhPages[target - 1]!)).toMatch(/表1\.1一次陷入的开销/);
    const sec = zhPageWith(/如1\.2节（第\d+页）所述/);
    expect(sec).toBeGreaterThan(0);
    const secTarget = Number(/1\.2节（第(\d+)页）/.exec(compact(zhPages[sec - 1]!))![1]);
    expect(compact(zhPages[secTarget - 1]!)).toMatch(/1\.2模拟设备/);
  });

  it('has 索引 ordered by pinyin, the Chinese name first, with the pages that use each term', () => {
    const index = zhPages.findLastIndex((p) => /^\s*索\s*引\s*$/m.test(p)) + 1;
    expect(index).toBeGreaterThan(0);
    // In content order (-raw): -layout puts the index's two columns side by side, line by line.
    const text = compact(execFileSync('pdftotext', ['-raw', '-f', String(index), zhResult.file, '-'], { encoding: 'utf8' }));
    // 客户机 kè, 容器 róng, 虚拟机监视器 xū: not the English names' order (container, guest, hypervisor).
    const at = ['客户机guest', '容器container', '虚拟机监视器hypervisor'].map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0), `index entries at ${at}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const numbers = /虚拟机监视器hypervisor([\d,，]+)/.exec(text)![1]!.match(/\d+/g)!.map(Number);
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    for (const n of numbers) expect(compact(zhPages[n - 1]!), `page ${n} uses the term`).toContain('虚拟机监视器');
  });

  it('embeds its fonts, the CJK ones among them, and prints no missing glyph', () => {
    // Columns: name, type (one or more words), encoding, emb, sub, uni, object, ID.
    const fonts = execFileSync('pdffonts', [zhResult.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const l of fonts) expect(l.split(/\s+/).slice(-5, -4), `embedded: ${l}`).toEqual(['yes']);
    for (const l of fonts) expect(l.split(/\s+/).slice(-3, -2), `with a ToUnicode map: ${l}`).toEqual(['yes']);
    // Chromium (Skia) embeds an OpenType font with CFF outlines, as Noto Serif/Sans CJK SC are, as
    // Type 3 fonts of its glyphs' outlines (vector paths, no name); the English book has none for
    // its body text. make-pdf refuses to make the Chinese book without Noto CJK SC installed.
    expect(fonts.filter((l) => /Type 3/.test(l)).length, fonts.join('\n')).toBeGreaterThan(0);
    const all = zhPages.join('\n');
    expect(all).not.toContain('\uFFFD');
    // Every character of a paragraph is there, as text (a glyph the fonts lack would have none).
    expect(compact(all)).toContain('每一次介入都要花费时间，所以陷入路径的设计非常重要。');
  });

  it('has Chinese bookmarks and declares its language zh-CN', async () => {
    const { doc, titles } = await outline(zhResult.file);
    expect(titles).toContain('第一部分 基础');
    expect(titles).toContain('  第 1 章 关于陷入的甲章');
    expect(titles).toContain('    1.1 陷入的指令');
    expect(titles).toContain('  第 2 章 关于内存的乙章');
    for (const t of ['目录', '参考文献', '术语表', '索引']) expect(titles).toContain(t);
    expect(pdfText(doc.catalog.get(PDFName.of('Lang')))).toBe('zh-CN');
    expect(doc.getTitle()).toBe('虚拟化：从陷入再模拟到无服务器');
  });
});
