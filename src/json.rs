//! A small strict JSON reader (RFC 8259) that builds a [`serde_json::Value`].
//!
//! Why not `serde_json::from_str`: its deserializer, error machinery and float formatting were
//! about a fifth of the widget's wasm, for a job this size. The rules are serde_json's (its
//! nesting limit and its error words), plus one: a key repeated in one object is an
//! error, because with `"dose": "15 mg", "dose": "45 mg"` a reader would see only one of two doses.
//! Errors carry a 1-based line and column (in characters) of where reading stopped.

use serde_json::{Map, Number, Value};

/// Lists and objects nested deeper than this are refused, so untrusted data cannot exhaust the stack.
/// The same limit as serde_json's (the 128th level is refused).
pub const MAX_DEPTH: usize = 127;

/// Text that is not JSON, and where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters: the character that broke the rule, or the last one when
    /// the text ended too early.
    pub column: usize,
    /// What was wrong, in plain words.
    pub message: String,
}

/// Message for text that stops in the middle of a value.
pub const ENDS_TOO_EARLY: &str =
    "the data ends too early; a closing bracket, brace or quote is missing";

/// Reads one JSON value; only white space may follow it.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_white_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error_here("trailing characters"));
    }
    Ok(value)
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

type Read<T> = Result<T, SyntaxError>;

