import { describe, expect, it } from 'vitest';
import { features, osTechnologies } from '../../src/data/os-virtualization-features';
import { FEATURE_MATRIX_EN } from '../../src/i18n/demos/feature-matrix';
import { describeFilter, filterMatrix, findMatrixProblems, isCorrected, type OsTechnology } from '../../src/lib/feature-matrix';

const cellOf = (tech: string, feature: string) => osTechnologies.find((t) => t.id === tech)!.cells[feature]!;

describe('the feature matrix data', () => {
  it('passes its checks', () => {
    expect(findMatrixProblems(features, osTechnologies)).toEqual([]);
  });
  it('has the five technologies and nine features of the slide table, in its order', () => {
    expect(osTechnologies.map((t) => t.name)).toEqual(['chroot', 'Linux-VServer', 'OpenVZ', 'LXC', 'Docker']);
    // The slide table's headings, in standard Chinese terms (写时复制, not 写复制; I/O 限速, not 限权).
    expect(features.map((f) => f.zh)).toEqual(['写时复制', '磁盘配额', 'CPU 配额', '文件系统隔离', '网络隔离', 'root 权限隔离', 'I/O 限速', '内存限制', '检查点与热迁移']);
  });
  it('keeps the slide table’s values, including its partial cells', () => {
    // The slide table's row for LXC: √ 不完全 √ √ √ √ 不完全 √ √
    expect(features.map((f) => cellOf('lxc', f.id).slides)).toEqual(['yes', 'partial', 'yes', 'yes', 'yes', 'yes', 'partial', 'yes', 'yes']);
    expect(cellOf('chroot', 'fs-isolation').slides).toBe('partial');
  });
  it('applies the corrections: Docker’s indirect disk quota is partial, its checkpointing experimental', () => {
    expect(cellOf('docker', 'disk-quota').value).toBe('partial');
    expect(cellOf('docker', 'disk-quota').note).toMatch(/间接/);
    expect(isCorrected(cellOf('docker', 'live-migration'))).toBe(true);
    expect(cellOf('docker', 'root-isolation').note).toMatch(/1\.10/);
    expect(osTechnologies.find((t) => t.id === 'linux-vserver')!.years).toBe('2001–2018');
    expect(osTechnologies.find((t) => t.id === 'chroot')!.note).toMatch(/not a security boundary/i);
  });
});

describe('findMatrixProblems', () => {
  const base = osTechnologies[0]!;
  it('wants a note on every partial cell and a source on every correction', () => {
    const bad: OsTechnology = { ...base, cells: { ...base.cells, 'cpu-quota': { value: 'partial', slides: 'partial' }, 'net-isolation': { value: 'yes', slides: 'no', note: 'why' } } };
    const problems = findMatrixProblems(features, [bad]).join('\n');
    expect(problems).toMatch(/cpu-quota: "partial" needs a note/);
    expect(problems).toMatch(/net-isolation: a correction needs a source/);
  });
  it('wants every feature rated', () => {
    const { 'cpu-quota': _, ...rest } = base.cells;
    expect(findMatrixProblems(features, [{ ...base, cells: rest }])).toEqual([`${base.id}: no value for cpu-quota`]);
  });
});

describe('filterMatrix', () => {
  it('keeps everything when nothing is required', () => {
    const r = filterMatrix(osTechnologies, { required: [], acceptPartial: false });
    expect(r.shown).toHaveLength(5);
    expect(describeFilter(r, features, { required: [], acceptPartial: false }, FEATURE_MATRIX_EN)).toMatch(/all 5/);
  });
  it('keeps the technologies that fully provide every required feature', () => {
    const filter = { required: ['live-migration', 'root-isolation'], acceptPartial: false };
    const r = filterMatrix(osTechnologies, filter);
    expect(r.shown.map((t) => t.id)).toEqual(['openvz', 'lxc']);
    expect(r.hidden.find((h) => h.technology.id === 'docker')!.lacking).toEqual(['live-migration', 'root-isolation']);
    expect(describeFilter(r, features, filter, FEATURE_MATRIX_EN)).toBe('2 of 5 provide checkpointing and live migration, root privilege isolation: OpenVZ, LXC.');
  });
  it('counts partial support when asked to', () => {
    const strict = filterMatrix(osTechnologies, { required: ['disk-quota', 'io-rate-limit'], acceptPartial: false });
    const lenient = filterMatrix(osTechnologies, { required: ['disk-quota', 'io-rate-limit'], acceptPartial: true });
    expect(strict.shown.map((t) => t.id)).toEqual(['linux-vserver', 'openvz']);
    expect(lenient.shown.map((t) => t.id)).toEqual(['linux-vserver', 'openvz', 'lxc', 'docker']);
  });
  it('says so when nothing qualifies', () => {
    const filter = { required: ['fs-isolation', 'live-migration', 'net-isolation'], acceptPartial: false };
    const r = filterMatrix(osTechnologies.filter((t) => t.id === 'chroot'), filter);
    expect(describeFilter(r, features, filter, FEATURE_MATRIX_EN)).toMatch(/^No technology provides all of/);
  });
});

describe('the feature matrix in the Chinese edition', async () => {
  const { osTechnologies } = await import('../../src/data/os-virtualization-features');
  const { osFeatureNotesZh } = await import('../../src/data/os-virtualization-features-zh');

  it('has a Chinese note for every note, and no note the English lacks', () => {
    expect(Object.keys(osFeatureNotesZh.technologies).sort()).toEqual(osTechnologies.filter((t) => t.note).map((t) => t.id).sort());
    const cells = osTechnologies.flatMap((t) => Object.entries(t.cells).filter(([, c]) => c.note).map(([f]) => `${t.id}/${f}`));
    expect(Object.keys(osFeatureNotesZh.cells).sort()).toEqual(cells.sort());
    for (const text of [...Object.values(osFeatureNotesZh.technologies), ...Object.values(osFeatureNotesZh.cells)]) expect(text).toMatch(/\p{Script=Han}/u);
  });
});
