/** The scanner the Chinese-edition tests use to find English interface strings in page text. */
import { describe, expect, it } from 'vitest';
import { englishIn } from '../helpers/english-ui';

const strings = ['Reload', 'Run', 'Table', 'Show the worked answer'];

describe('englishIn', () => {
  it('finds an interface word alone among Chinese text, or before a number', () => {
    expect(englishIn('有新版本。Reload', strings)).toEqual(['Reload']);
    expect(englishIn('按 Run 运行这一步', strings)).toEqual(['Run']);
    expect(englishIn('见 Table 4.2。', strings)).toEqual(['Table']);
    expect(englishIn('Show the worked answer', strings)).toEqual(['Show the worked answer']);
  });

  it('leaves a word that is part of a name the prose keeps in English', () => {
    expect(englishIn('Flush+Reload 这类缓存计时攻击', strings)).toEqual([]);
    expect(englishIn('Google 把它改名为 Cloud Run functions', strings)).toEqual([]);
    expect(englishIn('颗粒保护表（Granule Protection Table）', strings)).toEqual([]);
    expect(englishIn('RunC 与 Tables', strings)).toEqual([]);
  });
});
