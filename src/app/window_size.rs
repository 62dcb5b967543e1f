//! The window's size from `--size`: desktop pixels, whatever the scaling and zoom.

/// The inner size, in points, of a window `pixels` desktop pixels large (`--size`), whatever
/// the desktop's scaling and the app's zoom (points are drawn `pixels_per_point` pixels wide);
/// never larger than the monitor it opens on.
pub(super) fn start_points(ctx: &egui::Context, pixels: [f32; 2]) -> egui::Vec2 {
    let monitor = ctx.input(|i| i.viewport().monitor_size);
    window_points(pixels, ctx.pixels_per_point(), monitor)
}

/// [`start_points`] from the figures: `pixels` at `pixels_per_point`, on a `monitor` of that
/// many points (where known).
fn window_points(pixels: [f32; 2], pixels_per_point: f32, monitor: Option<egui::Vec2>) -> egui::Vec2 {
    let points = egui::Vec2::from(pixels) / pixels_per_point;
    match monitor {
        Some(monitor) if monitor.x > 0.0 && monitor.y > 0.0 => points.min(monitor),
        _ => points,
    }
}

#[cfg(test)]
mod tests {
    use super::window_points;
    use egui::vec2;

    #[test]
    fn a_window_is_sized_in_desktop_pixels_and_never_larger_than_its_monitor() {
        // 1920×1080 pixels at 175 %: 1097×617 points, drawn 1920×1080 pixels large.
        let at_175 = window_points([1920.0, 1080.0], 1.75, Some(vec2(1097.2, 617.2)));
        assert!(
            (at_175 - vec2(1920.0, 1080.0) / 1.75).length() < 0.01,
            "{at_175:?}"
        );
        let monitor = vec2(1366.0, 768.0);
        assert_eq!(window_points([2560.0, 1440.0], 1.0, Some(monitor)), monitor);
        // Only the side that is too large gives way.
        assert_eq!(
            window_points([1000.0, 1440.0], 1.0, Some(monitor)),
            vec2(1000.0, 768.0)
        );
        assert_eq!(window_points([1280.0, 800.0], 2.0, None), vec2(640.0, 400.0));
        // A monitor that reports no size does not shrink the window to nothing.
        assert_eq!(
            window_points([1280.0, 800.0], 1.0, Some(egui::Vec2::ZERO)),
            vec2(1280.0, 800.0)
        );
    }
}
