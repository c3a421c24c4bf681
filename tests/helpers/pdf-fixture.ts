/**
 * A two-chapter copy of the book for the PDF pipeline's fast test (tests/build/pdf.test.ts):
 * a part, two chapters with sections, a table, glossary terms, a cross-reference, a citation and a
 * review question with a worked answer; the glossary, the bibliography and the whole-book page.
 * Built once by fixtureSiteDist and reused while nothing it is built from changes.
 */
import { readFileSync } from 'node:fs';
import { fixtureSiteDist, MINIMAL_HOME } from './fixture-site';

export const PDF_BASE = '/pdf-test/';

/** Enough paragraphs for a section to fill a page, so later pages carry running heads. */
const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic}. A hypervisor keeps control of the machine while a guest runs most of its instructions directly on the processor, and steps in only when the guest touches something it must not own: a privileged register, a device, the page tables. Each such step costs time, which is why the design of the trap path matters.`).join('\n\n');

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
