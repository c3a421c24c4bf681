/**
 * How the lab machine boots: shared by the image script that saves its state and the page that
 * cold-boots it when the state cannot be used, so both start the same machine.
 */
export const LAB_BOOT = {
  /** 128 MiB: v86 places the initrd at 64 MiB, so 64 MiB machines fail to boot. */
  memoryBytes: 128 * 1024 * 1024,
  /**
   * quiet, no crypto self-tests and no ISA PnP probe cut a cold boot from ≈20 s to ≈12 s in the
   * emulator; init_on_free=1 zeroes freed pages so the saved state compresses about twice as well.
   */
  cmdline: 'console=ttyS0 quiet cryptomgr.notests noisapnp mitigations=off tsc=reliable init_on_free=1 rdinit=/init',
  /** The shell's prompt (PS1 in src/scripts/lab-image/init), at the root's home. */
  prompt: 'lab:~# ',
} as const;
