//! PNG decoding, for exported charts and window screenshots.

/// Decodes an RGBA PNG: (width, height, RGBA pixels).
#[must_use]
pub fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap_or_else(|e| panic!("PNG header: {e}"));
    let size = reader
        .output_buffer_size()
        .unwrap_or_else(|| panic!("PNG too large to decode"));
    let mut pixels = vec![0; size];
    let info = reader
        .next_frame(&mut pixels)
        .unwrap_or_else(|e| panic!("PNG data: {e}"));
    assert_eq!(info.color_type, png::ColorType::Rgba, "PNG colour type");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

/// Decodes the RGBA PNG file at `path`: (width, height, RGBA pixels).
#[must_use]
pub fn read_png(path: &std::path::Path) -> (u32, u32, Vec<u8>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    decode_png(&bytes)
}
