//! File-system errors in words for people.

/// What went wrong with a file, in words for people: no "os error 28".
#[must_use]
pub fn describe_io_error(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::StorageFull => "the disk is full; free some space and try again".to_owned(),
        ErrorKind::NotFound => "it does not exist".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        ErrorKind::NotADirectory => "a part of the path is not a folder".to_owned(),
        ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        ErrorKind::InvalidData => "it is not valid text".to_owned(),
        _ => {
            // The system's own wording, without its error number.
            let text = error.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).trim();
            let mut chars = text.chars();
            chars.next().map_or_else(
                || "an unknown error".to_owned(),
                |first| first.to_lowercase().chain(chars).collect(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::describe_io_error;

    #[test]
    fn io_errors_are_described_without_error_numbers() {
        let full = std::io::Error::from_raw_os_error(28);
        assert_eq!(
            describe_io_error(&full),
            "the disk is full; free some space and try again"
        );
        let loop_error = std::io::Error::from_raw_os_error(40);
        let text = describe_io_error(&loop_error);
        assert!(
            !text.contains("os error") && text.starts_with("too many levels"),
            "{text}"
        );
    }
}
