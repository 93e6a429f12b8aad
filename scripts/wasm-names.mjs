// Shorter import names for the shipped WebAssembly, and its glue to match.
// wasm-bindgen names each import after its binding plus a 16-digit hash
// ("__wbg_createElement_de4a31ed2fb252be"), written twice: in the module's import
// section and as a key of the glue's import object. The hashes do not compress, so
// each import is renamed to a letter or two in both files; custom sections (producers,
// target features), which browsers ignore, are dropped as the module is rewritten.

/** The unsigned LEB128 at `at` in `bytes`: its value and the offset after it. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, next: at };
}

function writeUnsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = (text) => Buffer.from(text, 'utf8');
const withLength = (bytes) => Buffer.concat([writeUnsigned(bytes.length), bytes]);

/** The `index`th short name: a…z, A…Z, then two letters and on. */
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/** The end of the import description starting at `at` (kind byte, then its type). */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const skipLimits = (from) => {
    const flags = bytes[from++];
    let next = readUnsigned(bytes, from).next;
    if (flags & 0x01) next = readUnsigned(bytes, next).next;
    return next;
  };
  switch (kind) {
    case 0x00: // function: its type index
      return readUnsigned(bytes, at).next;
    case 0x01: // table: element type, limits
      return skipLimits(at + 1);
    case 0x02: // memory: limits
      return skipLimits(at);
    case 0x03: // global: value type, mutability
      return at + 2;
    case 0x04: // tag: attribute, type index
      return readUnsigned(bytes, at + 1).next;
    default:
      throw new Error(`unknown import kind ${kind} in the WebAssembly`);
  }
}

/**
 * The module with every import of `module` renamed to a short name, the import module
 * itself named `newModule`, and no custom sections. Returns the bytes and the renames
 * (old name → new name), in import order.
 */
export function shortenImports(wasm, module, newModule) {
  const bytes = Buffer.from(wasm);
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  const parts = [bytes.subarray(0, 8)];
  const renames = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readUnsigned(bytes, at + 1);
    const start = size.next;
    const end = start + size.value;
    if (id === 0) {
      // A custom section: browsers ignore it.
    } else if (id === 2) {
      const count = readUnsigned(bytes, start);
      const body = [writeUnsigned(count.value)];
      let p = count.next;
      for (let i = 0; i < count.value; i++) {
        const moduleLength = readUnsigned(bytes, p);
        const importModule = bytes.toString('utf8', moduleLength.next, moduleLength.next + moduleLength.value);
        p = moduleLength.next + moduleLength.value;
        const nameLength = readUnsigned(bytes, p);
        const name = bytes.toString('utf8', nameLength.next, nameLength.next + nameLength.value);
        p = nameLength.next + nameLength.value;
        const descriptionEnd = skipImportDescription(bytes, p);
        if (importModule === module) {
          const short = shortName(renames.size);
          renames.set(name, short);
          body.push(withLength(utf8(newModule)), withLength(utf8(short)));
        } else {
          body.push(withLength(utf8(importModule)), withLength(utf8(name)));
        }
        body.push(bytes.subarray(p, descriptionEnd));
        p = descriptionEnd;
      }
      if (p !== end) throw new Error('the import section did not end where its size says');
      const section = Buffer.concat(body);
      parts.push(Buffer.from([2]), writeUnsigned(section.length), section);
    } else {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
  }
  return { bytes: Buffer.concat(parts), renames };
}

/** The import modules the glue hands to the WebAssembly ("./app_bg.js"), from the module. */
export function importModules(wasm) {
  const bytes = Buffer.from(wasm);
  const modules = new Set();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readUnsigned(bytes, at + 1);
    if (id === 2) {
      const count = readUnsigned(bytes, size.next);
      let p = count.next;
      for (let i = 0; i < count.value; i++) {
        const moduleLength = readUnsigned(bytes, p);
        modules.add(bytes.toString('utf8', moduleLength.next, moduleLength.next + moduleLength.value));
        p = moduleLength.next + moduleLength.value;
        const nameLength = readUnsigned(bytes, p);
        p = skipImportDescription(bytes, nameLength.next + nameLength.value);
      }
    }
    at = size.next + size.value;
  }
  return [...modules];
}

/**
 * The glue with the import object's keys renamed as `renames` says, and its module key
 * `module` renamed to `newModule`. Each name must stand in the glue exactly once as a
 * key: anything else means wasm-bindgen's glue changed shape, and the build stops.
 */
export function renameGlueImports(glue, module, newModule, renames) {
  const once = (text, pattern, replacement, what) => {
    const found = text.match(new RegExp(pattern, 'g')) ?? [];
    if (found.length !== 1) throw new Error(`the glue names ${what} ${found.length} times, not once`);
    return text.replace(new RegExp(pattern), replacement);
  };
  let out = once(glue, `(["'])${escape(module)}\\1:`, `"${newModule}":`, `the import module ${module}`);
  for (const [name, short] of renames) {
    out = once(out, `(?<![\\w$])${escape(name)}(?=\\s*:)`, short, `the import ${name}`);
    if (out.includes(name)) throw new Error(`the glue uses the import ${name} other than as a key`);
  }
  return out;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
