// A module and glue small enough to write by hand, in the shapes wasm-bindgen gives
// them, for the tests of the build's last steps on the WebAssembly.

export const SEVEN = '__wbg_seven_0123456789abcdef';
export const FIVE = '__wbg_five_fedcba9876543210';

const bytes = (text) => [...Buffer.from(text, 'utf8')];
const named = (text) => [text.length, ...bytes(text)];
const section = (id, content) => [id, content.length, ...content];

/** A module importing SEVEN and FIVE (each `() -> i32`) from `module` and a memory from
 * "env", exporting `sum` (their results added) and under each of `alsoExport` the same,
 * with a "producers" custom section. */
export function tinyModule(module, alsoExport = []) {
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [
      3,
      ...named(module), ...named(SEVEN), 0x00, 0,
      ...named(module), ...named(FIVE), 0x00, 0,
      ...named('env'), ...named('memory'), 0x02, 0x00, 1,
    ]),
    ...section(3, [1, 0]),
    ...section(7, [1 + alsoExport.length, ...['sum', ...alsoExport].flatMap((name) => [...named(name), 0x00, 2])]),
    ...section(10, [1, 7, 0, 0x10, 0, 0x10, 1, 0x6a, 0x0b]),
    ...section(0, [...named('producers'), 0]),
  ]);
}

/** Glue in wasm-bindgen's shape: an import object keyed by the imports' names. */
export const glueFor = (module) => `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        ${SEVEN}: function() { return 7; },
        ${FIVE}: function() { return 5; },
    };
    return { __proto__: null, "${module}": import0 };
}
export async function run(bytes) {
    const imports = __wbg_get_imports();
    imports.env = { memory: new WebAssembly.Memory({ initial: 1 }) };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    return instance.exports.sum();
}
`;

/** What the glue's `run` gives with the module. */
export async function runGlue(glue, wasm) {
  const module = await import(`data:text/javascript,${encodeURIComponent(glue)}`);
  return module.run(wasm);
}

