/**
 * Chinese names of every page, for the Chinese edition's navigation (sidebar, progress list,
 * cross-reference previews) while a page is not translated yet: the reader sees Chinese navigation
 * and Starlight's notice that the page itself is still in English. A translated page's own title
 * (its frontmatter) wins. tests/unit/i18n-messages.test.ts checks there is one for every page.
 */
export const ZH_TITLES: Record<string, string> = {
  index: '虚拟化：从陷入再模拟到无服务器',
  preface: '前言：如何使用本书',
  'foundations/01-what-is-virtualization.mdx': '什么是虚拟化，它为什么重要',
  'foundations/02-history.mdx': '简史',
  'foundations/03-layers-of-abstraction.mdx': '虚拟化全景：抽象的层次',
  'system/01-cpu-virtualization.mdx': 'CPU 虚拟化',
  'system/02-memory-io-interrupts.mdx': '内存、I/O 与中断虚拟化',
  'system/03-hypervisor-architectures.mdx': '虚拟机监视器的体系结构',
  'system/04-hypervisors-in-practice.mdx': '虚拟机监视器实践',
  'system/05-live-migration-and-nesting.mdx': '热迁移与嵌套虚拟化',
  'system/06-confidential-computing.mdx': '机密计算与虚拟机安全',
  'lightweight/01-containers.mdx': '容器：操作系统级虚拟化',
  'lightweight/02-library-and-language-vms.mdx': '库函数级与编程语言级虚拟化',
  'lightweight/03-lightweight-virtualization.mdx': '轻量级虚拟化：虚拟机、容器、单内核与微虚拟机',
  'cloud-native/01-microservices.mdx': '微服务',
  'cloud-native/02-service-mesh.mdx': '服务网格',
  'cloud-native/03-serverless.mdx': '无服务器计算',
  glossary: '术语表',
  references: '参考文献',
  sources: '资料来源与覆盖情况',
  'whole-book': '全书单页版',
  contributing: '参与贡献：编写一章',
  'lab-machine': '实验机器',
};

/** The Chinese name of a page by its path under content/docs ("index.mdx", "system/01-cpu-virtualization.mdx"). */
export function zhTitle(path: string): string | undefined {
  return ZH_TITLES[path] ?? ZH_TITLES[path.replace(/\.mdx?$/, '')];
}
