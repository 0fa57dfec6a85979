//! Prints the syntax diagnostics of the files given on the command line.
fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let parsed = policy_syntax::parse(&text);
        let index = policy_syntax::LineIndex::new(&text);
        for d in &parsed.diagnostics {
            let at = index.line_col(&text, d.span.start);
            println!("{path}:{}:{}: {} [{}] {}", at.line, at.column, d.severity.as_str(), d.code, d.message);
            if let Some(help) = &d.help {
                println!("    help: {help}");
            }
        }
        println!("{path}: {} declarations, {} syntax diagnostics", parsed.file.decls.len(), parsed.diagnostics.len());
    }
}
