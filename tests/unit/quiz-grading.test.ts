import { describe, expect, it } from 'vitest';
import { gradeItem, gradeMessage, parseQuizState, scoreMessage } from '../../src/lib/quiz-grading';

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
    expect(scoreMessage(2, 5)).toBe('2 of 5 correct so far.');
  });
});

describe('parseQuizState', () => {
  it('reads what was saved and drops anything malformed', () => {
    expect(parseQuizState('{"q1":{"chosen":[0,2],"checked":true}}')).toEqual({ q1: { chosen: [0, 2], checked: true } });
    expect(parseQuizState('{"q1":{"chosen":["x"]},"q2":{"chosen":[1]}}')).toEqual({ q2: { chosen: [1], checked: false } });
    expect(parseQuizState('not json')).toEqual({});
    expect(parseQuizState(null)).toEqual({});
    expect(parseQuizState('[1,2]')).toEqual({});
  });
});
