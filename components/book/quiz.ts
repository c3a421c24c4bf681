/** The self-check quiz element: grades items, shows explanations, remembers answers locally. */
import { gradeItem, parseQuizState, type QuizState } from '../../src/lib/quiz-grading';
import { gradeText, messagesOf, scoreText } from '../../src/i18n/format';

class BkQuiz extends HTMLElement {
  #state: QuizState = {};

  get #storageKey() {
    return `bk-quiz:${this.dataset.key}`;
  }

  connectedCallback() {
    try {
      this.#state = parseQuizState(localStorage.getItem(this.#storageKey));
    } catch {
      this.#state = {};
    }
    for (const item of this.#items()) {
      const saved = this.#state[item.dataset.qid!];
      if (saved) {
        for (const input of this.#inputs(item)) input.checked = saved.chosen.includes(Number(input.value));
        if (saved.checked) this.#check(item, false);
      }
      item.querySelector('.bk-quiz__check')?.addEventListener('click', () => this.#check(item, true));
      item.addEventListener('change', () => this.#remember(item, false));
    }
    this.querySelector('.bk-quiz__reset')?.addEventListener('click', () => this.#reset());
    this.#score();
  }

  #items() {
    return [...this.querySelectorAll<HTMLFieldSetElement>('.bk-quiz__item')];
  }

  #inputs(item: HTMLElement) {
    return [...item.querySelectorAll<HTMLInputElement>('input')];
  }

  #remember(item: HTMLElement, checked: boolean) {
    const chosen = this.#inputs(item).filter((i) => i.checked).map((i) => Number(i.value));
    this.#state[item.dataset.qid!] = { chosen, checked };
    try {
      localStorage.setItem(this.#storageKey, JSON.stringify(this.#state));
    } catch {
      /* private mode: grading still works, it is just not remembered */
    }
    if (!checked) this.#clearMarks(item);
  }

  #clearMarks(item: HTMLElement) {
    item.removeAttribute('data-result');
    item.querySelector('.bk-quiz__result')!.textContent = '';
    for (const o of item.querySelectorAll<HTMLElement>('.bk-quiz__option')) {
      o.removeAttribute('data-mark');
      o.querySelector<HTMLElement>('.bk-quiz__explain')!.hidden = true;
    }
    this.#score();
  }

  #check(item: HTMLElement, save: boolean) {
    const options = [...item.querySelectorAll<HTMLElement>('.bk-quiz__option')];
    const chosen = this.#inputs(item).filter((i) => i.checked).map((i) => Number(i.value));
    const correct = options.flatMap((o, i) => (o.dataset.correct === 'true' ? [i] : []));
    const grade = gradeItem(chosen, correct);
    const result = item.querySelector('.bk-quiz__result')!;
    result.textContent = gradeText(grade, chosen.length, messagesOf(this));
    if (!chosen.length) return;
    item.dataset.result = grade.correct ? 'correct' : 'wrong';
    options.forEach((o, i) => {
      const show = chosen.includes(i) || correct.includes(i);
      o.querySelector<HTMLElement>('.bk-quiz__explain')!.hidden = !show;
      if (show) o.dataset.mark = correct.includes(i) ? 'correct' : 'wrong';
      else o.removeAttribute('data-mark');
    });
    if (save) this.#remember(item, true);
    this.#score();
  }

  #score() {
    const checked = this.#items().filter((i) => i.dataset.result);
    const right = checked.filter((i) => i.dataset.result === 'correct').length;
    this.querySelector('.bk-quiz__score')!.textContent = checked.length ? scoreText(right, this.#items().length, messagesOf(this)) : '';
  }

  #reset() {
    this.#state = {};
    try {
      localStorage.removeItem(this.#storageKey);
    } catch {
      /* nothing stored */
    }
    for (const item of this.#items()) {
      for (const input of this.#inputs(item)) input.checked = false;
      this.#clearMarks(item);
    }
  }
}

customElements.define('bk-quiz', BkQuiz);
