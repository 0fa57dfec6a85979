# The report of one case (`policy eval`, human and Markdown): its chrome.
report-title = Report on the case: { $policy }
report-case = Case
report-as-of = Judged on
report-version = Version
report-version-text = { $version } (in force from { $from })
report-eligible-default = Eligible for individual education
report-verdict = Verdict
report-yes = yes
report-no = no
report-undecided = undecided
report-verdict-text = { $violations ->
    [0] { $warnings ->
        [0] no violations
       *[other] no violations, { $warnings } { $warnings ->
            [one] warning
           *[other] warnings
        }
    }
   *[other] { $violations } { $violations ->
        [one] violation
       *[other] violations
    }{ $warnings ->
        [0] {""}
       *[other] , { $warnings } { $warnings ->
            [one] warning
           *[other] warnings
        }
    }
}
report-violations = Violations
report-warnings = Warnings
report-infos = Notes
report-grounds = Grounds
report-reading = Reading
report-clause = cl. { $number }
report-values = Values
report-values-name = value
report-values-result = result
report-value-readings = Readings the values rest on:
report-not-stated = Not stated in the regulation
report-not-stated-line = { $topic } — not stated in the regulation: { $text }
report-missing-documents = Missing or defective documents
report-obligations = Duties
report-obligations-who = who
report-obligations-what = what
report-obligations-clause = clause
report-obligations-due = due
report-due = due { $date }
report-may-apply = may apply — the condition is undecided, it depends on: { $depends }
report-policy-errors = The case cannot be judged: errors in the policy or the data
