//! A small CSS minifier for our one stylesheet: drops comments, collapses whitespace to one
//! space, and drops the space next to `{`, `}`, `;`, `,`, after `:`, and a `;` before `}`.
//! Strings are copied as they are. It never removes anything but comments and whitespace
//! (tests/style.rs checks that), so it cannot change what a rule means: the space before a `:`
//! is kept (`a :hover` is not `a:hover`), and so is every other space between two tokens.

/// The minified stylesheet.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = '\0';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            c => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                push_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the space seen before `next`, unless either side makes it unnecessary.
fn push_space(out: &mut String, pending: &mut bool, next: char) {
    if std::mem::take(pending)
        && !out.is_empty()
        && !out.ends_with(['{', '}', ';', ',', ':'])
        && !matches!(next, '{' | '}' | ';' | ',')
    {
        out.push(' ');
    }
}
