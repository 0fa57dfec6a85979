# Why a file, a stream or an address could not be used: the reason of an I/O
# error by its kind (`policy_i18n::io_reason`), without the OS's error code.
io-not-found = no such file or directory
io-permission-denied = permission denied
io-is-a-directory = it is a directory, not a file
io-not-a-directory = a part of the path is not a directory
io-already-exists = the file already exists
io-not-utf8 = not UTF-8 text
io-unexpected-eof = the file ended unexpectedly
io-storage-full = no space left on the disk
io-quota-exceeded = the disk quota is exceeded
io-read-only = the file system is read-only
io-file-too-large = the file is too large
io-invalid-filename = the file name is not valid
io-broken-pipe = the pipe is closed: the program reading the output has exited
io-addr-in-use = the address is already in use
io-addr-not-available = the address is not available on this computer
io-interrupted = the operation was interrupted
io-timed-out = the operation timed out
