import { describe, expect, it } from 'vitest';
import {
  bookQuizSummary,
  checkAttempt,
  finishedMessage,
  gradeItem,
  gradeMessage,
  OPEN_ITEM,
  parseQuizScores,
  parseQuizState,
  quizScore,
  revealAnswer,
  scoreMessage,
} from '../../src/lib/quiz-grading';
import { MESSAGES } from '../../src/i18n/messages';

describe('gradeItem', () => {
  it('is correct only when exactly the correct options are chosen', () => {
    expect(gradeItem([1], [1]).correct).toBe(true);
    expect(gradeItem([0, 2], [2, 0]).correct).toBe(true);
    expect(gradeItem([0], [0, 2])).toEqual({ correct: false, wrongChosen: [], missed: [2] });
    expect(gradeItem([1, 0], [0])).toEqual({ correct: false, wrongChosen: [1], missed: [] });
  });
});

describe('gradeMessage', () => {
  it('says what is wrong', () => {
    expect(gradeMessage(gradeItem([], [0]), 0)).toBe('Choose an answer first.');
    expect(gradeMessage(gradeItem([0], [0]), 1)).toBe('Correct.');
    expect(gradeMessage(gradeItem([1], [0, 2]), 1)).toBe('Not quite: one choice is wrong, and 2 correct options were not chosen. Read the explanations below.');
  });
  it('reports the score', () => {
    expect(scoreMessage({ total: 5, correct: 2, revealed: 0 })).toBe('2 of 5 correct so far.');
    expect(scoreMessage({ total: 5, correct: 2, revealed: 1 })).toBe('2 of 5 correct so far; 1 answer shown.');
    expect(scoreMessage({ total: 5, correct: 0, revealed: 0 })).toBe('');
  });
});

describe('parseQuizState', () => {
  it('reads what was saved and drops anything malformed', () => {
    // Answers saved before retries existed read as open questions.
    expect(parseQuizState('{"q1":{"chosen":[0,2],"checked":true}}')).toEqual({ q1: { chosen: [0, 2], checked: true, tries: 0, outcome: 'open' } });
    expect(parseQuizState('{"q1":{"chosen":["x"]},"q2":{"chosen":[1],"tries":2,"outcome":"revealed"}}')).toEqual({
      q2: { chosen: [1], checked: false, tries: 2, outcome: 'revealed' },
    });
    expect(parseQuizState('{"q1":{"chosen":[1],"tries":-1,"outcome":"won"}}')).toEqual({ q1: { chosen: [1], checked: false, tries: 0, outcome: 'open' } });
    expect(parseQuizState('not json')).toEqual({});
    expect(parseQuizState(null)).toEqual({});
    expect(parseQuizState('[1,2]')).toEqual({});
  });
});

describe('checkAttempt: one retry before the answer is revealed', () => {
  const correct = [2];
  it('asks for a choice first', () => {
    const a = checkAttempt(OPEN_ITEM, [], correct);
    expect(a.message).toBe('Choose an answer first.');
    expect(a.state).toBe(OPEN_ITEM);
    expect(a.grade).toBeNull();
  });
  it('says “try again” after a first wrong answer, without revealing the right one', () => {
    const a = checkAttempt(OPEN_ITEM, [0], correct);
    expect(a.state).toEqual({ chosen: [0], checked: true, tries: 1, outcome: 'open' });
    expect(a.reveal).toBe(false);
    expect(a.message).toBe('Not quite — try again. The explanation of your choice is below.');
    // With several right answers it says what is wrong, without saying which.
    expect(checkAttempt(OPEN_ITEM, [0, 1], [1, 2]).message).toBe('Not quite — try again: one choice is wrong, and one correct option was not chosen. The explanation of your choices is below.');
  });
  it('reveals the answer after a second wrong answer', () => {
    const first = checkAttempt(OPEN_ITEM, [0], correct).state;
    const second = checkAttempt(first, [1], correct);
    expect(second.state.outcome).toBe('revealed');
    expect(second.reveal).toBe(true);
    // One right answer: no counting of wrong and missed options (it would read as if several were allowed).
    expect(second.message).toBe('Not quite. The right answer is marked below, with why.');
  });
  it('after a second wrong try at a question with one right answer, says the right answer is marked, with why', () => {
    const first = checkAttempt(OPEN_ITEM, [0], correct).state;
    expect(checkAttempt(first, [1], correct).message).toBe('Not quite. The right answer is marked below, with why.');
    // Also when the right option was chosen together with a wrong one.
    expect(checkAttempt(first, [1, 2], correct).message).toBe('Not quite. The right answer is marked below, with why.');
    expect(finishedMessage({ chosen: [0], checked: true, tries: 2, outcome: 'revealed' }, gradeItem([0], [2]))).toBe('Not quite. The right answer is marked below, with why.');
    // "Show answer" without a choice still says only that the answer is shown.
    expect(finishedMessage(revealAnswer(OPEN_ITEM), gradeItem([], [2]))).toBe('The answer is shown below.');
  });
  it('with several right answers, the reveal still says what was wrong', () => {
    const first = checkAttempt(OPEN_ITEM, [0, 1], [1, 2]).state;
    const second = checkAttempt(first, [0], [1, 2]);
    expect(second.state.outcome).toBe('revealed');
    expect(second.message).toMatch(/The right answer is marked below\.$/);
    expect(second.message).toBe('Not quite: one choice is wrong, and 2 correct options were not chosen. The right answer is marked below.');
  });
  it('counts a right answer at the first or second try as correct', () => {
    expect(checkAttempt(OPEN_ITEM, [2], correct).message).toBe('Correct.');
    const first = checkAttempt(OPEN_ITEM, [0], correct).state;
    const second = checkAttempt(first, [2], correct);
    expect(second.state.outcome).toBe('correct');
    expect(second.message).toBe('Correct, at the second try.');
  });
  it('leaves a finished question as it is', () => {
    const done = checkAttempt(OPEN_ITEM, [2], correct).state;
    expect(checkAttempt(done, [0], correct).state).toBe(done);
    expect(revealAnswer(done)).toBe(done);
  });
  it('reveals on “Show answer”, which counts as not answered correctly', () => {
    const shown = revealAnswer(OPEN_ITEM);
    expect(shown.outcome).toBe('revealed');
    expect(quizScore({ a: shown, b: checkAttempt(OPEN_ITEM, [2], correct).state }, ['a', 'b', 'c'])).toEqual({ total: 3, correct: 1, revealed: 1 });
  });
});

