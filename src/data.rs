//! The files `claimline site` publishes beside the page, fetched from there: the story's
//! data file at start, decoded once; the drawn views when they first open. `index.html`
//! names them, so the app carries no story of its own.

use crate::browser::element_by_id;
use claimline_core::data_file::codec::Decode;
use claimline_core::data_file::{decode, Contents};
use claimline_core::markup::data_files::Failure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The address of a data file as the page names it: an attribute of the element with
/// that id (`href` of the story's preload link, `content` of a drawn view's meta).
pub fn named_file(id: &str, attribute: &str) -> Option<String> {
    element_by_id(id)?.get_attribute(attribute)
}

/// Decodes a fetched data file. The file's bytes and the value read from them (which
/// borrows its text from them) live as long as the page, so every view borrows it.
pub fn read_data<T: Decode + 'static>(
    fetched: Result<Vec<u8>, Failure>,
    contents: Contents,
) -> Result<&'static T, Failure> {
    let bytes: &'static [u8] = Box::leak(fetched?.into_boxed_slice());
    let value = decode(bytes, contents).map_err(Failure::Unreadable)?;
    Ok(Box::leak(Box::new(value)))
}

/// Fetches a file's bytes; one function for every kind, so the page carries one.
pub async fn fetch_bytes(file: &str) -> Result<Vec<u8>, Failure> {
    let window = web_sys::window().ok_or(Failure::NoAnswer)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await
        .ok()
        .and_then(|answer| answer.dyn_into().ok())
        .ok_or(Failure::NoAnswer)?;
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let body = response.array_buffer().map_err(|_| Failure::NoAnswer)?;
    let buffer = JsFuture::from(body).await.map_err(|_| Failure::NoAnswer)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
