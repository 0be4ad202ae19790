// The standard image set of the integration tests: a layer chain with shared prefixes in both
// media type families, plus one unrelated image.

import {
  type BuiltImage,
  buildBusyboxLayer,
  buildImage,
  buildMarkerLayer,
} from './image-builder.js';

/** base, child = base + one layer, grandchild = child + one layer, other = unrelated. */
export interface ChainImages {
  /** OCI, a single manifest with the busybox layer. */
  readonly base: BuiltImage;
  /** Docker schema 2, a single manifest. */
  readonly child: BuiltImage;
  /** OCI index with this host's manifest and a foreign one. */
  readonly grandchild: BuiltImage;
  /** Docker manifest list with a layer chain of its own. */
  readonly other: BuiltImage;
}

/** Builds the chain under `repository`, for example `docker.io/quayside`. */
export function buildChainImages(repository = 'docker.io/quayside'): ChainImages {
  const busybox = buildBusyboxLayer();
  const childLayer = buildMarkerLayer('child');
  const grandchildLayer = buildMarkerLayer('grandchild');
  return {
    base: buildImage({
      name: `${repository}/base:1`,
      format: 'oci',
      layers: [busybox],
      created: '2024-01-01T00:00:00Z',
    }),
    child: buildImage({
      name: `${repository}/child:1`,
      format: 'docker',
      layers: [busybox, childLayer],
      created: '2024-02-01T00:00:00Z',
    }),
    grandchild: buildImage({
      name: `${repository}/grandchild:1`,
      format: 'oci',
      layers: [busybox, childLayer, grandchildLayer],
      index: true,
      created: '2024-03-01T00:00:00Z',
    }),
    other: buildImage({
      name: `${repository}/other:1`,
      format: 'docker',
      layers: [buildMarkerLayer('other-root'), buildMarkerLayer('other')],
      index: true,
      created: '2024-04-01T12:30:00Z',
    }),
  };
}
