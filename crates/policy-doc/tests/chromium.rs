//! The HTML document in a real browser: headless Chromium loads it, shows the
//! regulation's Cyrillic words, lets no element overflow an A4-wide or a
//! phone-wide page, and prints it to PDF with each part starting a new page.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`; `.ci/run` installs
//! it); another binary can be named in `CHROMIUM`. Without it the test fails
//! and says how to install it.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{checked, AMENDMENT};
use policy_doc::html;
use policy_i18n::Lang;

/// How long one run of the browser may take.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

/// The browser binary.
fn chromium() -> PathBuf {
    if let Some(named) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(named);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "headless Chromium is needed to test the HTML of `policy doc` and was not found on PATH: \
         install it with `apt-get install -y chromium` (CI does, in .ci/run), or name the binary in CHROMIUM"
    );
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("policy-doc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// Runs the browser headless with `args` on `page`; its standard output.
fn browse(dir: &Path, args: &[&str], page: &Path) -> String {
    let mut child = Command::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    let stdout = child.stdout.take().expect("piped output");
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    loop {
        if let Some(status) = child.try_wait().expect("waiting for chromium") {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            panic!("chromium did not finish within {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().expect("the output is read")
}

/// The page of the example amendment, in Russian.
fn page() -> String {
    let (ws, checked) = checked(AMENDMENT);
    html::render(&policy_doc::build(&ws, &checked.model, Lang::Ru))
}

/// A script that measures the page once it is laid out and writes, into the
/// DOM, the elements that stick out of the viewport's width or whose content
/// spills out of their own box.
const PROBE: &str = r#"<script>
(function () {
  var width = document.documentElement.clientWidth;
  var over = [];
  document.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    var spills = e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;
    if (r.width > 0 && (r.right > width + 1 || r.left < -1 || spills)) {
      over.push(e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
  });
  var probe = document.createElement('pre');
  probe.id = 'probe';
  probe.textContent = 'scroll=' + document.documentElement.scrollWidth + ' width=' + width + ' over=' + over.length + '\n' + over.slice(0, 20).join('\n');
  document.body.appendChild(probe);
})();
</script>"#;

#[test]
fn the_page_loads_shows_cyrillic_and_nothing_overflows() {
    let dir = scratch("layout");
    let probed = page().replace("</body>", &format!("{PROBE}\n</body>"));
    let file = dir.join("probed.html");
    std::fs::write(&file, probed).expect("the page is written");
    for (width, height) in [(794, 1123), (400, 900)] {
        let dom = browse(&dir, &["--dump-dom", &format!("--window-size={width},{height}")], &file);
        assert!(dom.contains("Недельная учебная нагрузка определяется"), "the clause text is not on the loaded page");
        assert!(dom.contains("В V - VIII классах - до 12 часов;"), "the amended clause text is not on the page");
        let probe = dom.split("<pre id=\"probe\">").nth(1).and_then(|p| p.split("</pre>").next());
        let probe = probe.unwrap_or_else(|| panic!("the probe did not run at width {width}"));
        let first: Vec<&str> = probe.lines().next().unwrap_or_default().split(' ').collect();
        let number = |key: &str| -> i64 {
            first
                .iter()
                .find_map(|kv| kv.strip_prefix(key))
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("no {key} in the probe: {probe}"))
        };
        assert_eq!(number("over="), 0, "elements overflow a page {width} px wide:\n{probe}");
        assert!(number("scroll=") <= number("width="), "the page scrolls sideways at {width} px:\n{probe}");
    }
}

/// The number of pages of `html` printed to PDF.
fn printed_pages(dir: &Path, name: &str, html: &str) -> usize {
    let file = dir.join(format!("{name}.html"));
    std::fs::write(&file, html).expect("the page is written");
    let pdf = dir.join(format!("{name}.pdf"));
    browse(dir, &[&format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer"], &file);
    let bytes = std::fs::read(&pdf).expect("chromium wrote the PDF");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let text = String::from_utf8_lossy(&bytes);
    text.matches("/Type /Page").count() - text.matches("/Type /Pages").count()
}

#[test]
fn the_page_prints_to_pdf_with_its_parts_on_their_own_pages() {
    let dir = scratch("print");
    let html = page();
    let pages = printed_pages(&dir, "doc", &html);
    assert!(pages >= 10, "only {pages} pages");
    // Without the page breaks between parts, the same page prints on fewer pages.
    let rule = ".part { break-before: page; }";
    assert!(html.contains(rule), "the print style has no page breaks between parts");
    let unbroken = printed_pages(&dir, "unbroken", &html.replace(rule, ""));
    assert!(pages > unbroken, "the parts do not start new pages: {pages} pages with the breaks, {unbroken} without");
}
