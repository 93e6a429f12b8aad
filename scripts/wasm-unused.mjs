// Exported classes the page never uses, taken out of the WebAssembly and its glue.
// Leptos's `csr` feature turns on server_fn's `browser` feature, which brings the
// wasm-streams crate; it exports three classes for JavaScript streams to call into Rust.
// wasm-bindgen keeps every export, so their code, and the glue's classes over it, ship
// though nothing in the page calls them (docs/SIZE.md).

/** The classes dropped, as wasm-bindgen names them in the glue. */
export const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** wasm-opt's arguments that drop the classes' exports (each named after its class in
 * lower case: "intounderlyingsink_write", "__wbg_intounderlyingsink_free"). */
export function removeExportsArguments(classes = UNUSED_CLASSES) {
  return classes.flatMap((name) => ['--remove-exports', `--pass-arg=remove-exports@*${name.toLowerCase()}*`]);
}

/**
 * The glue without the classes: each class, its disposer and its finalization registry.
 * A class the glue lacks is skipped; one whose parts are not all found where wasm-bindgen
 * writes them, or that is still named after they are cut, stops the build.
 */
export function dropGlueClasses(glue, classes = UNUSED_CLASSES) {
  let out = glue;
  for (const name of classes) {
    if (!new RegExp(`\\b${name}\\b`).test(out)) continue;
    const parts = [
      new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, 'm'),
      new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm'),
    ];
    for (const part of parts) {
      if (!part.test(out)) throw new Error(`the glue's class ${name} is not in the shape expected (${part})`);
      out = out.replace(part, '');
    }
    if (new RegExp(`\\b${name}\\b`).test(out)) throw new Error(`the glue still uses the class ${name}`);
    if (out.includes(`wasm.${name.toLowerCase()}_`) || out.includes(`wasm.__wbg_${name.toLowerCase()}_`))
      throw new Error(`the glue still calls the class ${name}'s exports`);
  }
  return out;
}
