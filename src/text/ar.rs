//! Arabic.

use super::{plural, Plural, UiString, UiText};
use crate::codes::CodeSystem;
use crate::error::{tenths, JsonType, LoadFailure, Problem, Score, StatusMeaning};

/// Arabic (Modern Standard Arabic), written right to left. Digits stay Western (0–9), as in
/// the card content, and month names are the ones used across Egypt and the Gulf.
pub static AR: UiText = UiText {
    lang: "ar",
    dir: "rtl",
    plural: plural::arabic,
    disclaimer: UiString::new(
        "هذه البطاقة معلومات عامة وليست نصيحة طبية، ولا تغني عن نصيحة طبيبك أو الصيدلي أو \
        الممرض. اتبع دائمًا تعليمات الوصفة الطبية والنشرة المرفقة بالدواء، ولا تبدأ أي دواء أو توقفه \
        أو تغيّره دون استشارة أخصائي صحي. إذا ظننت أنك تعاني من رد فعل خطير، أو تناول أحدهم كمية \
        زائدة، فاتصل فورًا بخدمات الطوارئ أو بمركز السموم.",
    ),
    disclaimer_label: UiString::new("ليست نصيحة طبية."),
    loading: UiString::new("جارٍ تحميل معلومات الدواء…"),
    error_title: UiString::new("تعذّر عرض معلومات هذا الدواء"),
    error_intro: UiString::new("في بيانات البطاقة مشكلة، لذلك لا يُعرض منها شيء:"),
    key_facts: UiString::new("معلومات أساسية"),
    on_this_card: UiString::new("في هذه البطاقة"),
    uses: UiString::new("دواعي الاستعمال"),
    warnings: UiString::new("تحذيرات مهمة"),
    how_it_works: UiString::new("كيف يعمل"),
    benefits: UiString::new("الفوائد"),
    dosage: UiString::new("طريقة الاستعمال"),
    side_effects: UiString::new("الأعراض الجانبية"),
    common_effects: UiString::new("الأعراض الجانبية الشائعة"),
    serious_effects: UiString::new("الأعراض الجانبية الخطيرة"),
    precautions: UiString::new("الاحتياطات"),
    related: UiString::new("انظر أيضًا"),
    sources: UiString::new("المصادر"),
    brand_names: UiString::new("الأسماء التجارية"),
    generic_name: UiString::new("الاسم العلمي"),
    drug_class: UiString::new("نوع الدواء"),
    forms: UiString::new("الأشكال الدوائية"),
    availability: UiString::new("طريقة الصرف"),
    dose_labels: [
        UiString::new("الجرعة الأولى"),
        UiString::new("الجرعة المعتادة"),
        UiString::new("الجرعة القصوى"),
        UiString::new("عدد المرات"),
        UiString::new("التوقيت"),
        UiString::new("ملاحظات"),
    ],
    instructions: UiString::new("التعليمات"),
    missed_dose: UiString::new("إذا نسيت جرعة"),
    overdose: UiString::new("إذا تناولت كمية زائدة"),
    stopping: UiString::new("التوقف عن الدواء"),
    how_common: UiString::new("مدى الشيوع"),
    what_to_do: UiString::new("ما العمل"),
    new_tab: UiString::new("(يُفتح في علامة تبويب جديدة)"),
    reviewed: UiString::new("آخر مراجعة في"),
    reviewed_clinical: UiString::new("رُوجع المحتوى مراجعةً سريرية في"),
    reviewed_editorial: UiString::new("رُوجع المحتوى مقابل مصادره في"),
    not_clinical_review: UiString::new("هذه ليست مراجعة سريرية."),
    reviewed_by: UiString::new("بواسطة"),
    next_review: UiString::new("موعد المراجعة التالية"),
    review_overdue: UiString::new("تأخّرت المراجعة"),
    accessed: UiString::new("تاريخ الاطلاع"),
    read_at: UiString::new("قُرئ في"),
    status_in: UiString::new("{status} في {regions}"),
    region_names: [
        UiString::new("الولايات المتحدة"),
        UiString::new("المملكة المتحدة"),
        UiString::new("الاتحاد الأوروبي"),
    ],
    list_and: UiString::new(" و"),
    frequency_band: [
        UiString::new("شائع جدًا: قد يصيب أكثر من شخص واحد من كل 10 أشخاص"),
        UiString::new("شائع: قد يصيب حتى شخص واحد من كل 10 أشخاص"),
        UiString::new("غير شائع: قد يصيب حتى شخص واحد من كل 100 شخص"),
        UiString::new("نادر: قد يصيب حتى شخص واحد من كل 1,000 شخص"),
        UiString::new("نادر جدًا: قد يصيب حتى شخص واحد من كل 10,000 شخص"),
        UiString::new("غير معروف: لا يمكن تقدير مدى شيوعه من البيانات المتاحة"),
    ],
    use_status: [
        UiString::new("معتمد"),
        UiString::new("خارج الاستعمال المعتمد"),
        UiString::new("قيد البحث"),
        UiString::new("غير موصى به"),
    ],
    warning_level: [UiString::new("تحذير مؤطّر"), UiString::new("مهم")],
    callout_level: [UiString::new("عاجل"), UiString::new("طوارئ")],
    precaution_kind: [
        UiString::new("لا تتناوله إذا"),
        UiString::new("أدوية أخرى"),
        UiString::new("حالات صحية"),
        UiString::new("الحمل"),
        UiString::new("الرضاعة الطبيعية"),
        UiString::new("القيادة وتشغيل الآلات"),
        UiString::new("الكحول"),
        UiString::new("التوقف عن الدواء"),
        UiString::new("احتياطات أخرى"),
    ],
    availability_kind: [
        UiString::new("بوصفة طبية"),
        UiString::new("من الصيدلية دون وصفة"),
        UiString::new("للبيع العام"),
        UiString::new("كدواء خاضع للرقابة"),
    ],
    none_listed: UiString::new("لا يوجد شيء مدرج"),
    common_count: [
        UiString::new("لا أعراض جانبية شائعة"),
        UiString::new("عرض جانبي شائع واحد"),
        UiString::new("عرضان جانبيان شائعان"),
        UiString::new("{n} أعراض جانبية شائعة"),
        UiString::new("{n} عرضًا جانبيًا شائعًا"),
        UiString::new("{n} عرض جانبي شائع"),
    ],
    serious_count: [
        UiString::new("لا أعراض جانبية خطيرة"),
        UiString::new("عرض جانبي خطير واحد"),
        UiString::new("عرضان جانبيان خطيران"),
        UiString::new("{n} أعراض جانبية خطيرة"),
        UiString::new("{n} عرضًا جانبيًا خطيرًا"),
        UiString::new("{n} عرض جانبي خطير"),
    ],
    list_separator: UiString::new("، "),
    months: [
        UiString::new("يناير"),
        UiString::new("فبراير"),
        UiString::new("مارس"),
        UiString::new("أبريل"),
        UiString::new("مايو"),
        UiString::new("يونيو"),
        UiString::new("يوليو"),
        UiString::new("أغسطس"),
        UiString::new("سبتمبر"),
        UiString::new("أكتوبر"),
        UiString::new("نوفمبر"),
        UiString::new("ديسمبر"),
    ],
    date_pattern: UiString::new("{day} {month} {year}"),
    problem: arabic_problem,
    load_failure: arabic_load_failure,
    message_templates: None,
    error_syntax: UiString::new("بيانات البطاقة ليست بصيغة JSON صحيحة"),
    error_position: UiString::new("{problem} (السطر {line}، العمود {column})"),
    error_too_large: UiString::new(
        "حجم بيانات البطاقة {bytes} بايت، وهذا أكبر من الحد الأقصى البالغ {limit} \
        بايت",
    ),
    error_unreadable: UiString::new("تعذّرت قراءة كائن بيانات البطاقة"),
    error_load: UiString::new("تعذّر تحميل بيانات البطاقة: {reason}"),
};

