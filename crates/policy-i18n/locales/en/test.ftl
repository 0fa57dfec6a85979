# `policy test`: the human output (JSON and JUnit keep their keys).
test-failed = FAIL { $policy } › { $test }
test-unusable = ERROR { $policy } › { $test }: the test's case is unusable
test-expected = expected
test-got = got
test-no-case = the test names no case file
test-summary = { $passed } passed, { $failed } failed
test-no-match = error: no test matches `{ $name }`
test-no-match-help = help: `--name` takes a test's whole name, as written after `test`; run without it to see every test
