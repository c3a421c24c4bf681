/**
 * Strings of the book's downloads, part of the catalogue (src/i18n/messages.ts): the PDF link
 * (components/book/PdfLink.astro, shown with its size by src/lib/pdf-link.ts once the PDF exists)
 * and saving the whole book for offline reading (components/book/SaveOffline.astro).
 *
 * `offline.client` is what SaveOffline's inline script needs: {placeholder} templates, written into
 * the page for its language only. Sizes reach them already formatted ("12.3 MB").
 */
import type { Locale } from './client';

export interface OfflineClientMessages {
  cannotReach: string;
  /** {size}: the pages, figures and search index. */
  what: string;
  /** {size}: the lab machine image, on top. */
  labAlso: string;
  saving: string;
  /** {bytes} of {total} saved; {done} of {files} files. */
  progress: string;
  saved: string;
  /** {error}: why saving stopped. */
  failed: string;
  /** The worker refused: a newer version of the book was published since this page loaded. */
  newVersion: string;
}

export interface DownloadMessages {
  /** The PDF link before its size is known, and with it ({size}: "12.3 MB"). */
  pdf: string;
  pdfSized: (size: string) => string;
  offlineTitle: string;
  offlineIntro: string;
  offlineSize: string;
  offlineSave: string;
  offline: OfflineClientMessages;
}

export const DOWNLOAD_MESSAGES: Record<Locale, DownloadMessages> = {
  en: {
    pdf: 'Download the PDF',
    pdfSized: (size) => `Download the PDF, ${size}`,
    offlineTitle: 'Read offline',
    offlineIntro: 'Pages you have read stay readable without a connection. You can also save the whole book, with its search, on this device.',
    offlineSize: 'Save the whole book for offline reading…',
    offlineSave: 'Save',
    offline: {
      cannotReach: 'Cannot reach the book to find its size; try again when online.',
      what: 'The book, its figures and its search index: {size}.',
      labAlso: 'Also save the lab machine image ({size} more)',
      saving: 'Saving…',
      progress: 'Saving: {bytes} of {total} ({done} of {files} files)',
      saved: 'Saved: the whole book reads offline on this device.',
      failed: 'Not finished ({error}). What was saved stays saved; try again to complete it.',
      newVersion: 'a new version of the book has been published: reload first',
    },
  },
  'zh-cn': {
    pdf: '下载 PDF',
    pdfSized: (size) => `下载 PDF（${size}）`,
    offlineTitle: '离线阅读',
    offlineIntro: '读过的页面在没有网络时仍可阅读。你也可以把整本书连同搜索功能保存到本设备上。',
    offlineSize: '保存整本书以便离线阅读…',
    offlineSave: '保存',
    offline: {
      cannotReach: '无法连接到本书以获取其大小；请在联网后重试。',
      what: '本书、书中的图和搜索索引：{size}。',
      labAlso: '同时保存实验机器映像（另需 {size}）',
      saving: '正在保存…',
      progress: '正在保存：已保存 {bytes}，共 {total}（{done}/{files} 个文件）',
      saved: '已保存：整本书可在本设备上离线阅读。',
      failed: '未完成（{error}）。已保存的部分会保留；再试一次即可完成。',
      newVersion: '本书已发布新版本：请先重新加载页面',
    },
  },
};
