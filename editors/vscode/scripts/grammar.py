#!/usr/bin/env python3
"""Writes syntaxes/policy.tmLanguage.json, the TextMate grammar of the policy language.

The keyword lists follow grammar/policy.pest (the single source of the syntax) and the keyword
table of docs/language.md; edit them here, then run

    python3 scripts/grammar.py          # rewrite the grammar
    npm run test:grammar                # see what changed in the snapshots

`python3 scripts/grammar.py --check` (run by ci.sh) fails when the JSON is not what this writes.
"""
import json
import pathlib
import sys

L = r"[\p{L}\p{M}\p{N}_]"          # an identifier character
B = r"(?<![\p{L}\p{M}\p{N}_])"     # start of a word
E = r"(?![\p{L}\p{M}\p{N}_])"      # end of a word
IDENT = r"[\p{L}_][\p{L}\p{M}\p{N}_]*"

def words(*ws):
    return B + "(?:" + "|".join(ws) + ")" + E

DECLS = {
    "policy": ["policy", "политика"], "use": ["use", "использовать"], "clause": ["clause", "пункт"],
    "enum": ["enum", "перечисление"], "schema": ["schema", "схема"], "param": ["param", "параметр"],
    "value": ["value", "значение"], "table": ["table", "таблица"], "curriculum": ["curriculum", "учебный_план"],
    "rule": ["rule", "правило"], "exception": ["exception", "исключение"], "document": ["document", "документ"],
    "role": ["role", "роль"], "provision": ["provision", "положение"], "test": ["test", "тест"],
    "school_year": ["school_year", "учебный_год"],
    "extend": ["extend", "дополнить", "схему"],
    "not_stated": ["not_stated", "не_указано"],
    "calendar_year": ["calendar_year", "производственный_календарь"],
}
TOPICS = ["eligibility", "основания", "caps", "нагрузка", "curricula", "учебные_планы", "documents", "документы",
          "duties", "обязанности", "deadlines", "сроки", "pay", "оплата"]
def d(k): return "(?:" + "|".join(DECLS[k]) + ")"

PRIMITIVES = ["int", "целое", "decimal", "число", "bool", "логическое", "text", "текст", "date", "дата", "duration", "срок"]
DUR_UNITS = ["working days", "working day", "рабочих дней", "рабочих дня", "рабочий день", "days", "day", "дней", "дня", "день", "weeks", "week", "недель", "недели", "неделю", "неделя",
             "months", "month", "месяцев", "месяца", "месяц"]

def name_decl(kind, name_scope):
    return {
        "match": B + "(" + d(kind) + ")" + E + r"\s+(" + IDENT + ")",
        "captures": {"1": {"name": f"storage.type.{kind}.policy"}, "2": {"name": name_scope}},
    }

