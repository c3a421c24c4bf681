/**
 * Strings of the lab machine (components/lab/), part of the catalogue (src/i18n/messages.ts).
 *
 * `client` holds what the browser needs (status lines, progress, errors, the terminal's accessible
 * name): plain strings with {placeholders}, written by LinuxLab.astro into the element's
 * data-messages attribute for the page's language only and filled in with src/i18n/format.ts's
 * `fill`, so neither the starter (linux-lab.ts, ≤ 3 KiB) nor the runtime carries a catalogue.
 * The rest is rendered by the server. Numbers reach them already formatted for the locale.
 */
import type { Locale } from './client';

export interface LabClientMessages {
  /** Before Start (the starter element). */
  idle: string;
  loading: string;
  /** {error}: what went wrong, as the browser said it. */
  loadFailed: string;
  /** While the saved machine downloads and restores. */
  downloading: string;
  restoring: string;
  /** Cold boot after Reset or Cold boot, and the same once the emulator is loaded (with the time it takes). */
  bootingCold: string;
  bootingColdLong: string;
  /** {error}: why the saved state was not used. */
  stateUnusable: string;
  /** Why a saved state is refused: {got} and {expected} are sizes in bytes or checksum prefixes. */
  stateBytes: string;
  stateChecksum: string;
  /** {secs}: seconds to a prompt. */
  runningRestored: string;
  runningCold: string;
  /** {why}: the kernel's own message (e.g. "reboot: System halted"). */
  stopped: string;
  /** A time in the start-up table: {secs}. */
  seconds: string;
  measuring: string;
  /** {secs}, {mips}, {n} (loop iterations), {ms}, {sum}: already formatted. */
  measured: string;
  /** The terminal's input: its accessible name, and what a screen reader hears when output floods. */
  terminalLabel: string;
  tooMuchOutput: string;
}

export interface LabMessages {
  start: string;
  /** After Start, with its own spacing (none before a full-width bracket): " (downloads 9.6 MB)". */
  downloads: (size: string) => string;
  reset: string;
  coldBoot: string;
  about: string;
  noJs: string;
  keysLabel: string;
  /** The accessible name of the download's progress bar. */
  progress: string;
  keys: { up: string; down: string; left: string; right: string; pipe: string; slash: string; dash: string };
  timingsCaption: string;
  timingsStartup: string;
  timingsTime: string;
  timingsRestore: string;
  timingsCold: string;
  notMeasured: string;
  notMeasuredCold: string;
  /** A step's button, and the words after it for screen readers ("Run this command"). */
  run: string;
  runHint: string;
  // The licences page (LabMachineParts.astro).
  partsCaption: string;
  component: string;
  version: string;
  licence: string;
  correspondingSource: string;
  /** {v86}: the emulator version that wrote the saved state. */
  filesIntro: (v86: string) => string;
  filesCaption: string;
  file: string;
  bytes: string;
  contains: string;
  client: LabClientMessages;
}

