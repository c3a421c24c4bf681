/**
 * Finishing the book PDF with pdf-lib (MIT): bookmarks (the PDF outline) for parts, chapters,
 * sections and back matter, the document's metadata, and dates and a file ID that depend only on
 * the content and the given date, so the same commit gives the same bytes.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, type PDFPage } from 'pdf-lib';
import { createHash } from 'node:crypto';

export interface Bookmark {
  /** 1 = top level; a deeper level nests under the closest shallower one before it. */
  level: number;
  title: string;
  /** 1-based page number. */
  page: number;
}

export interface OutlineNode extends Bookmark {
  children: OutlineNode[];
}

/** Nest flat bookmarks by level. A level that skips (1 then 3) nests under the last shallower one. */
export function outlineTree(marks: readonly Bookmark[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const m of marks) {
    if (!Number.isInteger(m.level) || m.level < 1) throw new Error(`bookmark "${m.title}": level ${m.level} is not a positive integer`);
    const node: OutlineNode = { ...m, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= m.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export interface PdfMeta {
  title: string;
  subject: string;
  /** The document's language (BCP 47), default "en". */
  lang?: string;
  date: Date;
}

function writeOutline(doc: PDFDocument, roots: OutlineNode[], pages: PDFPage[]): PDFRef {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const count = (nodes: OutlineNode[]): number => nodes.reduce((n, x) => n + 1 + count(x.children), 0);
  const write = (nodes: OutlineNode[], parent: PDFRef): PDFRef[] => {
    const refs = nodes.map(() => ctx.nextRef());
    nodes.forEach((node, i) => {
      const page = pages[Math.min(Math.max(node.page, 1), pages.length) - 1]!;
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const dest = PDFArray.withContext(ctx);
      dest.push(page.ref);
      dest.push(PDFName.of('Fit'));
      dict.set(PDFName.of('Dest'), dest);
      if (node.children.length) {
        const kids = write(node.children, refs[i]!);
        dict.set(PDFName.of('First'), kids[0]!);
        dict.set(PDFName.of('Last'), kids[kids.length - 1]!);
        // Positive: open. Parts and chapters open, sections closed below them.
        dict.set(PDFName.of('Count'), PDFNumber.of(node.level === 1 ? count(node.children) : -node.children.length));
      }
      ctx.assign(refs[i]!, dict);
    });
    return refs;
  };
  const top = write(roots, rootRef);
  const root = ctx.obj({ Type: 'Outlines' }) as PDFDict;
  if (top.length) {
    root.set(PDFName.of('First'), top[0]!);
    root.set(PDFName.of('Last'), top[top.length - 1]!);
    root.set(PDFName.of('Count'), PDFNumber.of(top.length));
  }
  ctx.assign(rootRef, root);
  return rootRef;
}

/** Add bookmarks and metadata to a PDF; the result depends only on its inputs. */
export async function addOutline(pdf: Uint8Array, marks: readonly Bookmark[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages();
  for (const m of marks) if (m.page < 1 || m.page > pages.length) throw new Error(`bookmark "${m.title}" points at page ${m.page} of ${pages.length}`);
  doc.catalog.set(PDFName.of('Outlines'), writeOutline(doc, outlineTree(marks), pages));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // Chromium's XMP packet carries its own time stamps and random document IDs; the Info
  // dictionary below says the same without them.
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setLanguage(meta.lang ?? 'en');
  doc.setCreator('Paged.js in Chromium (npm run pdf)');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  // Chromium names the tagged structure's elements after DOM node numbers, which differ from run
  // to run; the names are optional (used by IDTree and by table cells' /Headers, which TH's
  // /Scope makes redundant), so they go.
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const type = obj.get(PDFName.of('Type'));
    if (type === PDFName.of('StructTreeRoot')) {
      // The name tree's nodes are objects of their own: drop them with it.
      const drop = (ref: unknown) => {
        if (!(ref instanceof PDFRef)) return;
        const node = doc.context.lookup(ref);
        const kids = node instanceof PDFDict ? node.get(PDFName.of('Kids')) : undefined;
        if (kids instanceof PDFArray) kids.asArray().forEach(drop);
        doc.context.delete(ref);
      };
      drop(obj.get(PDFName.of('IDTree')));
      obj.delete(PDFName.of('IDTree'));
    }
    if (type !== PDFName.of('StructElem')) continue;
    obj.delete(PDFName.of('ID'));
    const attrs = obj.get(PDFName.of('A'));
    const list = attrs instanceof PDFArray ? attrs.asArray() : attrs ? [attrs] : [];
    for (const a of list) {
      const dict = a instanceof PDFRef ? doc.context.lookup(a) : a;
      if (dict instanceof PDFDict) dict.delete(PDFName.of('Headers'));
    }
  }
  // The file ID: a hash of the file written with a fixed ID.
  const zero = PDFHexString.of('0'.repeat(32));
  doc.context.trailerInfo.ID = doc.context.obj([zero, zero]);
  const draft = await doc.save({ useObjectStreams: false });
  const id = PDFHexString.of(createHash('md5').update(draft).digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}
