//! What is wrong with card data, in the reader's language, for the error panel.
//!
//! English is the `Display` text of [`Problem`] and [`LoadFailure`] itself (it also feeds the
//! `medcard-error` event, the CLI and `validate`, which stay English for developers). The other
//! languages have one function per enum here. Each `match` names every variant, with no
//! wildcard arm, so a new variant does not compile until it is translated.

use super::{arabic_plural, Plural};
use crate::error::{LoadFailure, Problem};

/// The words `validate` uses for JSON types in [`Problem::WrongType`], English first.
/// A word missing here would be shown in English, so a test keeps this in step with `validate`.
#[cfg(test)]
const JSON_TYPE_WORDS: [&str; 8] = [
    "text",
    "a number",
    "true/false",
    "null",
    "a list",
    "a list ([ … ])",
    "an object",
    "an object ({ … })",
];

/// What an HTTP status means, for the languages that say it in words.
#[derive(Clone, Copy)]
enum StatusMeaning {
    NotFound,
    Denied,
    ServerError,
    Unnamed,
}

impl StatusMeaning {
    /// The same grouping as `LoadFailure`'s English `Display`.
    fn of(status: u16) -> Self {
        match status {
            404 | 410 => StatusMeaning::NotFound,
            401 | 403 => StatusMeaning::Denied,
            500..=599 => StatusMeaning::ServerError,
            _ => StatusMeaning::Unnamed,
        }
    }
}