/// Text from the data or a URL inside Arabic: a first-strong isolate (U+2068 … U+2069), so a
/// left-to-right value keeps its order and does not pull the Arabic punctuation around it.
fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// Arabic words for a JSON type, in the nominative.
fn arabic_type(ty: JsonType) -> &'static str {
    match ty {
        JsonType::Text => "نص",
        JsonType::Number => "رقم",
        JsonType::Bool => "قيمة منطقية (true/false)",
        JsonType::Null => "قيمة فارغة (null)",
        JsonType::List => "قائمة",
        JsonType::Object => "كائن",
    }
}

/// Arabic, for a value after its path. Counts are written as "its number of characters is 80"
/// rather than "80 characters", so the noun does not change with the number.
fn arabic_problem(problem: &Problem) -> String {
    match problem {
        Problem::Missing => "حقل مطلوب لكنه غير موجود".into(),
        Problem::WrongType { expected, found } => format!(
            "يُتوقَّع هنا {}{}، لكن القيمة {}",
            arabic_type(*expected),
            expected.brackets(),
            arabic_type(*found)
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
        Problem::ReviewKindMissing => format!(
            "نوع المراجعة غير مذكور؛ اكتب {} إذا راجع المحتوى مختص صحي، أو {} إذا رُوجع مقابل \
             مصادره (وعندها تذكر البطاقة أنها ليست مراجعة سريرية)",
            isolate("clinical"),
            isolate("editorial")
        ),
        Problem::NotHttps { found } => format!(
            "«{}» رابط http: غير مشفّر؛ استخدم عنوانه الذي يبدأ بـ https:",
            isolate(found)
        ),
        Problem::NoSeriousSideEffects => "تذكر البطاقة استخدامات الدواء، لكنها لا تذكر أي آثار \
            جانبية خطيرة؛ أضف ما تذكره النشرة الرسمية منها"
            .into(),
        Problem::NoGetHelp => "تذكر البطاقة استخدامات الدواء، لكنها لا تذكر متى يجب طلب \
            المساعدة؛ اذكر العلامات التي تستدعي الطبيب فورًا أو خدمات الطوارئ"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::TooManyKeyFacts { count, advised } => format!(
            "عدد النقاط الرئيسية {count}، وهذا أكثر من المنصوح به وهو {advised}؛ أبقِ أهمها فقط \
             ليقرأها كلها من لا يقرأ إلا أعلى البطاقة"
        ),
        #[cfg(feature = "authoring")]
        Problem::KeyFactTooLong { words, advised } => format!(
            "عدد كلماته {words}، وهذا أكثر من المنصوح به وهو {advised}؛ اكتب كل نقطة رئيسية \
             بإيجاز، بفكرة واحدة"
        ),
        #[cfg(feature = "authoring")]
        Problem::NoKeyFacts => "تذكر البطاقة استخدامات الدواء، لكنها لا تذكر أي نقاط رئيسية؛ \
            اكتب من 1 إلى 6 عبارات قصيرة لمن لا يقرأ إلا أعلى البطاقة"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::ApprovalWithoutRegions => format!(
            "يذكر أن الاستعمال معتمد دون أن يذكر أين؛ أضف {} مثل {} للجهات التي تقصد البطاقة \
             اعتمادها",
            isolate("regions"),
            isolate("[\"US\", \"EU\"]")
        ),
        #[cfg(feature = "authoring")]
        Problem::SourceWithoutLocator => format!(
            "ليس فيه {} ولا {}، فلا يستطيع القرّاء العثور عليه؛ أضف العنوان الذي يمكن قراءته فيه \
             (أو الذي قرأته فيه)",
            isolate("url"),
            isolate("via")
        ),
        Problem::BadRegion { found } => format!(
            "«{}» ليس رمز منطقة؛ اكتب رمز بلد من معيار ISO 3166-1 بحرفين كبيرين مثل {} أو {}، \
             أو {}",
            isolate(found),
            isolate("US"),
            isolate("GB"),
            isolate("EU")
        ),
        Problem::ShorterThanOriginal { found, original } => format!(
            "عدد عناصرها {found}، وهو أقل من عدد عناصر البطاقة الأصلية البالغ {original}؛ ترجم كل \
             عناصر السلامة، أو اذكر في {} ما حُذف",
            isolate("translationOf.omitted")
        ),
        Problem::LeftOutOfTranslation => format!(
            "في البطاقة الأصلية نص سلامة هنا، لكن الترجمة تحذفه؛ ترجمه، أو اذكر في {} ما حُذف",
            isolate("translationOf.omitted")
        ),
        Problem::OriginalNotCompared { url } => format!(
            "لم تُقارن البطاقة بالبطاقة الأصلية {} (فهي عنوان ويب لا ينزّله هذا الفحص، أو لا توجد فيه بطاقة صالحة)؛ استخدم {} مع نسخة منها",
            isolate(url),
            isolate("medcard validate --original FILE")
        ),
        Problem::ReadingLevel { score, words } => arabic_score(*score, *words),
        Problem::HardToRead { score, words } => format!(
            "{}: أصعب من مستوى الصف التاسع؛ استخدم جملًا أقصر وكلمات مألوفة (الهدف من الصف السادس \
             إلى الثامن)",
            arabic_score(*score, *words)
        ),
        Problem::NoReadabilityFormula { language } => format!(
            "لا توجد هنا معادلة مقروئية معتمدة للغة {} (تُقاس الإنجليزية والإسبانية فقط)؛ لذلك لا \
             يُقاس النص",
            isolate(language)
        ),
        Problem::BadCode { system, found } => {
            // Static texts: the left-to-right parts are isolated with U+2068 … U+2069 inline.
            let rule = match system {
                CodeSystem::RxNorm => "رمز \u{2068}RxNorm (RXCUI)\u{2069} أرقام فقط، مثل \u{2068}15996\u{2069}",
                CodeSystem::SnomedCt => "معرّف مفهوم \u{2068}SNOMED CT\u{2069} من 6 إلى 18 رقمًا آخرها رقم تحقق، مثل \u{2068}22298006\u{2069}",
                CodeSystem::Atc => "رمز \u{2068}ATC\u{2069} يكون بالشكل \u{2068}N, N06, N06A, N06AX, N06AX11\u{2069} بأحرف كبيرة",
                CodeSystem::Ndc => "رمز \u{2068}NDC\u{2069} من 10 أرقام بشرطات (\u{2068}4-4-2, 5-3-2, 5-4-1\u{2069}) أو من 11 رقمًا (\u{2068}5-4-2\u{2069})",
                CodeSystem::Dmd => "معرّف \u{2068}dm+d\u{2069} من 6 إلى 18 رقمًا آخرها رقم تحقق، مثل معرّفات \u{2068}SNOMED CT\u{2069}",
            };
            format!(
                "«{}» ليس رمز {} صحيحًا: {rule}",
                isolate(found),
                isolate(system.name())
            )
        }
        Problem::BadCodeSystem { found } => format!(
            "«{}» ليس معرّف URI لنظام رموز؛ اكتب معرّف URI كاملًا مثل {}",
            isolate(found),
            isolate("http://snomed.info/sct")
        ),
    }
}

/// A readability score in Arabic; the formula's name stays in Latin letters, isolated.
fn arabic_score(score: Score, words: usize) -> String {
    match score {
        Score::FleschKincaid { grade_tenths } => format!(
            "مستوى القراءة {} ({}، عدد الكلمات {words})",
            isolate(&tenths(grade_tenths, '.')),
            isolate("Flesch–Kincaid")
        ),
        Score::FernandezHuerta { ease_tenths } => format!(
            "سهولة القراءة {} ({}، عدد الكلمات {words})",
            isolate(&tenths(ease_tenths, '.')),
            isolate("Fernández-Huerta")
        ),
    }
}

/// Arabic, for why the data could not be fetched.
fn arabic_load_failure(failure: &LoadFailure) -> String {
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
            let duration = match plural::arabic(seconds as usize) {
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
        LoadFailure::Integrity { url } => format!(
            "لا يطابق {} قيمة التجزئة الخاصة بسلامته (integrity): تغيّرت بيانات البطاقة منذ حساب القيمة، لذلك لا يُعرض أي جزء منها",
            isolate(url)
        ),
    }
}
