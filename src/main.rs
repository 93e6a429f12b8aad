// Talc instead of the default dlmalloc: a smaller page and faster allocation
// (measured in the commit that chose it).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    claimline::start();
}
