//! Spanish.

use super::{plural, UiString, UiText};
use crate::codes::CodeSystem;
use crate::error::{tenths, JsonType, LoadFailure, Problem, Score, StatusMeaning};

/// Spanish (neutral, formal "usted").
pub static ES: UiText = UiText {
    lang: "es",
    dir: "ltr",
    plural: plural::english,
    disclaimer: UiString::new(
        "Esta ficha ofrece información general, no consejo médico. No sustituye las \
        indicaciones de su médico, farmacéutico o enfermero. Siga siempre las instrucciones de la \
        receta y del prospecto, y no empiece, deje ni cambie un medicamento sin consultarlo con un \
        profesional sanitario. Si cree que está sufriendo una reacción grave, o alguien ha tomado \
        demasiado, llame de inmediato a los servicios de emergencia o a un centro de toxicología.",
    ),
    disclaimer_label: UiString::new("No es consejo médico."),
    loading: UiString::new("Cargando la información del medicamento…"),
    error_title: UiString::new("No se puede mostrar la información de este medicamento"),
    error_intro: UiString::new(
        "Los datos de la ficha tienen un problema, por lo que no se muestra nada de ella:",
    ),
    key_facts: UiString::new("Datos clave"),
    on_this_card: UiString::new("En esta ficha"),
    uses: UiString::new("Para qué se usa"),
    warnings: UiString::new("Advertencias importantes"),
    how_it_works: UiString::new("Cómo actúa"),
    benefits: UiString::new("Beneficios"),
    dosage: UiString::new("Cómo tomarlo"),
    side_effects: UiString::new("Efectos secundarios"),
    common_effects: UiString::new("Efectos secundarios frecuentes"),
    serious_effects: UiString::new("Efectos secundarios graves"),
    precautions: UiString::new("Precauciones"),
    related: UiString::new("Véase también"),
    sources: UiString::new("Fuentes"),
    brand_names: UiString::new("Nombres comerciales"),
    generic_name: UiString::new("Nombre genérico"),
    drug_class: UiString::new("Tipo de medicamento"),
    forms: UiString::new("Presentaciones"),
    availability: UiString::new("Disponible"),
    dose_labels: [
        UiString::new("Dosis inicial"),
        UiString::new("Dosis habitual"),
        UiString::new("Dosis máxima"),
        UiString::new("Con qué frecuencia"),
        UiString::new("Cuándo"),
        UiString::new("Notas"),
    ],
    instructions: UiString::new("Instrucciones"),
    missed_dose: UiString::new("Si olvida una dosis"),
    overdose: UiString::new("Si toma más de lo debido"),
    stopping: UiString::new("Cómo dejarlo"),
    how_common: UiString::new("Frecuencia"),
    what_to_do: UiString::new("Qué hacer"),
    new_tab: UiString::new("(se abre en una pestaña nueva)"),
    reviewed: UiString::new("Revisado por última vez el"),
    reviewed_clinical: UiString::new("Revisión clínica realizada el"),
    reviewed_editorial: UiString::new("Contenido cotejado con sus fuentes el"),
    not_clinical_review: UiString::new("No es una revisión clínica."),
    reviewed_by: UiString::new("por"),
    next_review: UiString::new("Próxima revisión prevista el"),
    review_overdue: UiString::new("Revisión atrasada"),
    accessed: UiString::new("consultado el"),
    read_at: UiString::new("leído en"),
    status_in: UiString::new("{status} en {regions}"),
    region_names: [
        UiString::new("EE. UU."),
        UiString::new("el Reino Unido"),
        UiString::new("la UE"),
    ],
    list_and: UiString::new(" y "),
    frequency_band: [
        UiString::new("Muy frecuente: puede afectar a más de 1 de cada 10 personas"),
        UiString::new("Frecuente: puede afectar hasta 1 de cada 10 personas"),
        UiString::new("Poco frecuente: puede afectar hasta 1 de cada 100 personas"),
        UiString::new("Raro: puede afectar hasta 1 de cada 1.000 personas"),
        UiString::new("Muy raro: puede afectar hasta 1 de cada 10.000 personas"),
        UiString::new(
            "Frecuencia no conocida: no puede estimarse a partir de los datos disponibles",
        ),
    ],
    use_status: [
        UiString::new("Aprobado"),
        UiString::new("Fuera de indicación"),
        UiString::new("En investigación"),
        UiString::new("No recomendado"),
    ],
    warning_level: [
        UiString::new("Advertencia en recuadro"),
        UiString::new("Importante"),
    ],
    callout_level: [UiString::new("Urgente"), UiString::new("Emergencia")],
    precaution_kind: [
        UiString::new("No lo tome si"),
        UiString::new("Otros medicamentos"),
        UiString::new("Problemas de salud"),
        UiString::new("Embarazo"),
        UiString::new("Lactancia"),
        UiString::new("Conducción y uso de máquinas"),
        UiString::new("Consumo de alcohol"),
        UiString::new("Al dejar de tomarlo"),
        UiString::new("Otras precauciones"),
    ],
    availability_kind: [
        UiString::new("con receta"),
        UiString::new("en farmacias, sin receta"),
        UiString::new("de venta libre"),
        UiString::new("como medicamento controlado"),
    ],
    none_listed: UiString::new("no se indica ninguno"),
    common_count: [
        UiString::new("{n} efectos secundarios frecuentes"),
        UiString::new("{n} efecto secundario frecuente"),
        UiString::new("{n} efectos secundarios frecuentes"),
        UiString::new("{n} efectos secundarios frecuentes"),
        UiString::new("{n} efectos secundarios frecuentes"),
        UiString::new("{n} efectos secundarios frecuentes"),
    ],
    serious_count: [
        UiString::new("{n} efectos secundarios graves"),
        UiString::new("{n} efecto secundario grave"),
        UiString::new("{n} efectos secundarios graves"),
        UiString::new("{n} efectos secundarios graves"),
        UiString::new("{n} efectos secundarios graves"),
        UiString::new("{n} efectos secundarios graves"),
    ],
    list_separator: UiString::new(" y "),
    months: [
        UiString::new("enero"),
        UiString::new("febrero"),
        UiString::new("marzo"),
        UiString::new("abril"),
        UiString::new("mayo"),
        UiString::new("junio"),
        UiString::new("julio"),
        UiString::new("agosto"),
        UiString::new("septiembre"),
        UiString::new("octubre"),
        UiString::new("noviembre"),
        UiString::new("diciembre"),
    ],
    date_pattern: UiString::new("{day} de {month} de {year}"),
    problem: spanish_problem,
    load_failure: spanish_load_failure,
    message_templates: None,
    error_syntax: UiString::new("los datos de la ficha no son JSON válido"),
    error_position: UiString::new("{problem} (línea {line}, columna {column})"),
    error_too_large: UiString::new(
        "los datos de la ficha ocupan {bytes} bytes y superan el límite de {limit} \
        bytes",
    ),
    error_unreadable: UiString::new("no se pudo leer el objeto con los datos de la ficha"),
    error_load: UiString::new("no se pudieron cargar los datos de la ficha: {reason}"),
};

