import { describe, expect, it } from 'vitest';
import { analyzeChapter } from '../../src/lib/chapter-analysis';
import { parseMdx } from '../../src/lib/mdx-parse';

const source = `## Canary releases

<Term id="canary-release" /> limits the damage of a bad version <Cite key="x" />.

## 灰度发布 {/* #zh */}

<Term id="canary-release" />能够限制损害 <Cite key="x" />。<Term id="canary-release">这种做法</Term>很常见。
`;

describe('section previews', () => {
  it('write a self-closing term’s name, in the language the resolver gives', () => {
    const names: Record<string, string> = { 'canary-release': 'canary release' };
    const [en, zh] = analyzeChapter(parseMdx(source, true), 13, (id) => names[id]).sections;
    expect(en!.preview).toBe('canary release limits the damage of a bad version.');
    const [, zhOnly] = analyzeChapter(parseMdx(source, true), 13, () => '灰度发布').sections;
    expect(zhOnly!.preview).toBe('灰度发布能够限制损害。这种做法很常见。');
    expect(zh).toBeDefined();
  });

  it('leave the term out, rather than guess, when no resolver is given', () => {
    expect(analyzeChapter(parseMdx(source, true), 13).sections[0]!.preview).toBe('limits the damage of a bad version.');
  });
});
