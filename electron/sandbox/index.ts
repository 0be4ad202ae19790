// The sandbox's public surface for integration tests, end-to-end tests and `quayside demo`.

export { type DemoContent, demoNamespace, populateDemo } from './demo.js';
export {
  type BuiltBlob,
  type BuiltImage,
  type BuiltLayer,
  type ImageFormat,
  type ImageSpec,
  buildBusyboxLayer,
  buildImage,
  buildLayer,
  buildMarkerLayer,
  descriptorOf,
} from './image-builder.js';
export {
  type ContainerState,
  type ImportOptions,
  ctr,
  importImages,
  keepOnlyDangling,
  runContainer,
  tagImage,
  waitForStatus,
} from './images.js';
export { type Registry, pushAndPull, startRegistry } from './registry.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './sandbox.js';
export { type ChainImages, buildChainImages } from './fixtures.js';
