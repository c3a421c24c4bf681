/**
 * A fixture copy of the site for the Chinese edition's generated interface: a home page and a lab
 * page (a lab machine with a measured step, and the machine's parts), each in English and in a
 * Chinese translation. Shared by tests/build/i18n-ui.test.ts and tests/browser/i18n-ui.test.ts.
 */
import { contentHash } from '../../src/lib/translations';
import { TEST_BASE } from './build-site';
import { fixtureSiteDist, MINIMAL_HOME } from './fixture-site';

export const LAB_EN = `---
title: The lab machine
description: A fixture page with a lab, for the tests of the Chinese edition's interface.
---

## Try it

<LinuxLab title="A machine to try" timings>
<LabStep cmd="uname -a">
Observe the kernel's name.
</LabStep>
<LabStep cmd="i=0; while [ $i -lt 1000 ]; do i=$((i+1)); done" measure="emulation" loop={1000}>
Observe how fast the emulated processor runs.
</LabStep>
</LinuxLab>

## Components and licences

<LabMachineParts />
`;

const translation = (source: string, english: string, body: string) => `---
${body.trim()}
translationOf: ${source}
sourceHash: ${contentHash(english).slice(0, 16)}
---
`;

export const LAB_ZH = `${translation('lab-machine.mdx', LAB_EN, `
title: 实验用机
description: 一个带有实验机器的测试页，用来检查中文版页面上由本书生成的界面文字。
`)}
## 动手试试 {/* #try-it */}

<LinuxLab title="一台可以动手试的机器" timings>
<LabStep cmd="uname -a">
观察内核的名字。
</LabStep>
<LabStep cmd="i=0; while [ $i -lt 1000 ]; do i=$((i+1)); done" measure="emulation" loop={1000}>
观察模拟的处理器运行得有多快。
</LabStep>
</LinuxLab>

## 组件与许可证 {/* #components-and-licences */}

<LabMachineParts />
`;

export const HOME_ZH = `${translation('index.mdx', MINIMAL_HOME, `
title: 首页
description: 一个测试用的中文首页，用来检查本书生成的界面文字在中文页面上是否都是中文。
`)}
首页。
`;

/** Build (or reuse) the fixture and return its dist directory, built with base /course-test/. */
export function i18nFixtureDist(): string {
  return fixtureSiteDist(
    'i18n-ui',
    { 'index.mdx': MINIMAL_HOME, 'zh-cn/index.mdx': HOME_ZH, 'lab-machine.mdx': LAB_EN, 'zh-cn/lab-machine.mdx': LAB_ZH },
    TEST_BASE,
  );
}
