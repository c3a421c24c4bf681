/**
 * The self-check quiz element. Shows each reader the options in their own order (a random key kept
 * in localStorage, so the order is the same on every visit; without it, the page's order stays),
 * gives one retry before revealing an answer, keeps the score per chapter and for the home page,
 * and remembers answers in localStorage only. Grading lives in src/lib/quiz-grading.ts; every
 * sentence is a template the server wrote into data-messages in the page's language (no catalogue
 * in the page's JavaScript), formatted by src/i18n/format.ts.
 */
import {
  checkAttemptWith,
  finishedMessageWith,
  gradeItem,
  OPEN_ITEM,
  parseQuizScores,
  parseQuizState,
  QUIZ_SCORES_KEY,
  quizScore,
  READER_KEY,
  revealAnswer,
  scoreMessageWith,
  tryAgainMessageWith,
  type ItemState,
  type QuizState,
} from '../../src/lib/quiz-grading';
import { newReaderKey, seededOrder } from '../../src/lib/shuffle';
import { messagesOf } from '../../src/i18n/format';
import type { ClientMessages } from '../../src/i18n/client';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** This reader's key, made on first use; null where storage is unavailable. */
function readerKey(): string | null {
  const s = storage();
  if (!s) return null;
  try {
    let key = s.getItem(READER_KEY);
    if (!key) {
      key = newReaderKey();
      s.setItem(READER_KEY, key);
    }
    return key;
  } catch {
    return null;
  }
}

class BkQuiz extends HTMLElement {
  #state: QuizState = {};
  #messages: ClientMessages | null = null;

  /** The page's messages, from data-messages. */
  get #m(): ClientMessages {
    return (this.#messages ??= messagesOf(this));
  }

