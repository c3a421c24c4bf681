/**
 * The interface the book generates on a translated Chinese page, in a fixture copy of the site: a
 * home page and a lab page (a lab machine with a measured step, the machine's parts) in English and
 * in Chinese. Nothing the components write, shown or read out (text, hidden-until-used controls,
 * screen-reader text, aria-label/title, the browser's templates in data-messages, the offline and
 * PDF downloads), may be an English catalogue string on the Chinese pages; the English pages keep
 * their English. The PDF link is shown by make-pdf's function only where the edition's PDF exists.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages';
import { showPdfLinks } from '../../src/lib/pdf-link';
import { TEST_BASE } from '../helpers/build-site';
import { i18nFixtureDist } from '../helpers/i18n-fixture';
import { attributeTexts, englishIn, englishUiStrings } from '../helpers/english-ui';

let dist = '';
const page = (file: string) => parse(readFileSync(join(dist, file), 'utf8'));
const strings = englishUiStrings();

/** Everything a reader can see or hear in an element, hidden-until-used parts included; not code or what is marked English. */
function uiText(root: HTMLElement): string {
  const copy = parse(root.outerHTML);
  for (const el of copy.querySelectorAll('[lang="en"], code, pre, script, style, template')) el.remove();
  return [copy.textContent, ...attributeTexts(copy)].join(' | ').replace(/\s+/g, ' ');
}

beforeAll(() => {
  dist = i18nFixtureDist();
}, 300_000);

describe('the lab machine on a Chinese page', () => {
  it('writes its buttons, status, keys, timings, steps and licence tables in Chinese, hidden parts and screen-reader text included', () => {
    const zh = page('zh-cn/lab-machine/index.html');
    const lab = zh.querySelector('linux-lab')!;
    expect(lab, 'a lab on the page').not.toBeNull();
    // The author's own words (title, what to observe) are Chinese in this translation too: the whole element is checked.
    expect(englishIn(uiText(lab), strings), 'English in the lab').toEqual([]);
    const m = MESSAGES['zh-cn'].lab;
    // No space before the full-width bracket, as Chinese typesetting has it.
    expect(lab.querySelector('[data-part="start"]')!.textContent).toMatch(new RegExp(`^\\s*${m.start}（需下载 \\d+\\.\\d MB）\\s*$`));
    expect(lab.querySelector('[data-part="keys"]')!.getAttribute('aria-label')).toBe(m.keysLabel);
    expect(lab.querySelector('progress')!.getAttribute('aria-label')).toBe(m.progress);
    expect(lab.querySelector('.lab-run')!.textContent).toBe(`${m.run}${m.runHint}`);
    expect(lab.querySelector('.lab-timings caption')!.textContent).toBe(m.timingsCaption);
    expect(lab.querySelector('.lab-about')!.getAttribute('href')).toBe(`${TEST_BASE}zh-cn/lab-machine/`);
    const tables = zh.querySelectorAll('.sl-markdown-content table:not(.lab-timings)');
    expect(tables.length).toBe(2);
    for (const t of tables) expect(englishIn(uiText(t), strings), 'English in the licence tables').toEqual([]);
    expect(tables[1]!.querySelector('th')!.textContent).toBe(m.file);
  });

  it('gives the browser only the Chinese templates (data-messages), which the English page has in English', () => {
    const zh = JSON.parse(page('zh-cn/lab-machine/index.html').querySelector('linux-lab')!.getAttribute('data-messages')!);
    expect(zh).toEqual(MESSAGES['zh-cn'].lab.client);
    expect(englishIn(Object.values(zh).join(' | ').replace(/\{\w+\}/g, ' '), strings)).toEqual([]);
    const en = JSON.parse(page('lab-machine/index.html').querySelector('linux-lab')!.getAttribute('data-messages')!);
    expect(en).toEqual(MESSAGES.en.lab.client);
  });

  it('has no words of its own in its scripts: the starter and the runtime say only what data-messages gives them', () => {
    const scripts = readdirSync(join(dist, '_astro')).filter((f) => /^(LinuxLab\.astro_astro_type_script|lab-runtime\.)/.test(f));
    expect(scripts.length, 'the starter and the runtime').toBe(2);
    const code = scripts.map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n');
    const words = Object.values(MESSAGES.en.lab.client).flatMap((t) => t.split(/\{\w+\}/)).map((w) => w.trim()).filter((w) => /[A-Za-z]{3,}/.test(w));
    expect(words.filter((w) => code.includes(w))).toEqual([]);
  });

  it('keeps the English page in English', () => {
    const en = page('lab-machine/index.html');
    expect(en.querySelector('[data-part="start"]')!.textContent).toMatch(/Start the lab machine\s*\(downloads \d+\.\d MB\)/);
    expect(en.querySelector('.lab-run')!.textContent).toBe('Run this command');
    expect(en.querySelector('.lab-about')!.getAttribute('href')).toBe(`${TEST_BASE}lab-machine/`);
  });
});

