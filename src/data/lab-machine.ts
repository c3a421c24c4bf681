/**
 * The parts of the book's lab machine (a Linux machine emulated in the reader's browser), with
 * the version, licence and exact corresponding source of each. The saved state holds the kernel,
 * BusyBox and SeaBIOS in its RAM image, so it carries their obligations too. Versions are the
 * pinned ones in src/scripts/lab-image/build.sh; a unit test checks the two agree.
 */
export interface LabComponent {
  id: string;
  name: string;
  version: string;
  licence: string;
  /** Files under public/lab/ (or from npm) that contain this component. */
  files: string[];
  /** Where the exact corresponding source is. */
  source: string;
  homepage: string;
}

export const V86_VERSION = '0.5.462';

export const LAB_COMPONENTS: LabComponent[] = [
  {
    id: 'v86',
    name: 'v86 (x86 emulator and x86-to-WebAssembly JIT)',
    version: V86_VERSION,
    licence: 'BSD-2-Clause',
    files: ['v86.wasm', 'libv86.mjs', 'LICENSE.v86.txt'],
    source: `https://registry.npmjs.org/v86/-/v86-${V86_VERSION}.tgz (npm package v86@${V86_VERSION}; repository github.com/copy/v86)`,
    homepage: 'https://github.com/copy/v86',
  },
  {
    id: 'seabios',
    name: 'SeaBIOS',
    version: '1.16.2-1 (Debian)',
    licence: 'LGPL-3.0-only',
    files: ['bios.bin', 'state.bin.zst'],
    source: 'Debian source package seabios 1.16.2-1: https://snapshot.debian.org/package/seabios/1.16.2-1/',
    homepage: 'https://www.seabios.org/',
  },
  {
    id: 'linux',
    name: 'Linux kernel (Debian linux-image-6.1.0-50-686, i386) and modules overlay, veth, llc, stp, bridge',
    version: '6.1.176-1 (Debian)',
    licence: 'GPL-2.0-only',
    files: ['bzimage', 'initrd.gz', 'state.bin.zst'],
    source:
      'Debian source package linux 6.1.176-1, built with config-6.1.0-50-686: https://snapshot.debian.org/package/linux/6.1.176-1/',
    homepage: 'https://www.kernel.org/',
  },
  {
    id: 'busybox',
    name: 'BusyBox (Debian busybox-static, i386)',
    version: '1:1.35.0-4+deb12u1 (Debian; binary rebuild +b1)',
    licence: 'GPL-2.0-only',
    files: ['initrd.gz', 'state.bin.zst'],
    source: 'Debian source package busybox 1:1.35.0-4+deb12u1: https://snapshot.debian.org/package/busybox/1%3A1.35.0-4%2Bdeb12u1/',
    homepage: 'https://busybox.net/',
  },
  {
    id: 'lab-image',
    name: 'The image build scripts and /init of this book',
    version: 'this repository',
    licence: 'same as the book',
    files: ['initrd.gz'],
    source: 'src/scripts/lab-image/ in the book’s repository (build.sh, init, save-state.mjs)',
    homepage: '',
  },
];