  get #storageKey() {
    return `bk-quiz:${this.dataset.key}`;
  }

  connectedCallback() {
    this.#state = parseQuizState(storage()?.getItem(this.#storageKey) ?? null);
    const key = readerKey();
    for (const item of this.#items()) {
      if (key) this.#shuffle(item, key);
      const saved = this.#state[item.dataset.qid!];
      if (saved) {
        for (const input of this.#inputs(item)) input.checked = saved.chosen.includes(Number(input.value));
        if (saved.checked) this.#show(item, saved);
      }
      item.querySelector('.bk-quiz__check')?.addEventListener('click', () => this.#check(item));
      item.querySelector('.bk-quiz__show')?.addEventListener('click', () => this.#reveal(item));
      item.addEventListener('change', () => this.#changed(item));
    }
    this.querySelector('.bk-quiz__reset')?.addEventListener('click', () => this.#reset());
    this.#score();
  }

  #items() {
    return [...this.querySelectorAll<HTMLFieldSetElement>('.bk-quiz__item')];
  }

  #inputs(item: HTMLElement) {
    return [...item.querySelectorAll<HTMLInputElement>('.bk-quiz__option input')];
  }

  #options(item: HTMLElement) {
    return [...item.querySelectorAll<HTMLElement>('.bk-quiz__option')];
  }

  /** Put the options in this reader's order: a permutation of the source order, keyed by reader and question. */
  #shuffle(item: HTMLElement, key: string) {
    const box = item.querySelector('.bk-quiz__options');
    if (!box) return;
    const bySource = this.#options(item).sort((a, b) => this.#value(a) - this.#value(b));
    for (const i of seededOrder(bySource.length, `${key}:${item.dataset.qid}`)) box.append(bySource[i]!);
  }

  #value(option: HTMLElement): number {
    return Number(option.querySelector('input')?.value);
  }

  #correct(item: HTMLElement): number[] {
    return this.#options(item)
      .filter((o) => o.dataset.correct === 'true')
      .map((o) => this.#value(o));
  }

  #chosen(item: HTMLElement): number[] {
    return this.#inputs(item)
      .filter((i) => i.checked)
      .map((i) => Number(i.value));
  }

  #get(item: HTMLElement): ItemState {
    return this.#state[item.dataset.qid!] ?? OPEN_ITEM;
  }

  #save(item: HTMLElement, s: ItemState) {
    this.#state[item.dataset.qid!] = s;
    try {
      storage()?.setItem(this.#storageKey, JSON.stringify(this.#state));
    } catch {
      /* private mode: grading still works, it is just not remembered */
    }
  }

  /** A new choice on an open question clears the marks of the last check (the try still counts). */
  #changed(item: HTMLElement) {
    const s = this.#get(item);
    if (s.outcome !== 'open') return;
    this.#save(item, { ...s, chosen: this.#chosen(item), checked: false });
    this.#clearMarks(item);
  }

  #check(item: HTMLElement) {
    const attempt = checkAttemptWith(this.#get(item), this.#chosen(item), this.#correct(item), this.#m);
    if (!attempt.grade) {
      item.querySelector('.bk-quiz__result')!.textContent = attempt.message;
      return;
    }
    this.#save(item, attempt.state);
    this.#show(item, attempt.state, attempt.message);
    this.#score();
  }

  #reveal(item: HTMLElement) {
    const s = revealAnswer({ ...this.#get(item), chosen: this.#chosen(item) });
    this.#save(item, s);
    this.#show(item, s);
    this.#score();
  }

  /** Mark a checked question: only the chosen options while it is open, every option once it is finished. */
  #show(item: HTMLElement, s: ItemState, message?: string) {
    const correct = this.#correct(item);
    const grade = gradeItem(s.chosen, correct);
    const finished = s.outcome !== 'open';
    item.dataset.result = s.outcome === 'correct' ? 'correct' : 'wrong';
    item.dataset.outcome = s.outcome;
    item.querySelector('.bk-quiz__result')!.textContent =
      message ?? (finished ? finishedMessageWith(s, grade, this.#m) : tryAgainMessageWith(grade, correct.length, this.#m));
    for (const o of this.#options(item)) {
      const v = this.#value(o);
      const show = finished ? s.chosen.includes(v) || correct.includes(v) : s.chosen.includes(v) && !correct.includes(v);
      o.querySelector<HTMLElement>('.bk-quiz__explain')!.hidden = !show;
      if (show) o.dataset.mark = correct.includes(v) ? 'correct' : 'wrong';
      else o.removeAttribute('data-mark');
    }
    // A finished question is settled: its choices are locked until "Clear my answers".
    for (const input of this.#inputs(item)) input.disabled = finished;
    const showButton = item.querySelector<HTMLButtonElement>('.bk-quiz__show');
    if (showButton) showButton.hidden = finished;
  }

  #clearMarks(item: HTMLElement) {
    item.removeAttribute('data-result');
    item.removeAttribute('data-outcome');
    item.querySelector('.bk-quiz__result')!.textContent = '';
    for (const o of this.#options(item)) {
      o.removeAttribute('data-mark');
      o.querySelector<HTMLElement>('.bk-quiz__explain')!.hidden = true;
    }
  }

  #score() {
    const qids = this.#items().map((i) => i.dataset.qid!);
    const score = quizScore(this.#state, qids);
    this.querySelector('.bk-quiz__score')!.textContent = scoreMessageWith(score, this.#m);
    const s = storage();
    if (!s) return;
    try {
      const all = parseQuizScores(s.getItem(QUIZ_SCORES_KEY));
      all[this.dataset.key!] = score;
      s.setItem(QUIZ_SCORES_KEY, JSON.stringify(all));
    } catch {
      /* not remembered */
    }
  }

  #reset() {
    this.#state = {};
    try {
      storage()?.removeItem(this.#storageKey);
    } catch {
      /* nothing stored */
    }
    for (const item of this.#items()) {
      for (const input of this.#inputs(item)) {
        input.checked = false;
        input.disabled = false;
      }
      const showButton = item.querySelector<HTMLButtonElement>('.bk-quiz__show');
      if (showButton) showButton.hidden = false;
      this.#clearMarks(item);
    }
    this.#score();
  }
}

customElements.define('bk-quiz', BkQuiz);