describe('the book-wide quiz total', () => {
  it('adds up every chapter’s score against the book’s number of questions', () => {
    const scores = parseQuizScores(JSON.stringify({ 'a/q': { total: 5, correct: 3, revealed: 1 }, 'b/q': { total: 5, correct: 2, revealed: 0 }, bad: { total: 'x' } }));
    expect(Object.keys(scores)).toEqual(['a/q', 'b/q']);
    expect(bookQuizSummary(scores, 70)).toBe('Self-check quizzes: 5 of 70 questions answered correctly (1 answer shown).');
    expect(bookQuizSummary({}, 70)).toBe('Self-check quizzes: none answered yet (70 questions in the book).');
    expect(parseQuizScores('nonsense')).toEqual({});
  });
});

describe('the quiz in Chinese (messages from the catalogue)', () => {
  const zh = MESSAGES['zh-cn'];
  const correct = [2];
  it('grades, retries and reveals in Chinese', () => {
    expect(gradeMessage(gradeItem([], [0]), 0, zh)).toBe('请先选择一个答案。');
    expect(gradeMessage(gradeItem([1], [0, 2]), 1, zh)).toBe('还不对：有 1 个选项选错了，有 2 个正确选项没有选。请阅读下面的解释。');
    expect(checkAttempt(OPEN_ITEM, [], correct, zh).message).toBe('请先选择一个答案。');
    const first = checkAttempt(OPEN_ITEM, [0], correct, zh);
    expect(first.message).toBe('还不对，请再试一次。下面是对你所选选项的解释。');
    expect(checkAttempt(OPEN_ITEM, [0, 1], [1, 2], zh).message).toBe('还不对，请再试一次：有 1 个选项选错了，有 1 个正确选项没有选。下面是对你所选选项的解释。');
    expect(checkAttempt(first.state, [1], correct, zh).message).toBe('还不对。正确答案及其解释已在下面标出。');
    const firstMany = checkAttempt(OPEN_ITEM, [0, 1], [1, 2], zh).state;
    expect(checkAttempt(firstMany, [0], [1, 2], zh).message).toBe('还不对：有 1 个选项选错了，有 2 个正确选项没有选。正确答案已在下面标出。');
    expect(checkAttempt(first.state, [2], correct, zh).message).toBe('正确（第二次答对）。');
  });
  it('reports the chapter score and the book total in Chinese', () => {
    expect(scoreMessage({ total: 5, correct: 2, revealed: 0 }, zh)).toBe('目前答对 2 题，共 5 题。');
    expect(scoreMessage({ total: 5, correct: 2, revealed: 1 }, zh)).toBe('目前答对 2 题，共 5 题；已查看 1 题的答案。');
    expect(scoreMessage({ total: 5, correct: 0, revealed: 0 }, zh)).toBe('');
    const scores = parseQuizScores(JSON.stringify({ 'a/q': { total: 5, correct: 3, revealed: 1 } }));
    expect(bookQuizSummary(scores, 70, zh)).toBe('自测题：全书 70 题中已答对 3 题（另有 1 题查看了答案）。');
    expect(bookQuizSummary({}, 70, zh)).toBe('自测题：尚未作答（全书共 70 题）。');
  });
});
