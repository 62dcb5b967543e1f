//! `--screenshot FILE`: wait until the window has settled, take its pixels, save them as a PNG,
//! close the window, and tell the command line whether it worked.

use std::{
    io::BufWriter,
    path::{Path, PathBuf},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
        mpsc,
    },
};

use crate::fs::write_atomically;

/// Most frames `--screenshot` waits for the window to settle; past this an animation that never
/// ends (there should be none) cannot hold the screenshot back.
const MAX_WARM_UP_FRAMES: u32 = 120;

/// Whether `--screenshot` failed to save its file: shared by the app, which sets it, and the
/// command line, which reads it for the exit code once the window has closed.
#[derive(Debug, Clone, Default)]
pub struct ScreenshotOutcome(Arc<AtomicBool>);

impl ScreenshotOutcome {
    /// Whether the screenshot could not be saved.
    #[must_use]
    pub fn failed(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    fn set_failed(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Why a screenshot could not be saved.
#[derive(Debug, thiserror::Error)]
enum SaveError {
    #[error("could not encode the PNG: {0}")]
    Encode(#[from] png::EncodingError),
    #[error(transparent)]
    Write(#[from] crate::fs::WriteError),
}

/// The flow: wait until the window has settled (no animation running, nothing asking for
/// another frame), ask for the pixels, save, close.
pub(super) struct Screenshot {
    path: PathBuf,
    outcome: ScreenshotOutcome,
    /// Frames drawn while waiting to settle.
    frames_waited: u32,
    receiver: Option<mpsc::Receiver<Arc<egui::ColorImage>>>,
}

impl Screenshot {
    pub(super) fn new(path: PathBuf, outcome: ScreenshotOutcome) -> Self {
        Self {
            path,
            outcome,
            frames_waited: 0,
            receiver: None,
        }
    }

    /// One frame's step; true once the screenshot is saved (or failed) and the window closing.
    pub(super) fn step(&mut self, ctx: &egui::Context) -> bool {
        let Some(receiver) = &self.receiver else {
            // Until egui stops asking for frames (layout settling, the pointer arriving), the
            // window is not yet what a person would see. A fixed count of three frames caught the
            // scroll bars half-way through fading in on a fast display.
            let settling = ctx.has_requested_repaint();
            if settling && self.frames_waited < MAX_WARM_UP_FRAMES {
                self.frames_waited += 1;
                return false;
            }
            let (sender, receiver) = mpsc::channel();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                // The receiver lives as long as the app; a failed send only means we are closing.
                let _ = sender.send(image);
                repaint.request_repaint();
            });
            self.receiver = Some(receiver);
            crate::timings::mark("screenshot requested");
            return false;
        };
        let Ok(image) = receiver.try_recv() else {
            return false;
        };
        crate::timings::mark("screenshot pixels received");
        let result = save_png(&self.path, &image);
        crate::timings::mark("screenshot encoded and saved");
        match result {
            Ok(()) => eprintln!("medtech-guide: saved screenshot to {}", self.path.display()),
            Err(e) => {
                eprintln!(
                    "medtech-guide: error: could not save the screenshot to {}: {e}",
                    self.path.display()
                );
                self.outcome.set_failed();
            }
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        true
    }
}

/// Encodes `image` as PNG and writes it to `path` atomically.
fn save_png(path: &Path, image: &egui::ColorImage) -> Result<(), SaveError> {
    let [width, height] = image.size;
    let rgba: Vec<u8> = image.pixels.iter().flat_map(egui::Color32::to_array).collect();
    let bytes = encode_png(width as u32, height as u32, &rgba)?;
    write_atomically(path, &bytes)?;
    Ok(())
}

/// PNG-encodes 8-bit RGBA pixels, with png's fast (fdeflate) compression: a 1280×800 window
/// encodes in about 2 ms instead of 30 ms with the default level, in a file about 1.5 times the
/// size (290 KB instead of 190 KB). Chart exports keep the default: there the file is the product.
pub fn encode_png(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(BufWriter::new(&mut bytes), width, height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(rgba)?;
        writer.finish()?;
    }
    Ok(bytes)
}
