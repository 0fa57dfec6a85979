# Why a policy file cannot be read (`policy_load::Unreadable`), besides the
# I/O errors of `io.ftl`.
load-not-utf8 = not UTF-8 text (invalid byte at offset { $offset })
load-policy-too-large = the file is { $size } { $size ->
    [one] byte
   *[other] bytes
}, more than the { $max } a policy may have; split it into files joined by `use`