export const LAB_MESSAGES: Record<Locale, LabMessages> = {
  en: {
    start: 'Start the lab machine',
    downloads: (size) => ` (downloads ${size})`,
    reset: 'Reset',
    coldBoot: 'Cold boot',
    about: 'About this machine and its licences',
    noJs: 'This lab needs JavaScript: it runs a Linux machine in your browser. You can still read the steps and what to observe.',
    keysLabel: 'Keys for touch screens',
    progress: 'Downloading the saved machine',
    keys: { up: 'Up arrow', down: 'Down arrow', left: 'Left arrow', right: 'Right arrow', pipe: 'Pipe', slash: 'Slash', dash: 'Dash' },
    timingsCaption: 'Measured here, in this emulator, on this device',
    timingsStartup: 'Start-up',
    timingsTime: 'Time to a shell prompt',
    timingsRestore: 'Restore the saved machine',
    timingsCold: 'Cold boot (BIOS, kernel, /init)',
    notMeasured: 'not measured yet',
    notMeasuredCold: 'not measured yet: press Cold boot',
    run: 'Run',
    runHint: ' this command',
    partsCaption: 'Components of the lab machine',
    component: 'Component',
    version: 'Version',
    licence: 'Licence',
    correspondingSource: 'Corresponding source',
    filesIntro: (v86) => `Files, as served with this book (the saved state was written by v86 ${v86}; a state works only with the emulator build that wrote it):`,
    filesCaption: 'Files of the lab machine with their SHA-256 checksums',
    file: 'File',
    bytes: 'Bytes',
    contains: 'Contains',
    client: {
      idle: 'The machine is not running. Start it to try the steps below.',
      loading: 'Loading the emulator…',
      loadFailed: 'The lab machine could not be loaded ({error}). Check your connection and press Start again.',
      downloading: 'Downloading the saved machine…',
      restoring: 'Restoring the saved machine…',
      bootingCold: 'Booting Linux from scratch…',
      bootingColdLong: 'Booting Linux from scratch (about 12 seconds on a laptop, longer on a phone)…',
      stateUnusable: 'The saved machine could not be used ({error}). Booting Linux from scratch instead, which takes longer.',
      stateBytes: 'the saved state is {got} bytes, expected {expected}',
      stateChecksum: 'the saved state’s checksum is {got}…, expected {expected}…',
      runningRestored: 'Machine running (restored from its saved state in {secs} s). Type in the terminal or press Run on a step.',
      runningCold: 'Machine running (cold-booted in {secs} s). Type in the terminal or press Run on a step.',
      stopped: 'The machine has stopped ({why}). Press Reset to get it back.',
      seconds: '{secs} s',
      measuring: 'Measuring…',
      measured:
        'Measured here: the command took {secs} s of wall time, during which the emulated CPU ran about {mips} million x86 instructions per second. ' +
        'The same {n}-iteration loop in this page’s JavaScript took {ms} ms (sum {sum}).',
      terminalLabel: 'Lab machine terminal: type commands here',
      tooMuchOutput: 'Too much output to announce; move through the rows to read them',
    },
  },
  'zh-cn': {
    start: '启动实验机器',
    downloads: (size) => `（需下载 ${size}）`,
    reset: '重置',
    coldBoot: '冷启动',
    about: '关于这台机器及其许可证',
    noJs: '本实验需要 JavaScript：它在你的浏览器中运行一台 Linux 机器。即使不运行，你也可以阅读下面的步骤和要观察的现象。',
    keysLabel: '触摸屏按键',
    progress: '保存的机器的下载进度',
    keys: { up: '上箭头', down: '下箭头', left: '左箭头', right: '右箭头', pipe: '竖线', slash: '斜杠', dash: '连字符' },
    timingsCaption: '在本设备、本仿真器中实测',
    timingsStartup: '启动方式',
    timingsTime: '出现 shell 提示符所用时间',
    timingsRestore: '恢复保存的机器',
    timingsCold: '冷启动（BIOS、内核、/init）',
    notMeasured: '尚未测量',
    notMeasuredCold: '尚未测量：请按“冷启动”',
    run: '运行',
    runHint: '此命令',
    partsCaption: '实验机器的组成部分',
    component: '组件',
    version: '版本',
    licence: '许可证',
    correspondingSource: '对应源代码',
    filesIntro: (v86) => `本书提供的文件如下（保存的状态由 v86 ${v86} 写出；状态只能用写出它的那个仿真器构建来恢复）：`,
    filesCaption: '实验机器的文件及其 SHA-256 校验和',
    file: '文件',
    bytes: '字节数',
    contains: '内容',
    client: {
      idle: '机器尚未运行。启动它，即可动手尝试下面的步骤。',
      loading: '正在加载仿真器…',
      loadFailed: '无法加载实验机器（{error}）。请检查网络连接，然后再按一次“启动实验机器”。',
      downloading: '正在下载保存的机器…',
      restoring: '正在恢复保存的机器…',
      bootingCold: '正在从头启动 Linux…',
      bootingColdLong: '正在从头启动 Linux（笔记本电脑上约需 12 秒，手机上更久）…',
      stateUnusable: '无法使用保存的机器（{error}）。改为从头启动 Linux，这需要更长时间。',
      stateBytes: '保存的状态有 {got} 字节，应为 {expected} 字节',
      stateChecksum: '保存的状态的校验和为 {got}…，应为 {expected}…',
      runningRestored: '机器正在运行（从保存的状态恢复，用时 {secs} 秒）。请在终端中输入命令，或按某一步的“运行”。',
      runningCold: '机器正在运行（冷启动，用时 {secs} 秒）。请在终端中输入命令，或按某一步的“运行”。',
      stopped: '机器已停止（{why}）。按“重置”可让它重新运行。',
      seconds: '{secs} 秒',
      measuring: '正在测量…',
      measured:
        '本机实测：该命令耗时 {secs} 秒（墙上时间），其间仿真的 CPU 每秒约执行 {mips} 百万条 x86 指令。' +
        '同样的 {n} 次循环在本页的 JavaScript 中耗时 {ms} 毫秒（总和为 {sum}）。',
      terminalLabel: '实验机器终端：在此输入命令',
      tooMuchOutput: '输出太多，无法逐条朗读；请逐行浏览阅读',
    },
  },
};
