import { describe, expect, it } from 'vitest';
import { MAX_TITLE, shortTitle } from '../../src/lib/page-title';

describe('shortTitle', () => {
  it('keeps "Page | Site" when it fits', () => {
    expect(shortTitle('Containers | Virtualization', 'Containers')).toBe('Containers | Virtualization');
  });

  it('drops the site name when the whole would be cut off in search results', () => {
    const page = 'Lightweight virtualization: VMs, containers, unikernels and microVMs';
    const full = `${page} | Virtualization`;
    expect(full.length).toBeGreaterThan(MAX_TITLE);
    expect(shortTitle(full, page)).toBe(page);
  });

  it('leaves a title it does not recognise alone rather than guess', () => {
    const odd = 'x'.repeat(80);
    expect(shortTitle(odd, 'something else')).toBe(odd);
  });
});
