// A small writer of POSIX ustar archives, enough for image layers and OCI archives: regular
// files, folders and symbolic links with fixed owner and time, so equal input gives equal bytes.

/** One archive member. */
export type TarEntry =
  | { readonly kind: 'file'; readonly path: string; readonly data: Buffer; readonly mode?: number }
  | { readonly kind: 'directory'; readonly path: string; readonly mode?: number }
  | { readonly kind: 'symlink'; readonly path: string; readonly target: string };

const blockSize = 512;

/** The time every member carries, so that layers are reproducible: 2024-01-01T00:00:00Z. */
export const fixedMtime = 1_704_067_200;

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) {
    throw new Error(`tar field of ${length} bytes cannot hold "${value}"`);
  }
  bytes.copy(header, offset);
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  // Octal digits, zero-padded, then a NUL: the classic numeric field form.
  writeString(header, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

/** Splits a path into ustar's prefix (up to 155 bytes) and name (up to 100 bytes). */
export function splitPath(path: string): { prefix: string; name: string } {
  if (Buffer.byteLength(path) <= 100) {
    return { prefix: '', name: path };
  }
  for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
    const prefix = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) {
      return { prefix, name };
    }
  }
  throw new Error(`path is too long for a ustar header: ${path}`);
}

/** Returns the 512-byte header of one member. */
export function tarHeader(entry: TarEntry, size: number): Buffer {
  const header = Buffer.alloc(blockSize);
  const path =
    entry.kind === 'directory' && !entry.path.endsWith('/') ? `${entry.path}/` : entry.path;
  const { prefix, name } = splitPath(path);
  const defaultMode = entry.kind === 'file' ? 0o644 : 0o755;
  const mode = entry.kind === 'symlink' ? 0o777 : (entry.mode ?? defaultMode);
  const typeFlag = { file: '0', symlink: '2', directory: '5' }[entry.kind];

  writeString(header, 0, 100, name);
  writeOctal(header, 100, 8, mode);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, size);
  writeOctal(header, 136, 12, fixedMtime);
  writeString(header, 156, 1, typeFlag);
  if (entry.kind === 'symlink') {
    writeString(header, 157, 100, entry.target);
  }
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  writeString(header, 265, 32, 'root');
  writeString(header, 297, 32, 'root');
  writeOctal(header, 329, 8, 0);
  writeOctal(header, 337, 8, 0);
  writeString(header, 345, 155, prefix);

  // The checksum is the byte sum of the header with its own field read as eight spaces.
  header.fill(' ', 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0);
  writeString(header, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}

/** Returns the archive of `entries`, in order, with the two zero blocks that end it. */
export function writeTar(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.kind === 'file' ? entry.data : Buffer.alloc(0);
    parts.push(tarHeader(entry, data.length), data);
    const padding = (blockSize - (data.length % blockSize)) % blockSize;
    parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(blockSize * 2));
  return Buffer.concat(parts);
}
