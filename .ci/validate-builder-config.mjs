// Validates electron-builder.yml against electron-builder's own JSON schema, because building a
// package (which validates the file too) needs the Electron download that CI cannot make. It also
// checks that the security fuses keep their required values.
//
// Usage: node .ci/validate-builder-config.mjs [FILE]   (FILE defaults to electron-builder.yml)
// Exit status: 0 valid, 1 invalid or unreadable.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The schema, the YAML parser and the validator all come from app-builder-lib's own dependency
// tree, so the check uses the same ajv and js-yaml versions as electron-builder itself.
const builderRequire = createRequire(
  createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
);
const schemaPath = builderRequire.resolve('app-builder-lib/scheme.json');

/**
 * Loads a module from app-builder-lib's dependency tree, with the type the caller declares.
 * @template T
 * @param {string} id
 * @returns {T}
 */
function requireFromBuilder(id) {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- callers declare the type
  return builderRequire(id);
}

/** @type {{ default: typeof import('ajv').default }} */
const { default: Ajv } = requireFromBuilder('ajv');
/** @type {{ load(text: string, options?: { filename?: string }): unknown }} */
const yaml = requireFromBuilder('js-yaml');

// The options electron-builder 26 passes to ajv (app-builder-lib/out/util/config/schemaValidator.js).
// strict: false makes ajv ignore the schema's nonstandard keywords such as "typeof".
const ajv = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

// Fuse values the schema allows but Quayside's packages must not ship without.
const requiredFuses = {
  runAsNode: false,
  enableNodeCliInspectArguments: false,
  enableNodeOptionsEnvironmentVariable: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
};

/**
 * Lists the required fuses that a schema-valid configuration leaves unset or sets otherwise.
 * @param {Record<string, unknown>} config
 * @returns {string[]}
 */
function fuseProblems(config) {
  const fuses = config.electronFuses;
  const set =
    typeof fuses === 'object' && fuses !== null
      ? /** @type {Record<string, unknown>} */ (fuses)
      : {};
  return Object.entries(requiredFuses)
    .filter(([name, value]) => set[name] !== value)
    .map(([name, value]) => `configuration/electronFuses/${name} must be ${String(value)}`);
}

/**
 * Validates electron-builder configuration text and returns the problems, none when it is valid.
 * @param {string} text the YAML text of the configuration
 * @param {string} [filename] the file name shown in YAML syntax errors
 * @returns {string[]}
 */
export function validateBuilderConfig(text, filename = 'electron-builder.yml') {
  /** @type {unknown} */
  let config;
  try {
    config = yaml.load(text, { filename });
  } catch (error) {
    return [`invalid YAML: ${error instanceof Error ? error.message : String(error)}`];
  }

  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return ['the configuration must be a YAML mapping of options'];
  }
  if (validate(config)) {
    return fuseProblems(/** @type {Record<string, unknown>} */ (config));
  }
  return (validate.errors ?? []).map((error) => {
    const where =
      error.instancePath === '' ? 'configuration' : `configuration${error.instancePath}`;
    const extra =
      error.keyword === 'additionalProperties' ? `: ${JSON.stringify(error.params)}` : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
  });
}

function main() {
  const file = path.resolve(root, process.argv[2] ?? 'electron-builder.yml');
  const problems = validateBuilderConfig(readFileSync(file, 'utf8'), file);
  const label = path.relative(process.cwd(), file);

  if (problems.length > 0) {
    console.error(`${label} does not match electron-builder's schema (${schemaPath}):`);
    for (const problem of problems) {
      console.error(`  - ${problem}`);
    }
    process.exitCode = 1;
    return;
  }
  console.log(`${label} matches electron-builder's schema.`);
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main();
}
