/**
 * The English side of the message catalogue as the pieces a page can show, for the tests that no
 * English interface string reaches a Chinese page (tests/build/i18n.test.ts, i18n-ui.test.ts).
 */
import type { HTMLElement } from 'node-html-parser';
import { MESSAGES } from '../../src/i18n/messages';

/** The custom elements of the demos and simulators (components/demos, components/simulators). */
export const WIDGETS = 'trap-stepper, exit-cost, page-walk, cold-start, pre-copy-migration, boot-comparison, density-calculator, feature-matrix, history-timeline';
/** Their part of the catalogue (src/i18n/demos, src/i18n/timeline.ts). */
const WIDGET_KEYS = ['bootComparison', 'coldStart', 'density', 'exitCost', 'featureMatrix', 'migration', 'pageWalk', 'trapStepper', 'timeline'];

/**
 * Every English UI string of the catalogue, as the literal pieces around its parameters. The
 * widgets' strings (`widgets: false` leaves them out) can appear only inside a widget: many of their
 * pieces are single technical words ("guest", "page table", "VM exit") that a Chinese text rightly
 * keeps as glosses, so tests look for them inside the widgets (see widgetEnglish).
 */
export function englishUiStrings(options: { widgets?: boolean } = {}): string[] {
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
  const catalogue = options.widgets === false ? Object.fromEntries(Object.entries(MESSAGES.en).filter(([k]) => !WIDGET_KEYS.includes(k))) : MESSAGES.en;
  add(catalogue);
  // Pieces that are words (not punctuation), e.g. "Section", "Learning objectives", "correct so far.".
  return [...out].filter((s) => /[A-Za-z]{3,}/.test(s));
}

/** The catalogue strings that occur in `text` as whole words. */
export function englishIn(text: string, strings = englishUiStrings()): string[] {
  // A string joined to a name by + - _ / or a digit is part of that name, not the interface word:
  // "Flush+Reload" (a cache attack) in Chinese prose is not the button "Reload". A single word
  // next to another English word is part of a name the prose keeps in English ("Cloud Run
  // functions", "Granule Protection Table"); alone among Chinese, or before a number ("Table 4.2"),
  // it is interface text.
  return strings.filter((s) => {
    const word = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const single = !/\s/.test(s);
    const pattern = single ? `(?<![A-Za-z0-9+_/-])(?<![A-Za-z] )${word}(?![A-Za-z0-9+_/-])(?! [A-Za-z])` : `(?<![A-Za-z0-9+_/-])${word}(?![A-Za-z0-9+_/-])`;
    return new RegExp(pattern).test(text);
  });
}

/** The names assistive technology reads that are not element text: aria-label, title, placeholder, alt. */
export function attributeTexts(root: HTMLElement): string[] {
  return root
    .querySelectorAll('[aria-label], [title], [placeholder], [alt]')
    .filter((el) => !el.closest('[lang="en"]'))
    .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)).filter((v): v is string => Boolean(v)));
}

/**
 * The English catalogue strings a page shows inside its widgets (visible text, with what is marked
 * English, hidden or code left out, and the names read out: aria-label, title, alt). Removes the
 * widgets from `root`, so the rest of the page can then be checked without their strings.
 */
export function widgetEnglish(root: HTMLElement, strings = englishUiStrings()): string[] {
  const found = new Set<string>();
  for (const widget of root.querySelectorAll(WIDGETS)) {
    const names = attributeTexts(widget);
    for (const el of widget.querySelectorAll('[lang="en"], code, pre, script, style, [hidden], template')) el.remove();
    for (const s of englishIn(`${widget.textContent} | ${names.join(' | ')}`.replace(/\s+/g, ' '), strings)) found.add(s);
    widget.remove();
  }
  return [...found];
}
