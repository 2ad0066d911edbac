//! `deflate-raw` through the browser's own `CompressionStream` and
//! `DecompressionStream` (no compression code in the Wasm), for the customer link.
//!
//! Decompression reads the output chunk by chunk and stops as soon as it passes the
//! cap: a small link cannot unfold into megabytes before it is refused.

/// Why decompression gave nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inflate {
    /// The output passed the cap; reading stopped there.
    TooLarge,
    /// The data is not `deflate-raw` (damaged), or the browser cannot decompress.
    Failed,
}

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// The browser's `CompressionStream` (a `{ readable, writable }` pair).
        pub type CompressionStream;
        #[wasm_bindgen(constructor, catch)]
        pub fn new(format: &str) -> Result<CompressionStream, JsValue>;
    }

    #[wasm_bindgen]
    extern "C" {
        /// The browser's `DecompressionStream`.
        pub type DecompressionStream;
        #[wasm_bindgen(constructor, catch)]
        pub fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    }
}

/// Pipes `bytes` through a transform stream; at most `cap` bytes come out.
#[cfg(target_arch = "wasm32")]
async fn pipe(
    bytes: &[u8],
    transform: &wasm_bindgen::JsValue,
    cap: usize,
) -> Result<Vec<u8>, Inflate> {
    use wasm_bindgen::JsCast;
    // The bytes as a response's body: a stream over memory the page holds. A blob's
    // stream (as before) reads through the browser's blob store in another process,
    // and its first chunk waited behind the page's first frame: a customer link's
    // decompression took 25 ms for one kilobyte (docs/performance.md).
    let body =
        web_sys::Response::new_with_opt_buffer_source(Some(&js_sys::Uint8Array::from(bytes)))
            .ok()
            .and_then(|response| response.body())
            .ok_or(Inflate::Failed)?;
    let stream = body.pipe_through(transform.unchecked_ref::<web_sys::ReadableWritablePair>());
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let result = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(|_| Inflate::Failed)?;
        let done = js_sys::Reflect::get(&result, &"done".into())
            .ok()
            .and_then(|done| done.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(out);
        }
        let chunk: js_sys::Uint8Array = js_sys::Reflect::get(&result, &"value".into())
            .ok()
            .and_then(|value| value.dyn_into().ok())
            .ok_or(Inflate::Failed)?;
        if out.len().saturating_add(chunk.length() as usize) > cap {
            let _ = reader.cancel();
            return Err(Inflate::TooLarge);
        }
        out.extend_from_slice(&chunk.to_vec());
    }
}

/// `bytes` compressed with `deflate-raw`.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, Inflate> {
    #[cfg(target_arch = "wasm32")]
    {
        let stream = js::CompressionStream::new("deflate-raw").map_err(|_| Inflate::Failed)?;
        pipe(bytes, &stream, usize::MAX).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = bytes;
        Err(Inflate::Failed)
    }
}

/// `bytes` decompressed from `deflate-raw`, refused past `cap` bytes of output.
pub async fn inflate(bytes: &[u8], cap: usize) -> Result<Vec<u8>, Inflate> {
    #[cfg(target_arch = "wasm32")]
    {
        let stream = js::DecompressionStream::new("deflate-raw").map_err(|_| Inflate::Failed)?;
        pipe(bytes, &stream, cap).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (bytes, cap);
        Err(Inflate::Failed)
    }
}
