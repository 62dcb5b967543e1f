//! The app icon, embedded from `assets/icon.png`.

/// The window icon, decoded from the embedded PNG; `None` (default icon) if it cannot be decoded.
#[must_use]
pub fn window_icon() -> Option<egui::IconData> {
    let bytes: &[u8] = include_bytes!("../assets/icon.png");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    buffer.truncate(info.buffer_size());
    Some(egui::IconData {
        rgba: buffer,
        width: info.width,
        height: info.height,
    })
}
