// The media types of image indexes, manifests and configs, OCI and Docker schema 2, and the
// shapes of their JSON as far as Quayside reads them.

import { z } from 'zod';

/** OCI image index and Docker manifest list. */
export const indexMediaTypes: ReadonlySet<string> = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

/** OCI image manifest and Docker schema 2 manifest. */
export const manifestMediaTypes: ReadonlySet<string> = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]);

const descriptorSchema = z.object({
  mediaType: z.string().optional(),
  digest: z.string(),
  size: z.number(),
  annotations: z.record(z.string(), z.string()).optional(),
});

/** The fields of an index that Quayside reads. */
export const indexSchema = z.object({
  manifests: z.array(
    descriptorSchema.extend({
      platform: z
        .object({
          os: z.string().optional(),
          architecture: z.string().optional(),
          variant: z.string().optional(),
        })
        .optional(),
    }),
  ),
});

/** The fields of a manifest that Quayside reads. */
export const manifestSchema = z.object({
  config: descriptorSchema,
  layers: z.array(descriptorSchema).default([]),
});

/** The fields of an image config that Quayside reads. */
export const configSchema = z.object({
  created: z.string().optional(),
  os: z.string().optional(),
  architecture: z.string().optional(),
  variant: z.string().optional(),
  rootfs: z.object({ diff_ids: z.array(z.string()).default([]) }).optional(),
});

export type IndexJson = z.infer<typeof indexSchema>;
export type ManifestJson = z.infer<typeof manifestSchema>;
export type ConfigJson = z.infer<typeof configSchema>;