/// Spanish words for a JSON type.
fn spanish_type(ty: JsonType) -> &'static str {
    match ty {
        JsonType::Text => "texto",
        JsonType::Number => "un número",
        JsonType::Bool => "verdadero o falso (true/false)",
        JsonType::Null => "un valor nulo (null)",
        JsonType::List => "una lista",
        JsonType::Object => "un objeto",
    }
}

/// Spanish, for a value after its path ("`medication.name` es obligatorio, pero falta").
fn spanish_problem(problem: &Problem) -> String {
    match problem {
        Problem::Missing => "es obligatorio, pero falta".into(),
        Problem::WrongType { expected, found } => format!(
            "debería ser {}{}, pero es {}",
            spanish_type(*expected),
            expected.brackets(),
            spanish_type(*found)
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
        Problem::ReviewKindMissing => "no se indica; escriba «clinical» si un profesional \
            sanitario revisó el contenido, o «editorial» si se cotejó con sus fuentes (la ficha \
            dirá entonces que no es una revisión clínica)"
            .into(),
        Problem::NotHttps { found } => {
            format!("«{found}» es un enlace http: sin cifrar; use su dirección https:")
        }
        Problem::NoSeriousSideEffects => "la ficha indica usos, pero ningún efecto secundario \
            grave; añada los que recoge la ficha técnica"
            .into(),
        Problem::NoGetHelp => "la ficha indica usos, pero ningún aviso de cuándo pedir ayuda; \
            diga qué síntomas requieren ir al médico o llamar a emergencias"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::TooManyKeyFacts { count, advised } => format!(
            "tiene {count} datos clave; deje los {advised} o menos más importantes, para que quien \
             lea solo el principio los lea todos"
        ),
        #[cfg(feature = "authoring")]
        Problem::KeyFactTooLong { words, advised } => format!(
            "tiene {words} palabras; escriba cada dato clave con {advised} palabras o menos y una \
             sola idea"
        ),
        #[cfg(feature = "authoring")]
        Problem::NoKeyFacts => "la ficha indica usos, pero ningún dato clave; escriba de 1 a 6 \
            frases breves para quien lea solo el principio"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::ApprovalWithoutRegions => "dice «approved» pero no dónde; añada regions, como \
            [\"US\"] o [\"GB\", \"EU\"], con las autoridades cuya aprobación indica la ficha"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::SourceWithoutLocator => "no tiene url ni via, así que nadie puede encontrarla; \
            añada la dirección donde puede leerse (o donde usted la leyó)"
            .into(),
        Problem::BadRegion { found } => format!(
            "«{found}» no es un código de región; escriba un código de país ISO 3166-1 alfa-2 \
             en mayúsculas, como US o GB, o EU"
        ),
        Problem::ShorterThanOriginal { found, original } => format!(
            "tiene {found} elementos, menos que los {original} de la ficha original; traduzca \
             todos los elementos de seguridad o indique en translationOf.omitted qué se omite"
        ),
        Problem::LeftOutOfTranslation => "la ficha original tiene este texto de seguridad, \
            pero la traducción lo omite; tradúzcalo o indique en translationOf.omitted qué se \
            omite"
            .into(),
        Problem::OriginalNotCompared { url } => format!(
            "no se ha comparado con la ficha original {url} (es una dirección web, que esta \
             comprobación no descarga, o allí no hay una ficha válida); use «medcard validate \
             --original ARCHIVO» con una copia"
        ),
        Problem::ReadingLevel { score, words } => spanish_score(*score, *words),
        Problem::HardToRead { score, words } => format!(
            "{}: más difícil que el nivel de 9.º grado; use frases más cortas y palabras de uso \
             común (objetivo: de 6.º a 8.º grado)",
            spanish_score(*score, *words)
        ),
        Problem::NoReadabilityFormula { language } => format!(
            "no hay aquí una fórmula de legibilidad validada para «{language}» (solo se miden \
             el inglés y el español); el texto no se mide"
        ),
        Problem::BadCode { system, found } => {
            let rule = match system {
                CodeSystem::RxNorm => "un código RxNorm (RXCUI) solo tiene cifras, como 15996",
                CodeSystem::SnomedCt => "un identificador de concepto SNOMED CT tiene de 6 a 18 cifras y termina en una cifra de control, como 22298006",
                CodeSystem::Atc => "un código ATC tiene la forma N, N06, N06A, N06AX o N06AX11 (en mayúsculas)",
                CodeSystem::Ndc => "un NDC tiene 10 cifras con guiones (4-4-2, 5-3-2 o 5-4-1) u 11 cifras (5-4-2)",
                CodeSystem::Dmd => "un identificador dm+d tiene de 6 a 18 cifras y termina en una cifra de control, como los de SNOMED CT",
            };
            format!("«{found}» no es un código {} válido: {rule}", system.name())
        }
        Problem::BadCodeSystem { found } => format!(
            "«{found}» no es la URI de un sistema de códigos; escriba una URI absoluta, como \
             http://snomed.info/sct"
        ),
    }
}

/// A readability score in Spanish, with a decimal comma.
fn spanish_score(score: Score, words: usize) -> String {
    match score {
        Score::FleschKincaid { grade_tenths } => format!(
            "nivel de lectura {} (Flesch-Kincaid, grado escolar de EE. UU.; {words} palabras)",
            tenths(grade_tenths, ',')
        ),
        Score::FernandezHuerta { ease_tenths } => format!(
            "lecturabilidad {} (Fernández Huerta, {words} palabras; 60 o más es 8.º grado o \
             menos)",
            tenths(ease_tenths, ',')
        ),
    }
}

/// Spanish, for why the data could not be fetched.
fn spanish_load_failure(failure: &LoadFailure) -> String {
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
        LoadFailure::Integrity { url } => format!(
            "{url} no coincide con su hash de integridad: los datos de la ficha han cambiado \
             desde que se calculó el hash, así que no se muestra ninguna parte"
        ),
    }
}
