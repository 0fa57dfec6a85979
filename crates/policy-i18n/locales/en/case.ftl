# Errors and warnings about a case file (JSON, YAML, TOML): policy_eval::case.
# Values from the case come as arguments, already in backticks; the parsers'
# own texts (serde_json, toml, saphyr) and input/output errors as they are.

## The place in the case
case-whole = the case
case-at-line-column = { $field } (line { $line }, column { $column })
case-at-line = { $field } (line { $line })
case-at-nowhere = { $field } (no place given)
case-did-you-mean = ; did you mean `{ $value }`
case-expected = ; expected: { $what }

## The whole file
case-too-large = the file is too large: { $len } { $n ->
    [one] byte
   *[other] bytes
}, and a case may have at most { $max } bytes (8 MiB); check that this is the case file of one pupil
case-not-utf8 = the file is not in the UTF-8 encoding (an invalid byte at offset { $offset }); save it as UTF-8 (in Notepad: “Save as” → Encoding UTF-8)
case-unreadable = the file cannot be read: { $reason }
case-syntax = the file cannot be read as { $format }: { $problem }
case-too-many-values = more than { $max } { $n ->
    [one] value
   *[other] values
} (with aliases expanded); the case of one pupil has orders of magnitude fewer — check that this is the right file
case-too-deep = nested more than { $n } { $n ->
    [one] level
   *[other] levels
} deep; the sections of a case are nested no deeper than 3–4 levels
case-empty = the file is empty: it has no section of a case
case-duplicate-key = the field { $key } is repeated; keep one

## JSON
case-json-end-of-file = the end of the file
case-json-ended-before-value = the file ends where a value was expected
case-json-single-quotes = a string in single quotes; JSON writes strings in double quotes: "…"
case-json-anchor = anchors and aliases (`&`, `*`) are YAML, not JSON
case-json-tag = tags (`!`) are YAML, not JSON
case-json-plus = a number with a `+` sign; JSON writes it without the plus
case-json-no-whole-part = a number without a whole part; JSON writes 0.5, not .5
case-json-comma-before-bracket = an extra comma before a closing bracket, or a missing value
case-json-comment = JSON does not allow comments
case-json-not-a-number = { $word } is not a JSON number; give a number
case-json-not-a-value = { $word } is not a JSON value; text is written in double quotes, and true, false and null in lower case (if this is YAML, name the file .yaml)
case-json-expected-value = { $found } where a value was expected (a number, "text", true, false, null, {"{"}…{"}"} or […])
case-json-unknown-escape = unknown escape sequence; JSON has \" \\ \/ \b \f \n \r \t \uXXXX
case-json-control-character = a control character (a line break, a tab) inside a string; JSON writes it as \n or \t
case-json-unclosed-string = the string is not closed: there is no closing quote `"`
case-json-lone-surrogate = half of a surrogate pair \uD8xx without its second half
case-json-bad-low-surrogate = an invalid second half of a surrogate pair
case-json-not-a-character = the escape \u does not give a Unicode character
case-json-four-hex-digits = \u must be followed by four hexadecimal digits
case-json-leading-zero = a number with a leading zero; JSON writes 3, not 003
case-json-no-digits = no digits after `-`
case-json-no-fraction = no digits after the decimal point; write 5 or 5.0, not 5.
case-json-no-exponent = no digits in the exponent
case-json-comma-before-brace = an extra comma before `{"}"}`; JSON has no comma after the last field
case-json-single-quoted-key = a key in single quotes; JSON writes keys in double quotes: "pupil"
case-json-expected-key = { $found } where a field name in double quotes was expected
case-json-expected-colon = { $found } where `:` was expected after the field name
case-json-after-end = { $found } after the end of the case; the file must hold one value {"{"}…{"}"}
case-json-comma-before-square = an extra comma before `]`; JSON has no comma after the last item
case-json-extra-bracket = an extra closing bracket
case-json-expected-comma-or-square = { $found } where `,` or `]` was expected
case-json-expected-comma-or-brace = { $found } where `,` or `{"}"}` was expected

## YAML
case-yaml-several-documents = the file holds more than one document (`---`); a case is one document: split the files
case-yaml-unknown-anchor = an alias `*` to an anchor `&` that is not defined above
case-yaml-complex-key = a key can only be a field name, not a list or a section

## A value, as a message names it
case-node-null = empty
case-node-number = a number
case-node-list = a list
case-node-section = a section

## Sections, records and fields
case-root-not-sections = { $found } at the root of the case instead of sections
case-not-a-section = { $found } instead of a section
case-not-a-list = { $found } instead of a list
case-not-a-record = { $found } instead of a record
case-required-section-empty = a required section is empty
case-required-section-missing = a required section is missing
case-required-field-empty = a required field is empty
case-required-field-missing = a required field is missing
case-unknown-field = unknown field: the case schema does not have it
case-end-before-start = the end date { $end } is before the start date { $start } ({ $start_field })

## Values
case-number-in-quotes = the number { $value } is written in quotes, as text; remove the quotes
case-number-inexact = the number cannot be read exactly
case-negative = a negative number { $value }
case-fraction = a fraction { $value } where a whole number is needed
case-too-large-for-integer = the number { $value } is too large for an integer (more than { $max })
case-out-of-range = the number { $value } is outside the allowed values { $min }..{ $max }
case-no-such-date = no such date: { $value }
case-unknown-value = unknown value { $value }
case-wrong-value = wrong value: { $value }

## What was expected
case-expected-sections = the sections of a case: pupil, request, plan, documents …
case-expected-root-sections = the sections of a case (key: value), for example `pupil:` and `request:`
case-expected-section = a section (key: value)
case-expected-records = a list of records
case-expected-record = a record (key: value)
case-expected-end = a date not before { $start }, or null if the end date is unknown
case-expected-integer-between = a whole number from { $min } to { $max }
case-expected-whole = a non-negative whole number
case-expected-number = a non-negative number (for example, 3 or 0.25)
case-expected-bool = true or false
case-expected-text = text
case-expected-date = a date YYYY-MM-DD
case-expected-duration = a duration (for example, `7 days`, `2 месяца`)
case-expected-one-of = one of: { $values }
case-expected-enum-value = a value of the enumeration
case-expected-list = a list, each item { $item }
case-expected-value = a value
case-expected-date-in-force = a date on which one of the versions of the regulation is in force

# A problem a YAML or TOML parser reported, in the reader's words, with the parser's own.
case-parser-problem = { $kind ->
    [duplicate-key] a key is repeated
    [tab] a tab instead of spaces: YAML indents with spaces only
    [unclosed] a quote or a bracket is not closed
    [colon] a colon out of place: after "key:" the value goes on the same line or indented on the next; put text with a colon in quotes
    [indentation] wrong indentation: fields of one level start in one column
    [structure] wrong indentation or stray text: expected "key: value" or a list item "- …"
    [assignment] no "=" between the key and the value
    [comma] no comma between the elements of a list
    [key] not a valid key: letters, digits and "_", else put the key in quotes
    [value] no value after the key
   *[string] not a valid string: check the quotes and backslashes
} ({ $original })
