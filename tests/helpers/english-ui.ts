/**
 * The English side of the message catalogue as the pieces a page can show, for the tests that no
 * English interface string reaches a Chinese page (tests/build/i18n.test.ts, i18n-ui.test.ts).
 */
import type { HTMLElement } from 'node-html-parser';
import { MESSAGES } from '../../src/i18n/messages';

/** Every English UI string of the catalogue, as the literal pieces around its parameters. */
export function englishUiStrings(): string[] {
  const SEP = '\u0000';
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') v.split(/\{\w+\}/).forEach((s) => out.add(s.trim()));
    else if (typeof v === 'function') {
      const fn = v as (...a: unknown[]) => string;
      const text = /parts/.test(fn.toString().slice(0, 20)) ? fn([SEP]) : [fn(SEP, SEP, 2), fn(SEP, SEP, 1)].join(SEP);
      text.split(SEP).forEach((s) => out.add(s.trim()));
    } else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  add(MESSAGES.en);
  // Pieces that are words (not punctuation), e.g. "Section", "Learning objectives", "correct so far.".
  return [...out].filter((s) => /[A-Za-z]{3,}/.test(s));
}

/** The catalogue strings that occur in `text` as whole words. */
export function englishIn(text: string, strings = englishUiStrings()): string[] {
  return strings.filter((s) => new RegExp(`(^|[^A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(text));
}

/** The names assistive technology reads that are not element text: aria-label, title, placeholder, alt. */
export function attributeTexts(root: HTMLElement): string[] {
  return root
    .querySelectorAll('[aria-label], [title], [placeholder], [alt]')
    .filter((el) => !el.closest('[lang="en"]'))
    .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)).filter((v): v is string => Boolean(v)));
}
