// The built renderer's files, looked up from a URL path without leaving the renderer folder:
// no `..`, no dot files, no symbolic link out of it, no directory listing.

import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** A file to serve, with its content type. */
export interface StaticFile {
  readonly path: string;
  readonly contentType: string;
  readonly size: number;
}

/** Returns the Content-Type for a file name, `application/octet-stream` when it is unknown. */
export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Splits a URL path into safe segments, or returns null when a segment could escape or hide. */
function safeSegments(pathname: string): readonly string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  return segments.some((segment) => segment.startsWith('.')) ? null : segments;
}

/**
 * Finds the file for `pathname` under `root` (an absolute, resolved folder), or returns null when
 * there is none or the path is not allowed. `/` is `index.html`, and other folders are not found.
 */
export async function findStaticFile(root: string, pathname: string): Promise<StaticFile | null> {
  const segments = safeSegments(pathname);
  if (segments === null) {
    return null;
  }
  const relative = segments.length === 0 ? ['index.html'] : segments;

  try {
    const path = await realpath(join(root, ...relative));
    if (!path.startsWith(root + sep)) {
      return null;
    }
    const info = await stat(path);
    return info.isFile() ? { path, contentType: contentTypeOf(path), size: info.size } : null;
  } catch {
    // A missing or unreadable file is simply not found.
    return null;
  }
}
