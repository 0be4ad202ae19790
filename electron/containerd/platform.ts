// Chooses the manifest of an index for this host the way containerd's default platform matcher
// does: the exact platform first, then the platforms the host can also run, in that order.

/** An OS, CPU architecture and optional variant, normalised like containerd does. */
export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant: string;
}

/** An index entry as it appears in the JSON of an OCI index or Docker manifest list. */
export interface IndexEntry {
  readonly mediaType?: string | undefined;
  readonly digest: string;
  readonly size: number;
  readonly platform?:
    | {
        readonly os?: string | undefined;
        readonly architecture?: string | undefined;
        readonly variant?: string | undefined;
      }
    | undefined;
  readonly annotations?: Readonly<Record<string, string>> | undefined;
}

const architectureAliases: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
};

/** Returns `platform` with containerd's aliases and default variants applied. */
export function normalizePlatform(platform: Platform): Platform {
  const os = platform.os.toLowerCase();
  const architecture = architectureAliases[platform.architecture] ?? platform.architecture;
  let variant = platform.variant;
  if (architecture === 'arm64' && (variant === '' || variant === '8')) {
    variant = 'v8';
  } else if (architecture === 'arm' && variant === '') {
    variant = 'v7';
  } else if (architecture === 'arm' && /^\d$/.test(variant)) {
    variant = `v${variant}`;
  } else if (architecture === 'amd64' && variant === 'v1') {
    variant = '';
  }
  return { os, architecture, variant };
}

/** Returns the platform Node runs on, in containerd's terms. */
export function hostPlatform(): Platform {
  const architectures: Readonly<Record<string, string>> = { x64: 'amd64', ia32: '386' };
  const architecture = architectures[process.arch] ?? process.arch;
  const armVersion = (process.config.variables as Readonly<Record<string, unknown>>).arm_version;
  const variant = architecture === 'arm' && typeof armVersion === 'string' ? `v${armVersion}` : '';
  return normalizePlatform({ os: process.platform, architecture, variant });
}

/** Returns the platforms `host` runs, best first. */
export function compatiblePlatforms(host: Platform): Platform[] {
  const { os } = host;
  const arm = (variants: readonly string[]): Platform[] =>
    variants.map((variant) => ({ os, architecture: 'arm', variant }));
  switch (host.architecture) {
    case 'amd64':
      return [host, { os, architecture: '386', variant: '' }];
    case 'arm64':
      return [host, ...arm(['v8', 'v7', 'v6', 'v5'])];
    case 'arm': {
      const versions = ['v8', 'v7', 'v6', 'v5'];
      const from = versions.indexOf(host.variant);
      return from === -1 ? [host] : arm(versions.slice(from));
    }
    default:
      return [host];
  }
}

/** Formats a platform as `os/architecture[/variant]`. */
export function formatPlatform(platform: Platform): string {
  const base = `${platform.os}/${platform.architecture}`;
  return platform.variant === '' ? base : `${base}/${platform.variant}`;
}

/** Returns whether an index entry is a BuildKit attestation manifest rather than an image. */
export function isAttestation(entry: IndexEntry): boolean {
  return entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}

function entryPlatform(entry: IndexEntry): Platform | null {
  if (entry.platform?.os === undefined || entry.platform.architecture === undefined) {
    return null;
  }
  return normalizePlatform({
    os: entry.platform.os,
    architecture: entry.platform.architecture,
    variant: entry.platform.variant ?? '',
  });
}

function samePlatform(left: Platform, right: Platform): boolean {
  return (
    left.os === right.os &&
    left.architecture === right.architecture &&
    left.variant === right.variant
  );
}

/**
 * Returns the best entry of an index for `host`, or null when none matches. Attestation
 * entries and entries without a platform never match; among equals the first one wins.
 */
export function chooseManifest(
  entries: readonly IndexEntry[],
  host: Platform = hostPlatform(),
): IndexEntry | null {
  const ranking = compatiblePlatforms(host);
  let best: IndexEntry | null = null;
  let bestRank = ranking.length;
  for (const entry of entries) {
    const platform = isAttestation(entry) ? null : entryPlatform(entry);
    const rank = platform === null ? -1 : ranking.findIndex((p) => samePlatform(p, platform));
    if (rank !== -1 && rank < bestRank) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}