describe('the downloads on a Chinese page', () => {
  it('offers offline saving in Chinese, with only Chinese templates in its script', () => {
    const zh = page('zh-cn/index.html');
    const box = zh.querySelector('[data-bk-offline]')!;
    expect(box, 'the offline box on the Chinese home page').not.toBeNull();
    expect(englishIn(uiText(box), strings)).toEqual([]);
    expect(box.querySelector('h2')!.textContent).toBe(MESSAGES['zh-cn'].downloads.offlineTitle);
    const script = zh.querySelectorAll('script').map((s) => s.textContent).find((s) => s.includes('data-bk-offline'))!;
    expect(script).toContain(JSON.stringify(MESSAGES['zh-cn'].downloads.offline.progress));
    for (const en of Object.values(MESSAGES.en.downloads.offline)) expect(script).not.toContain(en);
    expect(englishIn(uiText(zh.querySelector('[data-bk-update]')!), strings)).toEqual([]);
  });

  describe('the PDF link', () => {
    let site = '';
    beforeAll(() => {
      // make-pdf's last step on a copy of two pages: the English PDF exists, the Chinese one not yet.
      site = mkdtempSync(join(tmpdir(), 'pdf-link-'));
      mkdirSync(join(site, 'zh-cn'), { recursive: true });
      cpSync(join(dist, 'index.html'), join(site, 'index.html'));
      cpSync(join(dist, 'zh-cn/index.html'), join(site, 'zh-cn/index.html'));
      writeFileSync(join(site, 'book.pdf'), Buffer.alloc(2_345_678));
    });
    afterAll(() => rmSync(site, { recursive: true, force: true }));
    const link = (file: string) => parse(readFileSync(join(site, file), 'utf8')).querySelector('[data-bk-pdf]')!;

    it('is written hidden, in Chinese, for the Chinese edition’s own PDF', () => {
      const p = page('zh-cn/index.html').querySelector('[data-bk-pdf]')!;
      expect(p.hasAttribute('hidden')).toBe(true);
      // No link until the PDF exists: the address waits in a <span>.
      expect(p.querySelector('a')).toBeNull();
      expect(p.querySelector('span')!.getAttribute('data-href')).toBe(`${TEST_BASE}zh-cn/book.pdf`);
      expect(p.querySelector('span')!.textContent).toBe(MESSAGES['zh-cn'].downloads.pdf);
    });

    it('stays hidden, with no address, while the Chinese PDF does not exist; the English page shows the English PDF', () => {
      expect(showPdfLinks(site)).toBe(1);
      expect(link('index.html').hasAttribute('hidden')).toBe(false);
      expect(link('index.html').querySelector('a')!.getAttribute('href')).toBe(`${TEST_BASE}book.pdf`);
      expect(link('index.html').textContent).toBe('Download the PDF, 2.3 MB');
      const zh = link('zh-cn/index.html');
      expect(zh.hasAttribute('hidden')).toBe(true);
      expect(zh.querySelector('a')).toBeNull();
    });

    it('shows the Chinese PDF in Chinese with its size once it exists', () => {
      writeFileSync(join(site, 'zh-cn/book.pdf'), Buffer.alloc(1_200_000));
      showPdfLinks(site);
      const zh = link('zh-cn/index.html');
      expect(zh.hasAttribute('hidden')).toBe(false);
      expect(zh.querySelector('a')!.getAttribute('href')).toBe(`${TEST_BASE}zh-cn/book.pdf`);
      expect(zh.textContent).toBe('下载 PDF（1.2 MB）');
      expect(link('index.html').textContent).toBe('Download the PDF, 2.3 MB');
    });
  });
});
