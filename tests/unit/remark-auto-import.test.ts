import { compile } from '@mdx-js/mdx';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkAutoImport from '../../src/lib/remark-auto-import';

const components = {
  Term: './components/book/Term.astro',
  Figure: './components/book/Figure.astro',
  ColdStart: './components/simulators/ColdStart.astro',
  Timeline: './components/demos/Timeline.astro',
};

async function imports(mdx: string, path = 'content/docs/x.mdx') {
  const js = String(await compile({ value: mdx, path }, { remarkPlugins: [[remarkAutoImport, { components }]] }));
  return [...js.matchAll(/import (\w+) from "([^"]+)"/g)].map((m) => [m[1], m[2]]);
}

describe('remarkAutoImport', () => {
  it('imports only the components a file uses', async () => {
    const found = await imports('A <Term id="vm" /> term.\n\n<Figure id="fig:a" caption="c">\n\n<ColdStart />\n\n</Figure>\n');
    expect(found).toEqual([
      ['ColdStart', resolve(components.ColdStart)],
      ['Figure', resolve(components.Figure)],
      ['Term', resolve(components.Term)],
    ]);
  });

  it('finds components used inside expressions', async () => {
    expect(await imports('{true && <Timeline />}\n')).toEqual([['Timeline', resolve(components.Timeline)]]);
  });

  it('leaves a file with no components, and an author’s own import, alone', async () => {
    expect(await imports('Just *text*.\n')).toEqual([]);
    expect(await imports('import Term from "./mine.astro";\n\n<Term id="x" />\n')).toEqual([['Term', './mine.astro']]);
  });

  it('does not touch plain Markdown, which cannot import', async () => {
    const js = String(await compile({ value: 'text', path: 'content/docs/x.md' }, { format: 'mdx', remarkPlugins: [[remarkAutoImport, { components }]] }));
    expect(js).not.toMatch(/import \w+ from/);
  });
});
