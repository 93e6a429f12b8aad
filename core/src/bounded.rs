//! Bounding a float without `f64::clamp`, whose check of its bounds formats floats when
//! it fails, which would bring the standard float formatting into the page (its cost:
//! docs/SIZE.md). `x.max(low).min(high)` never panics, and maps NaN to `low`.

/// `value` brought within `low..=high` (`high` wins if the bounds cross; NaN gives `low`).
pub fn bounded(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_like_clamp_and_never_panics() {
        assert_eq!(bounded(5.0, 0.0, 10.0), 5.0);
        assert_eq!(bounded(-5.0, 0.0, 10.0), 0.0);
        assert_eq!(bounded(15.0, 0.0, 10.0), 10.0);
        assert_eq!(bounded(f64::NAN, 0.0, 10.0), 0.0);
        assert_eq!(bounded(5.0, 10.0, 0.0), 0.0, "crossed bounds: high wins");
        assert_eq!(bounded(f64::INFINITY, -1.0, 1.0), 1.0);
    }
}
