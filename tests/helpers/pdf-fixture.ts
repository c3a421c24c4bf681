/**
 * A two-chapter copy of the book for the PDF pipeline's fast test (tests/build/pdf.test.ts):
 * a part, two chapters with sections, a table, glossary terms, a cross-reference, a citation and a
 * review question with a worked answer; the glossary, the bibliography and the whole-book page.
 * It also holds the constructs that once stopped Paged.js: a figure taller than a page (as the
 * history timeline was), a diagram taller than a page and one wider than the column.
 * Built once by fixtureSiteDist and reused while nothing it is built from changes.
 */
import { createHash } from 'node:crypto';
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

A <Term id="container" /> shares the host's kernel instead.
`,
  ),
};

/**
 * The Chinese edition of two chapters (for the Chinese PDF): translations of the fixture's
 * chapters (the build requires a translation's figures, terms and questions to match the English),
 * with terms whose pinyin order (客户机 kè, 容器 róng, 虚拟机监视器 xū) differs from their English names' order, a
 * cross-reference to a section and one to a table in the other chapter.
 */
const zhFiller = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `关于${topic}的第 ${i + 1} 段。客户机的大多数指令直接在处理器上运行，虚拟机监视器始终掌握着整台机器的控制权；只有当客户机触及它不该拥有的东西，例如特权寄存器、设备或页表时，虚拟机监视器才会介入。每一次介入都要花费时间，所以陷入路径的设计非常重要。`).join('\n\n');
const translation = (source: string, title: string, body: string) => `---
title: ${title}
description: 这是 PDF 测试所用的一个中文示例章节，它有两节、一个表格、几个术语和一处交叉引用。
translationOf: ${source}
sourceHash: ${createHash('sha256').update(PDF_FILES[source]!).digest('hex').slice(0, 16)}
---

${body}
`;

export const PDF_FILES_ZH: Record<string, string> = {
  'zh-cn/glossary.mdx': readFileSync('content/docs/zh-cn/glossary.mdx', 'utf8'),
  'zh-cn/references.mdx': readFileSync('content/docs/zh-cn/references.mdx', 'utf8'),
  'zh-cn/whole-book.mdx': readFileSync('content/docs/zh-cn/whole-book.mdx', 'utf8'),
  'zh-cn/foundations/01-alpha.mdx': translation(
    'foundations/01-alpha.mdx',
    '关于陷入的甲章',
    `<Term id="hypervisor" />运行<Term id="guest" /><Cite key="popek1974" />。

## 陷入的指令 {/* #trapping-instructions */}

${zhFiller('陷入', 6)}

<Figure id="tab:alpha-costs" caption="一次陷入的开销（示例）。">

| 步骤 | 开销 |
| --- | --- |
| 退出 | 若干 |
| 进入 | 若干 |

</Figure>

<Figure id="fig:alpha-long" caption="一个比一页还高的图：逐一列出每种退出原因。">

${Array.from({ length: 70 }, (_, i) => `- 退出原因 ${i + 1}：客户机做了虚拟机监视器必须看到的事。`).join('\n')}

</Figure>

长图之后正文继续，如<Ref to="sec:alpha/emulating-devices" />所述。

<Figure id="fig:alpha-tall-diagram" caption="一个比一页还高的图示：一条很长的退出路径的各个步骤。">

${diagram('一条很长的退出路径的各个步骤', Array.from({ length: 24 }, (_, i) => `退出步骤 ${i + 1}`), false)}

</Figure>

<Figure id="fig:alpha-wide-diagram" caption="一个比栏宽更宽的图示：并排的六个阶段。">

${diagram('并排的六个阶段', Array.from({ length: 6 }, (_, i) => `宽阶段 ${i + 1}`), true)}

</Figure>

## 模拟设备 {/* #emulating-devices */}

${zhFiller('设备', 6)}

仍由<Term id="hypervisor" />决定。

## 复习题 {/* #review-questions */}

<Questions>
<Question>
一次陷入为什么要花费时间？
<Answer>
因为处理器要先保存状态、切换上下文，虚拟机监视器才能运行。
</Answer>
</Question>
</Questions>
`,
  ),
  'zh-cn/foundations/02-beta.mdx': translation(
    'foundations/02-beta.mdx',
    '关于内存的乙章',
    `如<Ref to="tab:alpha-costs" />所示，退出是有开销的。<Term id="hypervisor" />为每个<Term id="guest" />管理内存。

## 影子页表 {/* #shadow-pages */}

${zhFiller('内存', 4)}

<Term id="container" />则与宿主机共享内核。
`,
  ),
};

export function pdfFixtureDist(): string {
  return fixtureSiteDist('pdf', { ...PDF_FILES, ...PDF_FILES_ZH }, PDF_BASE);
}
