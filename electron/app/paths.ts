// Where the package's own files are, whether this module runs from source (tests) or from
// `dist/electron/` (the command and the packaged app).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function isQuaysideRoot(folder: string): boolean {
  const manifest = join(folder, 'package.json');
  if (!existsSync(manifest)) {
    return false;
  }
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  return (
    typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === 'quayside'
  );
}

/** Returns the folder with Quayside's package.json, found by walking up from this module. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!isQuaysideRoot(folder)) {
    const parent = dirname(folder);
    if (parent === folder) {
      throw new Error(`no Quayside package.json above ${fileURLToPath(import.meta.url)}`);
    }
    folder = parent;
  }
  return folder;
}

/** Returns the folder of the built renderer, made by `npm run build:renderer`. */
export function rendererDir(): string {
  return join(packageRoot(), 'dist', 'renderer');
}
