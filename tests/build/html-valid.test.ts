/**
 * Valid HTML: html-validate with the repository's .htmlvalidate.json over every built page, zero
 * errors. Rules the config turns off or tunes are explained in README.md ("Quality gates"); this
 * test checks that every one of them is. The only other exceptions are the few rules below inside
 * markup that Starlight's dependencies generate and this project cannot change, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/dist';

const dist = inject('distDir');
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData & { rules: Record<string, unknown> };

/** Rule exceptions inside third-party markup, matched by the element the message is about. */
export const THIRD_PARTY: { within: string; rules: string[]; why: string }[] = [
  {
    within: '.expressive-code',
    rules: ['element-permitted-content', 'text-content', 'no-implicit-button-type'],
    why:
      'Expressive Code (Starlight’s code blocks) renders each line as a <div> inside <code>, and a copy button named by its title ' +
      'attribute, outside any form; axe checks the rendered block and finds it accessible.',
  },
  {
    within: '.sl-menu-button',
    rules: ['no-implicit-button-type'],
    why: 'Starlight’s menu button opens the sidebar with popovertarget; it is in no form, so its default type does nothing.',
  },
  {
    within: 'starlight-toc, mobile-starlight-toc',
    rules: ['unique-landmark'],
    why:
      'Starlight renders the table of contents twice, for wide and narrow screens, and shows one: both are named “On this page”. ' +
      'axe, which sees the rendered page, checks that visible landmarks are unique.',
  },
];

describe('valid HTML (html-validate)', () => {
  const files = htmlFiles(dist);
  const validator = new HtmlValidate(config);

  it('explains in the README every rule the config turns off or tunes', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Valid HTML'));
    const missing = Object.keys(config.rules).filter((rule) => !section.includes(`| \`${rule}\``));
    expect(missing, 'rules in .htmlvalidate.json with no row in README.md "Valid HTML"').toEqual([]);
  });

  it.each(files)('%s has no errors', async (file) => {
    // The file as served (readPage would put the whole book's lazily loaded chapters back in;
    // their markup is each chapter page's, validated there).
    const html = readFileSync(join(dist, file), 'utf8');
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages);
    let root: ReturnType<typeof parse> | undefined;
    const excepted = (ruleId: string, selector: string | null) => {
      const rule = THIRD_PARTY.filter((t) => t.rules.includes(ruleId));
      if (!rule.length || !selector) return false;
      // Parse <pre> as elements (node-html-parser keeps its content as text by default).
      root ??= parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
      const el = root.querySelector(selector);
      return rule.some((t) => el?.closest(t.within) != null);
    };
    const errors = messages
      .filter((m) => m.severity === 2 && !excepted(m.ruleId, m.selector))
      .map((m) => `${m.ruleId} at ${m.line}:${m.column} ${m.selector ?? ''}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
