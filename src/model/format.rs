//! Number formatting shared by the screen, the exports and the CLI.

/// `45000` → `"45,000"`.
#[must_use]
pub fn thousands(value: u32) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `45000` → `"$45,000"`.
#[must_use]
pub fn usd(value: u32) -> String {
    format!("${}", thousands(value))
}

/// `45000` → `"$45k"`; `57380` → `"$57.4k"`.
#[must_use]
pub fn usd_short(value: f64) -> String {
    if value == 0.0 {
        return "$0".to_owned();
    }
    let k = value / 1000.0;
    if (k - k.round()).abs() < 0.05 {
        format!("${k:.0}k")
    } else {
        format!("${k:.1}k")
    }
}

/// `("CAD", 50000, 75000)` → `"CAD 50,000–75,000"`.
#[must_use]
pub fn currency_range(code: &str, min: u32, max: u32) -> String {
    format!("{code} {}–{}", thousands(min), thousands(max))
}

/// `(45000, 85000, true)` → `"$45k–$85k+"`: the short form, "+" where the top is open-ended.
#[must_use]
pub fn usd_short_range(min: u32, max: u32, max_open_ended: bool) -> String {
    let plus = if max_open_ended { "+" } else { "" };
    format!(
        "{}–{}{plus}",
        usd_short(f64::from(min)),
        usd_short(f64::from(max))
    )
}

/// `(45000, 70000)` → `"$45,000–$70,000"`.
#[must_use]
pub fn usd_range(min: u32, max: u32) -> String {
    format!("{}–{}", usd(min), usd(max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(57_380), "57,380");
        assert_eq!(thousands(350_000), "350,000");
        assert_eq!(thousands(4_294_967_295), "4,294,967,295");
    }

    #[test]
    fn formats_money() {
        assert_eq!(usd(45_000), "$45,000");
        assert_eq!(usd_short(45_000.0), "$45k");
        assert_eq!(usd_short(0.0), "$0");
        assert_eq!(usd_short(57_380.0), "$57.4k");
        assert_eq!(currency_range("CAD", 50_000, 75_000), "CAD 50,000–75,000");
        assert_eq!(usd_short_range(35_000, 85_000, true), "$35k–$85k+");
        assert_eq!(usd_short_range(37_000, 55_500, false), "$37k–$55.5k");
        assert_eq!(usd_range(45_000, 70_000), "$45,000–$70,000");
    }
}
