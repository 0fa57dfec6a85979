//! The reason of an I/O error in the reader's language: the operating system
//! says "No such file or directory (os error 2)" in English whatever the
//! locale; a reader of a Russian message reads «файл или каталог не найден».

use std::io::{self, ErrorKind};

use crate::{msg, Lang, Message};

/// Why an I/O operation failed, as a [`Message`] to render in the reader's
/// language: the common kinds of [`io::Error`] (not found, permission
/// denied, a directory, no space left, an address in use, text not in
/// UTF-8 …) by their messages in `locales/<lang>/io.ftl`, without the OS's
/// error code. An error of another kind, or one that carries its own
/// explanation (`io::Error::new`, `io::Error::other`), keeps the text it
/// has (`e.to_string()`).
///
/// `InvalidData` without an explanation of its own is what the standard
/// library returns when text read with `read_to_string` is not UTF-8.
pub fn io_message(e: &io::Error) -> Message {
    if e.get_ref().is_some() {
        return Message::from(e.to_string());
    }
    kind_message(e.kind()).unwrap_or_else(|| Message::from(e.to_string()))
}

/// Why an I/O operation failed, in `lang` (see [`io_message`]): the reason
/// to put after "cannot read `path`: ".
pub fn io_reason(lang: Lang, e: &io::Error) -> String {
    io_message(e).render(lang)
}

/// The message of an error kind, for the kinds a reader meets.
fn kind_message(kind: ErrorKind) -> Option<Message> {
    Some(match kind {
        ErrorKind::NotFound => msg!("io-not-found"),
        ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        ErrorKind::IsADirectory => msg!("io-is-a-directory"),
        ErrorKind::NotADirectory => msg!("io-not-a-directory"),
        ErrorKind::AlreadyExists => msg!("io-already-exists"),
        ErrorKind::InvalidData => msg!("io-not-utf8"),
        ErrorKind::UnexpectedEof => msg!("io-unexpected-eof"),
        ErrorKind::StorageFull => msg!("io-storage-full"),
        ErrorKind::QuotaExceeded => msg!("io-quota-exceeded"),
        ErrorKind::ReadOnlyFilesystem => msg!("io-read-only"),
        ErrorKind::FileTooLarge => msg!("io-file-too-large"),
        ErrorKind::InvalidFilename => msg!("io-invalid-filename"),
        ErrorKind::BrokenPipe => msg!("io-broken-pipe"),
        ErrorKind::AddrInUse => msg!("io-addr-in-use"),
        ErrorKind::AddrNotAvailable => msg!("io-addr-not-available"),
        ErrorKind::Interrupted => msg!("io-interrupted"),
        ErrorKind::TimedOut => msg!("io-timed-out"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_said_in_either_language_without_the_os_code() {
        let missing = std::fs::read("/nonexistent/policy-i18n/io").expect_err("the path does not exist");
        assert_eq!(io_reason(Lang::Ru, &missing), "файл или каталог не найден");
        assert_eq!(io_reason(Lang::En, &missing), "no such file or directory");
    }

    #[test]
    fn common_kinds_have_their_words() {
        let said = |kind: ErrorKind, lang: Lang| io_reason(lang, &io::Error::from(kind));
        assert_eq!(said(ErrorKind::PermissionDenied, Lang::Ru), "нет прав доступа");
        assert_eq!(said(ErrorKind::PermissionDenied, Lang::En), "permission denied");
        assert_eq!(said(ErrorKind::IsADirectory, Lang::Ru), "это каталог, а не файл");
        assert_eq!(said(ErrorKind::StorageFull, Lang::Ru), "нет места на диске");
        assert_eq!(said(ErrorKind::AddrInUse, Lang::Ru), "адрес уже занят");
        assert_eq!(said(ErrorKind::AddrInUse, Lang::En), "the address is already in use");
    }

    #[test]
    fn text_that_is_not_utf8_is_named_so() {
        let bytes: &[u8] = b"\xff\xfe";
        let mut text = String::new();
        let e = io::Read::read_to_string(&mut &*bytes, &mut text).expect_err("not UTF-8");
        assert_eq!(e.kind(), ErrorKind::InvalidData);
        assert_eq!(io_reason(Lang::Ru, &e), "текст не в кодировке UTF-8");
        assert_eq!(io_reason(Lang::En, &e), "not UTF-8 text");
    }

    #[test]
    fn other_kinds_and_own_explanations_keep_their_text() {
        let own = io::Error::new(ErrorKind::NotFound, "no token in the keyring");
        assert_eq!(io_reason(Lang::Ru, &own), "no token in the keyring");
        let other = io::Error::other("the server said no");
        assert_eq!(io_reason(Lang::Ru, &other), "the server said no");
        let unnamed = io::Error::from(ErrorKind::ConnectionReset);
        assert_eq!(io_reason(Lang::Ru, &unnamed), unnamed.to_string());
    }

    #[test]
    fn every_kind_with_words_has_them_in_both_languages() {
        for lang in Lang::ALL {
            for kind in [ErrorKind::NotFound, ErrorKind::BrokenPipe, ErrorKind::TimedOut, ErrorKind::QuotaExceeded] {
                let said = io_reason(lang, &io::Error::from(kind));
                assert!(!said.starts_with("io-"), "{kind:?} in {lang}: {said}");
            }
        }
    }
}
