import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeA11y from '../../src/lib/rehype-a11y';

const el = (tagName: string, properties: Element['properties'] = {}, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string) => ({ type: 'text' as const, value });
const run = (...children: Element[]): Root => {
  const tree: Root = { type: 'root', children };
  rehypeA11y()(tree);
  return tree;
};

describe('rehype-a11y', () => {
  it('gives Starlight asides the note role, and leaves other asides alone', () => {
    const callout = el('aside', { ariaLabel: 'Common misconception', className: ['starlight-aside', 'starlight-aside--caution'] }, [el('p', {}, [txt('x')])]);
    const other = el('aside', { className: ['sidebar'] });
    run(callout, other);
    expect(callout.properties.role).toBe('note');
    expect(callout.properties.ariaLabel).toBe('Common misconception');
    expect(other.properties.role).toBeUndefined();
  });

  it('keeps a role an author set', () => {
    const callout = el('aside', { className: ['starlight-aside'], role: 'doc-tip' });
    run(callout);
    expect(callout.properties.role).toBe('doc-tip');
  });

  it('turns an empty header cell into a data cell and keeps headers with text', () => {
    const corner = el('th');
    const blank = el('th', {}, [txt('  ')]);
    const named = el('th', {}, [txt('Latency')]);
    const image = el('th', {}, [el('img', { alt: 'Latency' })]);
    run(el('table', {}, [el('thead', {}, [el('tr', {}, [corner, blank, named, image])])]));
    expect([corner, blank, named, image].map((c) => c.tagName)).toEqual(['td', 'td', 'th', 'th']);
  });

  it("scopes header cells: columns in the head, rows in the body, an author's scope kept", () => {
    const col = el('th', {}, [txt('Latency')]);
    const row = el('th', {}, [txt('KVM')]);
    const data = el('td', {}, [txt('5 µs')]);
    const kept = el('th', { scope: 'colgroup' }, [txt('Both')]);
    const loose = el('th', {}, [txt('No section')]);
    run(
      el('table', {}, [el('thead', {}, [el('tr', {}, [col, kept])]), el('tbody', {}, [el('tr', {}, [row, data])])]),
      el('table', {}, [el('tr', {}, [loose])]),
    );
    expect(col.properties.scope).toBe('col');
    expect(row.properties.scope).toBe('row');
    expect(data.properties.scope).toBeUndefined();
    expect(kept.properties.scope).toBe('colgroup');
    expect(loose.properties.scope).toBeUndefined();
  });
});
