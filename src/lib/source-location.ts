/** "content/docs/x.mdx:12:3" for error messages: the file relative to the project, and the node's line. */
import { relative } from 'node:path';

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

export function where(file: { path?: string; history?: string[] }, node?: Positioned): string {
  const path = file.path ?? file.history?.[0] ?? '<unknown file>';
  const rel = relative(process.cwd(), path) || path;
  const pos = node?.position?.start;
  return pos ? `${rel}:${pos.line}:${pos.column}` : rel;
}

/** An error that names the author's file and line; the build stops with this message. */
export class AuthorError extends Error {
  constructor(file: { path?: string; history?: string[] }, node: Positioned | undefined, message: string) {
    super(`${where(file, node)}: ${message}`);
    this.name = 'AuthorError';
  }
}
