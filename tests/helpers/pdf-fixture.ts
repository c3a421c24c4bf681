/**
 * A two-chapter copy of the book for the PDF pipeline's fast test (tests/build/pdf.test.ts):
 * a part, two chapters with sections, a table, glossary terms, a cross-reference, a citation and a
 * review question with a worked answer; the glossary, the bibliography and the whole-book page.
 * It also holds the constructs that once stopped Paged.js: a figure taller than a page (as the
 * history timeline was), a diagram taller than a page and one wider than the column.
 * Built once by fixtureSiteDist and reused while nothing it is built from changes.
 */
import { readFileSync } from 'node:fs';
import { fixtureSiteDist, MINIMAL_HOME } from './fixture-site';

export const PDF_BASE = '/pdf-test/';

/** Enough paragraphs for a section to fill a page, so later pages carry running heads. */
const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic}. A hypervisor keeps control of the machine while a guest runs most of its instructions directly on the processor, and steps in only when the guest touches something it must not own: a privileged register, a device, the page tables. Each such step costs time, which is why the design of the trap path matters.`).join('\n\n');

/**
 * A stand-in for a rendered Mermaid diagram (the markup remark-mermaid gives one: an SVG in a
 * .mermaid-diagram), drawn here so the fixture needs no diagram renderer: `labels` boxed labels of
 * 14 px in a column (`across` = 1) or in a row.
 */
const diagram = (title: string, labels: string[], across: boolean) => {
  const w = across ? labels.length * 150 + 20 : 180;
  const h = across ? 300 : labels.length * 100 + 20;
  const items = labels
    .map((l, i) => {
      const x = across ? 20 + i * 150 : 20;
      const y = across ? 130 : 20 + i * 100;
      return `<rect x="${x}" y="${y}" width="130" height="50" fill="none" stroke="#000" /><text x="${x + 10}" y="${y + 30}">${l}</text>`;
    })
    .join('');
  return `<div className="mermaid-diagram" data-diagram=""><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" style={{ fontSize: '14px' }}><title>${title}</title>${items}</svg></div>`;
};

const chapter = (title: string, body: string) => `---
title: ${title}
description: A fixture chapter for the PDF test.
---

${body}
`;

export const PDF_FILES: Record<string, string> = {
  'index.mdx': MINIMAL_HOME,
  'preface.mdx': chapter('Preface', 'The fixture preface.'),
  'glossary.mdx': readFileSync('content/docs/glossary.mdx', 'utf8'),
  'references.mdx': readFileSync('content/docs/references.mdx', 'utf8'),
  'whole-book.mdx': readFileSync('content/docs/whole-book.mdx', 'utf8'),
  'foundations/01-alpha.mdx': chapter(
    'Alpha chapter about traps',
    `The <Term id="hypervisor" /> runs the <Term id="guest" /> <Cite key="popek1974" />.

## Trapping instructions

${filler('traps', 6)}

<Figure id="tab:alpha-costs" caption="What a trap costs, in the fixture.">

| step | cost |
| --- | --- |
| exit | some |
| entry | some |

</Figure>

<Figure id="fig:alpha-long" caption="A figure taller than a page: every exit reason, one by one.">

${Array.from({ length: 70 }, (_, i) => `- Exit reason ${i + 1}: the guest did something the hypervisor must see.`).join('\n')}

</Figure>

The text after the long figure goes on, as <Ref to="sec:alpha/emulating-devices" /> shows.

<Figure id="fig:alpha-tall-diagram" caption="A diagram taller than a page: the steps of a long exit path.">

${diagram('Steps of a long exit path', Array.from({ length: 24 }, (_, i) => `Exit step ${i + 1}`), false)}

</Figure>

<Figure id="fig:alpha-wide-diagram" caption="A diagram wider than the column: six stages side by side.">

${diagram('Six stages side by side', Array.from({ length: 6 }, (_, i) => `Wide stage ${i + 1}`), true)}

</Figure>

## Emulating devices

${filler('devices', 6)}

Again the <Term id="hypervisor" /> decides.

## Review questions

<Questions>
<Question>
Why does a trap cost time?
<Answer>
Because the processor saves state and switches context before the hypervisor runs.
</Answer>
</Question>
</Questions>
`,
  ),
  'foundations/02-beta.mdx': chapter(
    'Beta chapter about memory',
    `As <Ref to="tab:alpha-costs" /> showed, exits cost time. The <Term id="hypervisor" /> manages memory for each <Term id="guest" />.

## Shadow pages

${filler('memory', 4)}
`,
  ),
};

export function pdfFixtureDist(): string {
  return fixtureSiteDist('pdf', PDF_FILES, PDF_BASE);
}
