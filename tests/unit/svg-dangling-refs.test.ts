import { describe, expect, it } from 'vitest';
import { dropDanglingRefs } from '../../src/lib/svg-dangling-refs';

describe('dropDanglingRefs', () => {
  it('replaces a reference to a missing id with none and keeps references that resolve', () => {
    const svg = '<svg id="d"><style>.H{fill:red;filter:url(#drop-shadow)}.A{filter:url(#d-1)}</style><filter id="d-1"/><path marker-end="url(#gone)"/></svg>';
    expect(dropDanglingRefs(svg)).toBe('<svg id="d"><style>.H{fill:red;filter:none}.A{filter:url(#d-1)}</style><filter id="d-1"/><path marker-end="none"/></svg>');
  });
  it('leaves an SVG without references unchanged', () => {
    expect(dropDanglingRefs('<svg id="x"><rect/></svg>')).toBe('<svg id="x"><rect/></svg>');
  });
});