/// Spanish words for a JSON type; an unknown word is left as it is.
fn spanish_type(word: &'static str) -> &'static str {
    match word {
        "text" => "texto",
        "a number" => "un número",
        "true/false" => "verdadero o falso (true/false)",
        "null" => "un valor nulo (null)",
        "a list" => "una lista",
        "a list ([ … ])" => "una lista ([ … ])",
        "an object" => "un objeto",
        "an object ({ … })" => "un objeto ({ … })",
        other => other,
    }
}

/// Spanish, for a value after its path ("`medication.name` es obligatorio, pero falta").
pub(super) fn spanish_problem(problem: &Problem) -> String {
    match problem {
        Problem::Missing => "es obligatorio, pero falta".into(),
        Problem::WrongType { expected, found } => format!(
            "debería ser {}, pero es {}",
            spanish_type(expected),
            spanish_type(found)
        ),
        Problem::Empty => "está vacío; escriba aquí algún texto".into(),
        Problem::NotAllowed { found, allowed } => format!(
            "«{found}» no está permitido aquí; use uno de estos valores: {}",
            allowed.join(", ")
        ),
        Problem::UnsupportedVersion { found } => format!(
            "la versión de esquema {found} no es compatible; este componente lee schemaVersion 1 \
             (el número)"
        ),
        Problem::TooLong { chars, limit } => {
            format!("tiene {chars} caracteres y supera el límite de {limit}")
        }
        Problem::TooMany { items, limit } => {
            format!("tiene {items} elementos y supera el límite de {limit}")
        }
        Problem::BadDate { found } => format!(
            "«{found}» no es una fecha válida; escríbala como AAAA-MM-DD, por ejemplo 2026-11-01"
        ),
        Problem::NoDose => "necesita al menos una dosis: inicial, habitual o máxima".into(),
        Problem::BadLanguage { found } => {
            format!("«{found}» no es una etiqueta de idioma como «en» o «es»; se ignora")
        }
        Problem::UnsafeUrl { found } => format!(
            "«{found}» no es un enlace http(s); se muestra como texto normal, no como enlace"
        ),
        Problem::UnknownField => "no es un campo de la versión 1 del esquema; se ignora".into(),
        Problem::HiddenCharacters { count: 1 } => "tenía 1 carácter invisible de control o de \
            dirección del texto; se ha eliminado"
            .into(),
        Problem::HiddenCharacters { count } => format!(
            "tenía {count} caracteres invisibles de control o de dirección del texto; se han \
             eliminado"
        ),
        Problem::ReviewOverdue { due } => format!(
            "la próxima revisión estaba prevista para el {due}; se avisa a los lectores de que \
             la revisión está atrasada"
        ),
    }
}

/// Spanish, for why the data could not be fetched.
pub(super) fn spanish_load_failure(failure: &LoadFailure) -> String {
    match failure {
        LoadFailure::NoData => "no se han proporcionado datos para la ficha (defina la propiedad \
            data, añada un elemento hijo <script type=\"application/json\"> o un atributo src)"
            .into(),
        LoadFailure::Network { url } => format!(
            "la solicitud de {url} ha fallado (no hay conexión a la red o el servidor la ha \
             rechazado)"
        ),
        LoadFailure::Status { url, status } => {
            let meaning = match StatusMeaning::of(*status) {
                StatusMeaning::NotFound => " (no encontrado)",
                StatusMeaning::Denied => " (acceso denegado)",
                StatusMeaning::ServerError => " (error del servidor)",
                StatusMeaning::Unnamed => "",
            };
            format!("el servidor respondió {status}{meaning} a la solicitud de {url}")
        }
        LoadFailure::NotJson { url, content_type } => {
            format!("{url} envió {content_type}, no datos de la ficha en JSON")
        }
        LoadFailure::Timeout { url, millis } => {
            let seconds = millis.div_ceil(1000);
            let unit = if seconds == 1 { "segundo" } else { "segundos" };
            format!("{url} no respondió en {seconds} {unit}")
        }
        LoadFailure::Redirected { url, to } => format!(
            "{url} redirigió a otro sitio ({to}); los datos de la ficha solo se leen del sitio \
             indicado"
        ),
        LoadFailure::TooLarge { url, limit } => {
            format!("{url} envió más datos que el límite de {limit} bytes")
        }
    }
}

/// Text from the data or a URL inside Arabic: a first-strong isolate (U+2068 … U+2069), so a
/// left-to-right value keeps its order and does not pull the Arabic punctuation around it.
fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Arabic words for a JSON type, in the nominative; an unknown word is left as it is.
fn arabic_type(word: &'static str) -> &'static str {
    match word {
        "text" => "نص",
        "a number" => "رقم",
        "true/false" => "قيمة منطقية (true/false)",
        "null" => "قيمة فارغة (null)",
        "a list" => "قائمة",
        "a list ([ … ])" => "قائمة ([ … ])",
        "an object" => "كائن",
        "an object ({ … })" => "كائن ({ … })",
        other => other,
    }
}

/// Arabic, for a value after its path. Counts are written as "its number of characters is 80"
/// rather than "80 characters", so the noun does not change with the number.
pub(super) fn arabic_problem(problem: &Problem) -> String {
    match problem {
        Problem::Missing => "حقل مطلوب لكنه غير موجود".into(),
        Problem::WrongType { expected, found } => format!(
            "يُتوقَّع هنا {}، لكن القيمة {}",
            arabic_type(expected),
            arabic_type(found)
        ),
        Problem::Empty => "الحقل فارغ؛ اكتب فيه نصًا".into(),
        Problem::NotAllowed { found, allowed } => {
            let allowed: Vec<String> = allowed.iter().map(|word| isolate(word)).collect();
            format!(
                "القيمة «{}» غير مسموح بها هنا؛ استخدم إحدى هذه القيم: {}",
                isolate(found),
                allowed.join("، ")
            )
        }
        Problem::UnsupportedVersion { found } => format!(
            "إصدار المخطط {} غير مدعوم؛ لا تقرأ هذه الأداة إلا schemaVersion بالقيمة 1 (رقمًا)",
            isolate(found)
        ),
        Problem::TooLong { chars, limit } => {
            format!("عدد أحرفه {chars}، وهذا أكثر من الحد الأقصى البالغ {limit}")
        }
        Problem::TooMany { items, limit } => {
            format!("عدد عناصره {items}، وهذا أكثر من الحد الأقصى البالغ {limit}")
        }
        Problem::BadDate { found } => format!(
            "«{}» ليس تاريخًا صحيحًا؛ اكتبه بالصيغة {}، مثل {}",
            isolate(found),
            isolate("YYYY-MM-DD"),
            isolate("2026-11-01")
        ),
        Problem::NoDose => "يجب ذكر جرعة واحدة على الأقل: الأولى أو المعتادة أو القصوى".into(),
        Problem::BadLanguage { found } => format!(
            "«{}» ليس رمز لغة مثل «en» أو «es»، لذلك يُتجاهَل",
            isolate(found)
        ),
        Problem::UnsafeUrl { found } => format!(
            "«{}» ليس رابط http(s)، لذلك يُعرض نصًا عاديًا لا رابطًا",
            isolate(found)
        ),
        Problem::UnknownField => "ليس حقلًا في الإصدار 1 من المخطط، لذلك يُتجاهَل".into(),
        Problem::HiddenCharacters { count } => {
            format!("كان فيه محارف تحكم أو اتجاه نص غير مرئية عددها {count}، وقد أُزيلت")
        }
        Problem::ReviewOverdue { due } => format!(
            "كان موعد المراجعة التالية {}؛ ويُبلَّغ القرّاء بأن المراجعة متأخرة",
            isolate(due)
        ),
    }
}

/// Arabic, for why the data could not be fetched.
pub(super) fn arabic_load_failure(failure: &LoadFailure) -> String {
    match failure {
        LoadFailure::NoData => format!(
            "لم تُقدَّم بيانات للبطاقة (عيّن الخاصية data، أو أضف عنصرًا فرعيًا {}، أو السمة src)",
            isolate("<script type=\"application/json\">")
        ),
        LoadFailure::Network { url } => format!(
            "فشل طلب {} (الشبكة غير متصلة، أو رفض الخادم الطلب)",
            isolate(url)
        ),
        LoadFailure::Status { url, status } => {
            let meaning = match StatusMeaning::of(*status) {
                StatusMeaning::NotFound => " (غير موجود)",
                StatusMeaning::Denied => " (الوصول مرفوض)",
                StatusMeaning::ServerError => " (خطأ في الخادم)",
                StatusMeaning::Unnamed => "",
            };
            format!("ردّ الخادم بالرمز {status}{meaning} على طلب {}", isolate(url))
        }
        LoadFailure::NotJson { url, content_type } => format!(
            "أرسل {} محتوى من نوع {}، وليس بيانات بطاقة بصيغة JSON",
            isolate(url),
            isolate(content_type)
        ),
        LoadFailure::Timeout { url, millis } => {
            let seconds = millis.div_ceil(1000);
            // After "within": genitive forms of "second" for each plural category.
            let duration = match arabic_plural(seconds as usize) {
                Plural::One => "ثانية واحدة".to_string(),
                Plural::Two => "ثانيتين".to_string(),
                Plural::Few => format!("{seconds} ثوانٍ"),
                Plural::Zero | Plural::Many | Plural::Other => format!("{seconds} ثانية"),
            };
            format!("لم يستجب {} خلال {duration}", isolate(url))
        }
        LoadFailure::Redirected { url, to } => format!(
            "أعاد {} التوجيه إلى موقع آخر ({})؛ ولا تُقرأ بيانات البطاقة إلا من الموقع المذكور في عنوانها",
            isolate(url),
            isolate(to)
        ),
        LoadFailure::TooLarge { url, limit } => format!(
            "أرسل {} بيانات أكثر من الحد الأقصى البالغ {limit} بايت",
            isolate(url)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{AR, EN, ES};
    use super::*;
    use crate::error::Error;
    use crate::{parse_card, Options};

    /// One value of every `Problem` variant (two for the counted one).
    fn every_problem() -> Vec<Problem> {
        vec![
            Problem::Missing,
            Problem::WrongType {
                expected: "text",
                found: "a number",
            },
            Problem::Empty,
            Problem::NotAllowed {
                found: "maybe".into(),
                allowed: &["approved", "off-label"],
            },
            Problem::UnsupportedVersion {
                found: "\"1\"".into(),
            },
            Problem::TooLong {
                chars: 5000,
                limit: 4000,
            },
            Problem::TooMany {
                items: 300,
                limit: 200,
            },
            Problem::BadDate {
                found: "2026-02-30".into(),
            },
            Problem::NoDose,
            Problem::BadLanguage {
                found: "english".into(),
            },
            Problem::UnsafeUrl {
                found: "javascript:alert(1)".into(),
            },
            Problem::UnknownField,
            Problem::HiddenCharacters { count: 1 },
            Problem::HiddenCharacters { count: 3 },
            Problem::ReviewOverdue {
                due: "2025-07-01".into(),
            },
        ]
    }

    /// One value of every `LoadFailure` variant (each status meaning, several time-outs).
    fn every_load_failure() -> Vec<LoadFailure> {
        let url = || "https://example.org/card.json".to_string();
        let mut failures = vec![
            LoadFailure::NoData,
            LoadFailure::Network { url: url() },
            LoadFailure::NotJson {
                url: url(),
                content_type: "text/html".into(),
            },
            LoadFailure::Redirected {
                url: url(),
                to: "https://elsewhere.test/".into(),
            },
            LoadFailure::TooLarge {
                url: url(),
                limit: 262_144,
            },
        ];
        for status in [404, 403, 503, 418] {
            failures.push(LoadFailure::Status { url: url(), status });
        }
        for millis in [1000, 2000, 5000, 15_000] {
            failures.push(LoadFailure::Timeout { url: url(), millis });
        }
        failures
    }

    /// English words none of the translations should contain.
    const ENGLISH_WORDS: &[&str] = &[" is ", " the ", "should", " was ", " not ", "sent"];

    fn assert_translated(lang: &str, english: &str, translated: &str) {
        assert!(!translated.trim().is_empty(), "{lang}: blank for {english}");
        assert_ne!(translated, english, "{lang}: still English");
        for word in ENGLISH_WORDS {
            assert!(
                !translated.contains(word),
                "{lang}: {word:?} in {translated}"
            );
        }
        if lang == "ar" {
            let arabic_letters = translated
                .chars()
                .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
                .count();
            assert!(arabic_letters > 5, "ar: {translated}");
        }
    }

    #[test]
    fn every_problem_and_load_failure_has_a_spanish_and_arabic_message() {
        for table in [&ES, &AR] {
            for problem in every_problem() {
                let english = problem.to_string();
                assert_translated(table.lang, &english, &(table.problem)(&problem));
            }
            for failure in every_load_failure() {
                let english = failure.to_string();
                assert_translated(table.lang, &english, &(table.load_failure)(&failure));
            }
            let document_errors = [
                Error::Syntax {
                    line: 3,
                    column: 7,
                    message: "expected `,` or `}`".into(),
                },
                Error::TooLarge {
                    bytes: 300_000,
                    limit: 262_144,
                },
                Error::Unreadable {
                    message: "it is not a JSON value".into(),
                },
                Error::Load(LoadFailure::NoData),
            ];
            for error in document_errors {
                let [(path, message)] = &table.problems(&error)[..] else {
                    panic!("{error:?} is one problem");
                };
                assert!(path.is_empty());
                assert_translated(table.lang, &error.to_string(), message);
            }
        }
    }

    #[test]
    fn messages_keep_numbers_as_digits_and_values_as_given() {
        let too_long = Problem::TooLong {
            chars: 5000,
            limit: 4000,
        };
        assert_eq!(
            (ES.problem)(&too_long),
            "tiene 5000 caracteres y supera el límite de 4000"
        );
        assert!((AR.problem)(&too_long).contains("5000"));
        let bad_date = Problem::BadDate {
            found: "2026-02-30".into(),
        };
        assert!((ES.problem)(&bad_date).starts_with("«2026-02-30» no es una fecha válida"));
        assert!((AR.problem)(&bad_date).starts_with("«\u{2068}2026-02-30\u{2069}» ليس تاريخًا"));
        let syntax = Error::Syntax {
            line: 3,
            column: 7,
            message: "expected value".into(),
        };
        assert_eq!(
            ES.problems(&syntax)[0].1,
            "los datos de la ficha no son JSON válido (línea 3, columna 7)"
        );
        assert_eq!(
            AR.problems(&syntax)[0].1,
            "بيانات البطاقة ليست بصيغة JSON صحيحة (السطر 3، العمود 7)"
        );
    }

    #[test]
    fn arabic_seconds_agree_with_the_number() {
        let within = |millis| {
            (AR.load_failure)(&LoadFailure::Timeout {
                url: "u".into(),
                millis,
            })
        };
        assert!(within(1000).ends_with("خلال ثانية واحدة"));
        assert!(within(2000).ends_with("خلال ثانيتين"));
        assert!(within(5000).ends_with("خلال 5 ثوانٍ"));
        assert!(within(15_000).ends_with("خلال 15 ثانية"));
    }

    #[test]
    fn english_panel_text_is_the_display_text() {
        let invalid = parse_card(
            r#"{"schemaVersion":1,"medication":{"name":3},"uses":[{"text":""}]}"#,
            &Options::default(),
        )
        .unwrap_err();
        let mut errors = vec![
            invalid,
            parse_card("{\"a\":", &Options::default()).unwrap_err(),
            Error::TooLarge {
                bytes: 300_000,
                limit: 262_144,
            },
            Error::Unreadable {
                // A placeholder inside a value is not filled again.
                message: "it holds {message} and {line}".into(),
            },
        ];
        errors.extend(every_load_failure().into_iter().map(Error::Load));
        for error in errors {
            assert_eq!(EN.problems(&error), error.problems(), "{error:?}");
        }
    }

    #[test]
    fn hosts_can_reword_the_document_level_messages() {
        let table = super::super::customised(&ES, r#"{"error_load": "Sin datos ({reason})"}"#);
        let message = &table.problems(&Error::Load(LoadFailure::NoData))[0].1;
        assert!(
            message.starts_with("Sin datos (no se han proporcionado datos para la ficha"),
            "{message}"
        );
    }

    #[test]
    fn every_json_type_word_is_translated() {
        for word in JSON_TYPE_WORDS {
            assert_ne!(spanish_type(word), word);
            assert_ne!(arabic_type(word), word);
        }
    }

    /// Keeps [`JSON_TYPE_WORDS`] in step with the words `validate` really uses.
    #[test]
    fn validate_uses_only_known_json_type_words() {
        let documents = [
            "null",
            "true",
            "3",
            "\"card\"",
            "[]",
            r#"{"schemaVersion":1,"medication":{"name":{}},"summary":[1],"uses":"x"}"#,
            r#"{"schemaVersion":1,"medication":{"name":null,"genericName":false},"uses":{}}"#,
        ];
        let mut seen = std::collections::BTreeSet::new();
        for json in documents {
            let Err(Error::Invalid { errors, .. }) = parse_card(json, &Options::default()) else {
                panic!("{json} is invalid");
            };
            for issue in errors {
                if let Problem::WrongType { expected, found } = issue.problem {
                    seen.extend([expected, found]);
                }
            }
        }
        for word in &seen {
            assert!(JSON_TYPE_WORDS.contains(word), "{word} is not translated");
        }
        assert!(seen.len() >= 7, "the documents reach most words: {seen:?}");
    }
}