grammar = {
    "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    "name": "Policy",
    "scopeName": "source.policy",
    "fileTypes": ["policy"],
    "patterns": [{"include": "#comment"}, {"include": "#policy-block"}, {"include": "#enum-block"},
                 {"include": "#declaration"}, {"include": "#expression"}],
    "repository": {
        "comment": {
            "match": r"(#).*$",
            "name": "comment.line.number-sign.policy",
            "captures": {"1": {"name": "punctuation.definition.comment.policy"}},
        },
        "policy-block": {
            "begin": B + "(" + d("policy") + ")" + E + r"\s*([\p{L}\p{M}\p{N}_-]+)?",
            "beginCaptures": {"1": {"name": "storage.type.policy.policy"}, "2": {"name": "entity.name.namespace.policy"}},
            "end": r"\}",
            "endCaptures": {"0": {"name": "punctuation.section.block.end.policy"}},
            "name": "meta.policy.policy",
            "patterns": [
                {"match": r"\{", "name": "punctuation.section.block.begin.policy"},
                {"include": "#comment"},
                {"match": words("school", "школа", "title", "название", "approved", "утверждено", "source", "источник",
                                "version", "редакция", "amends", "изменяет", "in_force", "действует_с",
                                "until", "действует_по"),
                 "name": "keyword.other.metadata.policy"},
                {"include": "#citation"},
                {"include": "#citation-words"},
                {"include": "#date"},
                {"include": "#string"},
            ],
        },
        "enum-block": {
            "begin": B + "(" + d("enum") + ")" + E + r"\s*(" + IDENT + ")?",
            "beginCaptures": {"1": {"name": "storage.type.enum.policy"}, "2": {"name": "entity.name.type.enum.policy"}},
            "end": r"\}",
            "endCaptures": {"0": {"name": "punctuation.section.block.end.policy"}},
            "name": "meta.enum.policy",
            "patterns": [
                {"match": r"\{", "name": "punctuation.section.block.begin.policy"},
                {"include": "#comment"},
                {"include": "#string"},
                {"match": r",", "name": "punctuation.separator.comma.policy"},
                {"match": IDENT, "name": "variable.other.enummember.policy"},
            ],
        },
        "declaration": {
            "patterns": [
                name_decl("schema", "entity.name.type.schema.policy"),
                name_decl("param", "variable.other.constant.param.policy"),
                name_decl("value", "variable.other.constant.value.policy"),
                name_decl("table", "entity.name.function.table.policy"),
                name_decl("curriculum", "entity.name.function.curriculum.policy"),
                name_decl("rule", "entity.name.function.rule.policy"),
                {
                    "match": B + "(" + d("exception") + ")" + E + r"\s+(" + IDENT + r")(?:\s+(for|для)" + E + r"\s+(" + IDENT + "))?",
                    "captures": {"1": {"name": "storage.type.exception.policy"},
                                 "2": {"name": "entity.name.function.exception.policy"},
                                 "3": {"name": "keyword.other.for.policy"},
                                 "4": {"name": "entity.name.function.rule.policy"}},
                },
                name_decl("document", "entity.name.type.document.policy"),
                name_decl("role", "entity.name.type.role.policy"),
                name_decl("provision", "variable.other.constant.provision.policy"),
                {
                    "match": B + "(" + d("clause") + ")" + E + r"\s*(\")([^\"]*)(\")",
                    "captures": {"1": {"name": "storage.type.clause.policy"},
                                 "2": {"name": "punctuation.definition.string.begin.policy"},
                                 "3": {"name": "constant.other.citation.clause.policy"},
                                 "4": {"name": "punctuation.definition.string.end.policy"}},
                },
                {
                    "match": B + "(" + d("not_stated") + ")" + E + r"\s+(" + words(*TOPICS) + ")",
                    "captures": {"1": {"name": "storage.type.not_stated.policy"},
                                 "2": {"name": "constant.language.topic.policy"}},
                },
                {"match": B + "(?:" + "|".join(sum(DECLS.values(), [])) + ")" + E, "name": "storage.type.declaration.policy"},
            ],
        },
        "expression": {
            "patterns": [
                {"include": "#comment"},
                {"include": "#clause-text"},
                {"include": "#citation"},
                {"include": "#citation-words"},
                {"include": "#string"},
                {"include": "#field"},
                {"include": "#type"},
                {"include": "#date"},
                {"include": "#duration"},
                {"include": "#range"},
                {"include": "#number"},
                {"include": "#function-call"},
                {"include": "#path"},
                {"include": "#keyword"},
                {"include": "#operator"},
                {"include": "#punctuation"},
                {"include": "#identifier"},
            ],
        },
        "clause-text": {
            "begin": r"\"\"\"",
            "beginCaptures": {"0": {"name": "punctuation.definition.string.begin.policy"}},
            "end": r"\"\"\"",
            "endCaptures": {"0": {"name": "punctuation.definition.string.end.policy"}},
            "name": "string.quoted.triple.clause.policy",
        },
        "citation-words": {
            "comment": "the words of the cited clause a citation names: «…» on one line, balanced «…» inside",
            "begin": "«",
            "beginCaptures": {"0": {"name": "punctuation.definition.string.begin.policy"}},
            "end": "»|$",
            "endCaptures": {"0": {"name": "punctuation.definition.string.end.policy"}},
            "name": "string.quoted.other.citation-words.policy",
            "patterns": [{"include": "#citation-words-nested"}],
        },
        "citation-words-nested": {
            "begin": "«",
            "end": "»|$",
            "patterns": [{"include": "#citation-words-nested"}],
        },
        "citation": {
            "begin": r"(§)\s*(\")",
            "beginCaptures": {"1": {"name": "keyword.operator.citation.policy"},
                              "2": {"name": "punctuation.definition.string.begin.policy"}},
            "comment": "a text stays on one line: an unclosed one ends there",
            "end": r"(\")|$",
            "endCaptures": {"1": {"name": "punctuation.definition.string.end.policy"}},
            "name": "meta.citation.policy",
            "contentName": "constant.other.citation.policy",
            "patterns": [{"include": "#escape"}],
        },
        "string": {
            "begin": r"\"",
            "beginCaptures": {"0": {"name": "punctuation.definition.string.begin.policy"}},
            "comment": "a text stays on one line: an unclosed one ends there",
            "end": r"(\")|$",
            "endCaptures": {"1": {"name": "punctuation.definition.string.end.policy"}},
            "name": "string.quoted.double.policy",
            "patterns": [{"include": "#escape"}, {"include": "#interpolation"}],
        },
        "escape": {
            "patterns": [
                {"match": r"\\[\"\\{}n]", "name": "constant.character.escape.policy"},
                {"match": r"\\.", "name": "invalid.illegal.escape.policy"},
            ],
        },
        "interpolation": {
            "begin": r"\{",
            "beginCaptures": {"0": {"name": "punctuation.section.interpolation.begin.policy"}},
            "end": r"\}",
            "endCaptures": {"0": {"name": "punctuation.section.interpolation.end.policy"}},
            "name": "meta.interpolation.policy",
            "contentName": "meta.embedded.line.policy",
            "patterns": [{"include": "#expression"}],
        },
        "field": {
            "comment": "a field of a schema or record, or a typed table parameter: `grade: int 1..12`",
            "match": "(" + IDENT + r")(?=\s*:(?!:))",
            "name": "variable.other.property.policy",
        },
        "type": {
            "comment": "the type after `:`: `set of category`, `list of {`, `decimal`, an enumeration's name",
            "match": r"(:)\s*(?:(set|list|множество|список)" + E + r"\s*(of|из)" + E + r"\s*)?(?:(" + "|".join(PRIMITIVES) + ")" + E + "|(" + IDENT + "))?",
            "captures": {"1": {"name": "punctuation.separator.type.policy"},
                         "2": {"name": "storage.modifier.collection.policy"},
                         "3": {"name": "storage.modifier.of.policy"},
                         "4": {"name": "support.type.primitive.policy"},
                         "5": {"name": "entity.name.type.policy"}},
        },
        "date": {
            # A date, or a month-day of a school year's pattern (`09-01`).
            "match": B + r"(?:\d{4}-)?\d{2}-\d{2}" + E,
            "name": "constant.numeric.date.policy",
        },
        "duration": {
            "match": B + r"(\d+)\s+(" + "|".join(DUR_UNITS) + ")" + E,
            "name": "meta.duration.policy",
            "captures": {"1": {"name": "constant.numeric.duration.policy"},
                         "2": {"name": "keyword.other.unit.duration.policy"}},
        },
        "range": {
            "match": B + r"(\d+)(\.\.)(\d+)" + E,
            "captures": {"1": {"name": "constant.numeric.integer.policy"},
                         "2": {"name": "keyword.operator.range.policy"},
                         "3": {"name": "constant.numeric.integer.policy"}},
        },
        "number": {
            "match": B + r"(\d+\.\d+|\d+)(?:\s*(%)|\s+(h|ч)" + E + ")?",
            "captures": {"1": {"name": "constant.numeric.policy"},
                         "2": {"name": "keyword.other.unit.percent.policy"},
                         "3": {"name": "keyword.other.unit.hours.policy"}},
        },
        "function-call": {
            "patterns": [
                {"match": B + r"(sum|count|max_count_by|min_count_by|school_year_start|school_year_end|school_weeks_left|any|all|days|weeks|months)(?=\s*\()",
                 "name": "support.function.builtin.policy"},
                {"match": "(" + IDENT + r")(?=\s*\()", "name": "entity.name.function.call.policy"},
            ],
        },
        "path": {
            "comment": "a dotted case path: `pupil.grade`, `documents.schedule.copies`",
            "match": "(" + IDENT + r")((?:\.[\p{L}_][\p{L}\p{M}\p{N}_]*)+)",
            "name": "variable.other.path.policy",
        },
        "keyword": {
            "patterns": [
                {"match": words("when", "когда", "unless", "кроме", "if", "если", "then", "то", "else", "иначе", "for", "для", "where", "где"),
                 "name": "keyword.control.policy"},
                {"match": words("and", "и", "or", "или", "not", "не", "in", "в"), "name": "keyword.operator.logical.policy"},
                {"match": words("violation", "нарушение"), "name": "keyword.other.severity.violation.policy"},
                {"match": words("warning", "предупреждение"), "name": "keyword.other.severity.warning.policy"},
                {"match": words("info", "сведение"), "name": "keyword.other.severity.info.policy"},
                {"match": words("true", "истина", "false", "ложь"), "name": "constant.language.boolean.policy"},
                {"match": words("null", "пусто"), "name": "constant.language.null.policy"},
                {"match": words("set", "множество", "list", "список", "of", "из", "keyed", "ключ"), "name": "storage.modifier.policy"},
                {"match": words("quarter", "квартал", "trimester", "триместр", "year", "год", "month", "месяц", "week", "неделю",
                                   "term", "четверть", "holidays", "каникулы"),
                 "name": "constant.language.period.policy"},
                {"match": words("allow", "разрешить", "require", "требовать", "duty", "обязанность", "right", "право",
                                "within", "в_течение", "after", "после", "fulfilled_by", "исполняется",
                                "every", "каждые", "каждый", "каждую", "by", "по", "cap", "предел",
                                "grades", "классы", "total", "итого", "weeks", "недели",
                                "case", "дело", "expect", "ожидать", "no", "нет", "violations", "нарушения",
                                "missing", "недостающие", "reading", "толкование",
                                "non_working", "нерабочие", "working", "рабочие"),
                 "name": "keyword.other.policy"},
                {"match": words(*PRIMITIVES), "name": "support.type.primitive.policy"},
            ],
        },
        "operator": {
            "patterns": [
                {"match": r"=>", "name": "keyword.operator.arrow.policy"},
                {"match": r"\?\?", "name": "keyword.operator.coalesce.policy"},
                {"match": r"!=|≠|<=|≤|>=|≥|=|<|>", "name": "keyword.operator.comparison.policy"},
                {"match": r"\+|-|\*|×|/|—", "name": "keyword.operator.arithmetic.policy"},
                {"match": r"\?", "name": "keyword.operator.optional.policy"},
            ],
        },
        "punctuation": {
            "patterns": [
                {"match": r"\{", "name": "punctuation.section.block.begin.policy"},
                {"match": r"\}", "name": "punctuation.section.block.end.policy"},
                {"match": r"\(", "name": "punctuation.section.parens.begin.policy"},
                {"match": r"\)", "name": "punctuation.section.parens.end.policy"},
                {"match": r"\[", "name": "punctuation.section.brackets.begin.policy"},
                {"match": r"\]", "name": "punctuation.section.brackets.end.policy"},
                {"match": r",", "name": "punctuation.separator.comma.policy"},
                {"match": r":", "name": "punctuation.separator.type.policy"},
            ],
        },
        "identifier": {
            "match": IDENT,
            "name": "variable.other.policy",
        },
    },
}
out = json.dumps(grammar, ensure_ascii=False, indent=2) + "\n"
target = pathlib.Path(__file__).resolve().parent.parent / "syntaxes" / "policy.tmLanguage.json"
if "--check" in sys.argv[1:]:
    if target.read_text(encoding="utf-8") != out:
        sys.exit(f"{target} is stale: run python3 scripts/grammar.py")
else:
    target.write_text(out, encoding="utf-8")