impl Reader<'_> {
    /// An error about the byte at `index`.
    fn error_at(&self, index: usize, message: impl Into<String>) -> SyntaxError {
        let before = &self.text[..index];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        SyntaxError {
            line: 1 + before.matches('\n').count(),
            column: before[line_start..].chars().count() + 1,
            message: message.into(),
        }
    }

    fn error_here(&self, message: &str) -> SyntaxError {
        if self.at >= self.bytes.len() {
            return self.ends_too_early();
        }
        self.error_at(self.at, message)
    }

    fn ends_too_early(&self) -> SyntaxError {
        let mut error = self.error_at(self.bytes.len(), ENDS_TOO_EARLY);
        // Point at the last character, not past it.
        error.column = error.column.saturating_sub(1).max(1);
        error
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_white_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Read<Value> {
        self.skip_white_space();
        match self.peek() {
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.list(depth),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error_here("expected value")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Read<Value> {
        for &expected in word.as_bytes() {
            if self.peek() != Some(expected) {
                return Err(self.error_here("expected ident"));
            }
            self.at += 1;
        }
        Ok(value)
    }

    /// Steps into a list or an object (the cursor is on its opening bracket).
    fn enter(&mut self, depth: usize) -> Read<()> {
        if depth >= MAX_DEPTH {
            return Err(self.error_at(
                self.at,
                "the data is nested too deeply (more than 128 levels of lists and objects)",
            ));
        }
        self.at += 1;
        self.skip_white_space();
        Ok(())
    }

    fn list(&mut self, depth: usize) -> Read<Value> {
        self.enter(depth)?;
        let mut items = Vec::new();
        let mut more = !self.closes(b']');
        while more {
            items.push(self.value(depth + 1)?);
            more = self.after_item(b']', "expected `,` or `]`")?;
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Read<Value> {
        self.enter(depth)?;
        let mut object = Map::new();
        let mut more = !self.closes(b'}');
        while more {
            if self.peek() != Some(b'"') {
                return Err(self.error_here("key must be a string"));
            }
            let key = self.string()?;
            if object.contains_key(&key) {
                // At the key's closing quote.
                return Err(self.error_at(
                    self.at - 1,
                    format!("the key \"{key}\" appears twice in the same object"),
                ));
            }
            self.skip_white_space();
            if self.peek() != Some(b':') {
                return Err(self.error_here("expected `:`"));
            }
            self.at += 1;
            let value = self.value(depth + 1)?;
            object.insert(key, value);
            more = self.after_item(b'}', "expected `,` or `}`")?;
        }
        Ok(Value::Object(object))
    }

    /// Steps over `close` if it is next (an empty list or object).
    fn closes(&mut self, close: u8) -> bool {
        let closed = self.peek() == Some(close);
        self.at += usize::from(closed);
        closed
    }

    /// After an item of a list or an object: whether another item follows (a comma, not followed
    /// by the closing bracket) or the closing bracket ended it.
    fn after_item(&mut self, close: u8, expected: &str) -> Read<bool> {
        self.skip_white_space();
        if self.peek() == Some(b',') {
            self.at += 1;
            self.skip_white_space();
            if self.peek() == Some(close) {
                return Err(self.error_here("trailing comma"));
            }
            return Ok(true);
        }
        if self.closes(close) {
            return Ok(false);
        }
        Err(self.error_here(expected))
    }

    /// A string; the cursor is on its opening quote.
    fn string(&mut self) -> Read<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character in one go.
            let start = self.at;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The run ends at an ASCII byte, so it is whole characters.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.ends_too_early()),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.escape()?;
                    out.push(escaped);
                }
                Some(_) => {
                    return Err(self.error_here(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
            }
        }
    }

    /// The character an escape stands for; the cursor is just after the backslash.
    fn escape(&mut self) -> Read<char> {
        let Some(letter) = self.peek() else {
            return Err(self.ends_too_early());
        };
        let simple = match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                return self.unicode_escape();
            }
            _ => return Err(self.error_here("invalid escape")),
        };
        self.at += 1;
        Ok(simple)
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`; the cursor is just after the `u`.
    fn unicode_escape(&mut self) -> Read<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                    if self.at + 2 > self.bytes.len() {
                        return Err(self.ends_too_early());
                    }
                    return Err(self.error_here("lone leading surrogate in hex escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error_at(self.at - 1, "lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error_at(self.at - 1, "invalid unicode code point"))
    }

    fn hex4(&mut self) -> Read<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(byte) = self.peek() else {
                return Err(self.ends_too_early());
            };
            let digit = (byte as char)
                .to_digit(16)
                .ok_or_else(|| self.error_here("invalid escape"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Read<Value> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error_here("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error_here("invalid number")),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        let text = &self.text[start..self.at];
        if integer {
            if let Ok(whole) = text.parse::<u64>() {
                return Ok(Value::Number(whole.into()));
            }
            if let Ok(whole) = text.parse::<i64>() {
                return Ok(Value::Number(whole.into()));
            }
        }
        decimal_to_f64(text)
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| self.error_at(start, "number out of range"))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Read<()> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error_here("invalid number"));
        }
        self.digits();
        Ok(())
    }
}

/// The value of a JSON number that is not a whole number (grammar already checked), or `None`
/// when it is too large for an `f64`.
///
/// Not `str::parse::<f64>`: its exact algorithm carries a large table into the wasm (docs/performance.md, "Notes from the code"), and nothing
/// in a card needs fractions (the only number in the schema is `schemaVersion`). This is exact
/// when the digits fit in 2^53 and the exponent is within ±22 (both factors are then exact and the
/// one multiplication or division is correctly rounded); otherwise it may be off in the last bits.
fn decimal_to_f64(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits_part, exponent) = match text.find(['e', 'E']) {
        Some(at) => (
            &text[..at],
            text[at + 1..].parse::<i64>().unwrap_or(i64::MAX),
        ),
        None => (text, 0),
    };
    let (whole, fraction) = digits_part.split_once('.').unwrap_or((digits_part, ""));
    // Significant digits beyond 19 cannot change an f64 much; drop them, counting their place.
    let mut mantissa: u64 = 0;
    let mut scale: i64 = 0;
    for (index, digit) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let in_fraction = index >= whole.len();
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(digit - b'0');
            scale -= i64::from(in_fraction);
        } else {
            scale += i64::from(!in_fraction);
        }
    }
    let power = exponent.saturating_add(scale).clamp(-400, 400) as i32;
    let mantissa = mantissa as f64;
    let value = if (-22..0).contains(&power) {
        mantissa / 10f64.powi(-power)
    } else if power < -22 {
        // Two steps, so that a tiny factor does not underflow before the mantissa is applied.
        mantissa / 1e22 / 10f64.powi(-power - 22)
    } else {
        mantissa * 10f64.powi(power)
    };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn error(text: &str) -> (usize, usize, String) {
        let error = parse(text).expect_err(text);
        (error.line, error.column, error.message)
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let samples = [
            r#"{"a": [1, -2, 3.5, 1e3, -0.25E-2, 0.1, true, false, null], "b": {"c": "d"}}"#,
            r#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 é ✓""#,
            "18446744073709551615",
            "-9223372036854775808",
            "123456789012345678901234567890",
            " [ ] ",
            "{}",
            "0",
        ];
        for text in samples {
            let expected: Value = serde_json::from_str(text).expect(text);
            assert_eq!(parse(text).expect(text), expected, "{text}");
        }
        for text in [
            "3.5", "-0.25E-2", "1e3", "0.1", "123.456", "1e22", "1e-22", "4.0e-5", "-7.25",
        ] {
            let exact: f64 = text.parse().unwrap();
            assert_eq!(parse(text).unwrap().as_f64(), Some(exact), "{text}");
        }
        for text in [
            "6.02214076e23",
            "1.5e300",
            "2.5e-300",
            "0.1234567890123456789012",
        ] {
            let exact: f64 = text.parse().unwrap();
            let read = parse(text).unwrap().as_f64().unwrap();
            assert!(
                ((read - exact) / exact).abs() < 1e-14,
                "{text}: {read} vs {exact}"
            );
        }
        let object = parse(r#"{"z": 1, "a": 2}"#).unwrap();
        let keys: Vec<_> = object.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["z", "a"], "order kept");
        assert_eq!(
            parse(r#"{"k": [1, {"x": null}]}"#).unwrap(),
            json!({"k": [1, {"x": null}]})
        );
    }

    #[test]
    fn errors_say_where_and_what() {
        let cases = [
            (
                "{\n  \"a\": 1\n  \"b\": 2\n}",
                (3, 3, "expected `,` or `}`"),
            ),
            ("{\n  \"a\": {,\n}", (2, 9, "key must be a string")),
            ("[1 2]", (1, 4, "expected `,` or `]`")),
            ("[1,]", (1, 4, "trailing comma")),
            ("{\"a\":1,}", (1, 8, "trailing comma")),
            ("{\"a\" 1}", (1, 6, "expected `:`")),
            ("[tru]", (1, 5, "expected ident")),
            ("[x]", (1, 2, "expected value")),
            ("01", (1, 2, "invalid number")),
            ("-x", (1, 2, "invalid number")),
            ("1.e5", (1, 3, "invalid number")),
            ("1e400", (1, 1, "number out of range")),
            ("\"\\q\"", (1, 3, "invalid escape")),
            ("\"\\u12G4\"", (1, 6, "invalid escape")),
            (
                "\"\\ud800x\"",
                (1, 8, "lone leading surrogate in hex escape"),
            ),
            ("\"\\udc00\"", (1, 7, "invalid unicode code point")),
            (
                "\"a\u{1}\"",
                (
                    1,
                    3,
                    "control character (\\u0000-\\u001F) found while parsing a string",
                ),
            ),
            ("1 2", (1, 3, "trailing characters")),
            ("\"é\" x", (1, 5, "trailing characters")),
            ("{\"schemaVersion\": 1,", (1, 20, ENDS_TOO_EARLY)),
            ("", (1, 1, ENDS_TOO_EARLY)),
            ("[\"abc", (1, 5, ENDS_TOO_EARLY)),
            (
                "{\"a\":1,\n\"b\":2,\n\"a\":3}",
                (3, 3, "the key \"a\" appears twice in the same object"),
            ),
        ];
        for (text, (line, column, message)) in cases {
            assert_eq!(error(text), (line, column, message.to_string()), "{text:?}");
        }
    }

    #[test]
    fn nesting_stops_at_serde_jsons_limit() {
        let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let (line, column, message) = error(&nested(MAX_DEPTH + 1));
        assert_eq!((line, column), (1, MAX_DEPTH + 1));
        assert!(message.contains("nested too deeply"), "{message}");
        assert!(serde_json::from_str::<Value>(&nested(MAX_DEPTH)).is_ok());
        assert!(serde_json::from_str::<Value>(&nested(MAX_DEPTH + 1)).is_err());
    }
}
