# `policy coverage`.
coverage-every-clause-cited = every quoted clause is cited
coverage-uncited-clauses = quoted clauses that nothing cites ({ $n }):
coverage-no-explanation = (no explanation above the clause)
coverage-every-declaration-cites = every declaration cites a clause
coverage-uncited-declarations = declarations without a citation ({ $n }):
# The kind of a declaration, as `policy_check` names it.
coverage-kind = { $kind }
