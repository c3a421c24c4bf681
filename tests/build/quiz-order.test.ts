/**
 * The order a quiz is served in (and read in without JavaScript): the right answer's position is
 * balanced across the book, so "it is usually A" is never a strategy; options carry their source
 * index as value, so a reader's saved answers survive any reordering.
 */
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, isWholeBook, readPage } from '../helpers/dist';

const dist = inject('distDir');

interface Item {
  page: string;
  qid: string;
  options: number;
  correctAt: number[];
  values: number[];
}

function quizItems(): Item[] {
  const out: Item[] = [];
  for (const file of htmlFiles(dist)) {
    if (isWholeBook(file)) continue;
    const root = parse(readPage(dist, file));
    for (const item of root.querySelectorAll('.bk-quiz__item')) {
      const options = item.querySelectorAll('.bk-quiz__option');
      out.push({
        page: file,
        qid: item.getAttribute('data-qid') ?? '?',
        options: options.length,
        correctAt: options.flatMap((o, i) => (o.getAttribute('data-correct') === 'true' ? [i] : [])),
        values: options.map((o) => Number(o.querySelector('input')?.getAttribute('value'))),
      });
    }
  }
  return out;
}

describe('quiz order in the built book', () => {
  const items = quizItems();

  it('has quizzes to check', () => {
    expect(items.length).toBeGreaterThan(20);
  });

  it('puts no more than 40% of the right answers at any one position', () => {
    const at = new Map<number, number>();
    let total = 0;
    for (const it of items) for (const p of it.correctAt) at.set(p, (at.get(p) ?? 0) + 1), (total += 1);
    const letters = [...at].sort((a, b) => a[0] - b[0]).map(([p, n]) => `${String.fromCharCode(65 + p)}: ${n}`);
    for (const [p, n] of at) expect(n / total, `right answers at ${String.fromCharCode(65 + p)} (${letters.join(', ')})`).toBeLessThanOrEqual(0.4);
  });

  it('is not the source order, and every option keeps its source index as value', () => {
    const shuffled = items.filter((it) => it.values.some((v, i) => v !== i));
    expect(shuffled.length, 'questions served in an order other than the source’s').toBeGreaterThan(items.length / 2);
    for (const it of items) expect([...it.values].sort((a, b) => a - b), `${it.page} ${it.qid}`).toEqual(it.values.map((_, i) => i));
  });
});
