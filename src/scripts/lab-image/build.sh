#!/usr/bin/env bash
# Builds the lab machine's image from pinned Debian packages into public/lab/:
#   bios.bin (SeaBIOS), bzimage (Debian's stock 686 kernel), initrd.gz (BusyBox + /init + modules)
#   and manifest.json (every file's version, licence, source and SHA-256).
# Then `node src/scripts/lab-image/save-state.mjs` boots it in v86 and saves state.bin.zst.
# Needs root on Debian (apt-get with the i386 architecture added), cpio, gzip. The outputs are
# committed, so readers and CI never run this (see src/scripts/lab-image/README.md).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=public/lab
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Pinned inputs: change a version here, rebuild, and commit the new image and state together.
KERNEL_ABI=6.1.0-50-686
PKGS=(
  "linux-image-6.1.0-50-686:i386=6.1.176-1"
  "busybox-static:i386=1:1.35.0-4+deb12u1+b1"
  "seabios=1.16.2-1"
)
# A fixed timestamp for every file in the initramfs: the same inputs give the same bytes.
export SOURCE_DATE_EPOCH=1767225600   # 2026-01-01T00:00:00Z

if ! dpkg --print-foreign-architectures | grep -qx i386; then
  dpkg --add-architecture i386
  apt-get update -qq
fi
(cd "$work" && apt-get download -qq "${PKGS[@]}" 2>/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done

root="$work/initramfs"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,root,etc,lib/modules,proc,sys,dev,tmp,run}
cp "$work/x/bin/busybox" "$root/bin/busybox"
# One symlink per applet, as busybox --install -s would make, but at build time.
for applet in $("$root/bin/busybox" --list-full); do
  [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done
moddir="$work/x/lib/modules/$KERNEL_ABI/kernel"
cp "$moddir/fs/overlayfs/overlay.ko" "$moddir/drivers/net/veth.ko" "$moddir/net/llc/llc.ko" \
   "$moddir/net/802/stp.ko" "$moddir/net/bridge/bridge.ko" "$root/lib/modules/"
install -m 0755 src/scripts/lab-image/init "$root/init"
install -m 0755 src/scripts/lab-image/help-lab "$root/bin/help-lab"
echo "root:x:0:0:root:/root:/bin/sh" > "$root/etc/passwd"
echo "root:x:0:" > "$root/etc/group"
echo "lab" > "$root/etc/hostname"
# BusyBox's shell seeds its $RANDOM generator lazily, at first use. Using it once at login seeds it
# before the state is saved, so every restore resumes the same generator: the snapshot lab's point.
cat > "$root/etc/profile" <<'PROFILE'
# Seed the shell's $RANDOM now, before the machine is snapshotted.
: "$RANDOM"
# BusyBox's halt, poweroff and reboot signal an init process, and this machine runs none: these ask the
# kernel directly (magic SysRq), so they do what a reader expects and the page sees the machine stop.
halt() { echo o > /proc/sysrq-trigger; }
poweroff() { echo o > /proc/sysrq-trigger; }
reboot() { echo b > /proc/sysrq-trigger; }
PROFILE

# Reproducible cpio: sorted names, one owner, one timestamp; gzip without name or time.
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p "$out"
(cd "$root" && find . -print0 | LC_ALL=C sort -z | cpio --null -o -H newc -R 0:0 --reproducible --quiet) \
  | gzip -n -9 > "$out/initrd.gz"
cp "$work/x/boot/vmlinuz-$KERNEL_ABI" "$out/bzimage"
cp "$work/x/usr/share/seabios/bios.bin" "$out/bios.bin"

node --experimental-strip-types src/scripts/lab-image/manifest.ts "${PKGS[@]}"
echo "Wrote $out: $(du -sh "$out" | cut -f1). Now run: node src/scripts/lab-image/save-state.mjs"
