import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../src/lib/coverage';
import { checkGlossary, glossaryLetter, sortGlossary } from '../../src/lib/glossary';
import { checkReferences, formatAuthors, formatReference, referenceHref } from '../../src/lib/references';
import { coverage } from '../../src/data/coverage';
import { glossary } from '../../src/data/glossary';
import { references } from '../../src/data/references';

const entry = {
  id: 'hypervisor',
  term: 'hypervisor',
  zh: '虚拟机监视器',
  definition: 'Software that creates and runs virtual machines and arbitrates their access to the hardware.',
  definitionZh: '创建并运行虚拟机、并仲裁它们对硬件的访问的软件。',
  related: [],
  introducedIn: 'cpu-virtualization',
};

describe('checkGlossary', () => {
  it('accepts a valid entry and fills defaults', () => {
    expect(checkGlossary([{ ...entry, related: undefined }])[0]!.related).toEqual([]);
  });
  it('names each problem: bad id, missing Chinese, duplicate, unknown related term, unknown chapter', () => {
    const bad = [
      { ...entry, id: 'Bad Id' },
      { ...entry, id: 'vm', zh: 'VM' },
      entry,
      { ...entry, related: ['nothing-here'] },
    ];
    let message = '';
    try {
      checkGlossary(bad, new Set(['history']));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/glossary entry 0 \(Bad Id\): id: id must be kebab-case/);
    expect(message).toMatch(/glossary entry 1 \(vm\): zh: zh must contain Chinese characters/);
    expect(message).toMatch(/duplicate id "hypervisor"/);
    expect(message).toMatch(/related term "nothing-here" is not in the glossary/);
    expect(message).toMatch(/introducedIn "cpu-virtualization" is not a chapter/);
  });
  it('requires a Chinese definition and names the entry that lacks one', () => {
    const noZh: Partial<typeof entry> = { ...entry, id: 'no-zh' };
    delete noZh.definitionZh;
    const bad = [
      noZh as typeof entry,
      { ...entry, id: 'english-zh', definitionZh: 'Software that runs virtual machines.' },
      { ...entry, id: 'empty-zh', definitionZh: '' },
    ];
    let message = '';
    try {
      checkGlossary(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/glossary entry 0 \(no-zh\): definitionZh: definitionZh is missing: add the Chinese translation of the definition/);
    expect(message).toMatch(/glossary entry 1 \(english-zh\): definitionZh: definitionZh must be the definition in Chinese/);
    expect(message).toMatch(/glossary entry 2 \(empty-zh\): definitionZh: definitionZh is too short/);
  });
  it('files terms under their letter and sorts A–Z', () => {
    expect(glossaryLetter('cgroup')).toBe('C');
    expect(glossaryLetter('9p')).toBe('#');
    expect(sortGlossary([{ term: 'VMCS' }, { term: 'ballooning' }, { term: 'ASID' }]).map((e) => e.term)).toEqual(['ASID', 'ballooning', 'VMCS']);
  });
});

describe('checkReferences', () => {
  const ref = { key: 'popek1974', type: 'article' as const, authors: ['Gerald J. Popek', 'Robert P. Goldberg'], title: 'Formal Requirements', year: 1974, doi: '10.1145/361011.361073' };
  it('requires a doi or url, a well-formed key, and unique keys', () => {
    expect(() => checkReferences([{ ...ref, doi: undefined }])).toThrow(/a reference needs a doi or a url/);
    expect(() => checkReferences([{ ...ref, key: 'Popek' }])).toThrow(/key must look like authorYEAR/);
    expect(() => checkReferences([ref, ref])).toThrow(/duplicate key "popek1974"/);
  });
  it('formats authors and entries', () => {
    expect(formatAuthors(['A'])).toBe('A');
    expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
    expect(formatAuthors(['A', 'B', 'C', 'D'])).toBe('A et al.');
    expect(formatReference(ref)).toBe('Gerald J. Popek and Robert P. Goldberg (1974). Formal Requirements.');
    expect(referenceHref(ref)).toBe('https://doi.org/10.1145/361011.361073');
  });
});

describe('checkCoverage', () => {
  it('requires a section or chapter id', () => {
    expect(() => checkCoverage([{ article: '003', point: 'Strachey 1956', covered: 'history' }])).toThrow(/covered must be a sec: or ch: id/);
  });
});

describe('the book’s data', () => {
  it('is valid as committed', () => {
    expect(references.length).toBeGreaterThan(10);
    expect(Array.isArray(glossary)).toBe(true);
    expect(Array.isArray(coverage)).toBe(true);
  });
});
