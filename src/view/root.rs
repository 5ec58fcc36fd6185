//! The top component: picks loading, error or card, and always renders the disclaimer.

use crate::error::Error;
use crate::model::{Card, Date};
use crate::text::{customised, primary_subtag, ui_text, Words};
use crate::view::card::{card, static_parts};
use crate::view::disclaimer::disclaimer;
use crate::view::error_panel::error_panel;
use crate::view::loading::loading;
use crate::view::side_effects::SECTION_NAME;
use crate::view::{CardContext, FetchedWords, HeadingLevel, Layout, OpenSections, StaticDom};
use std::rc::Rc;
use yew::prelude::*;

/// What the widget currently has to show.
#[derive(Debug, Clone, Default)]
pub enum CardState {
    /// Data is on its way.
    #[default]
    Loading,
    /// A checked card.
    Ready(Rc<Card>),
    /// Why there is no card.
    Failed(Rc<Error>),
}

impl PartialEq for CardState {
    /// Identity, not deep equality: a new state is a new `Rc`, and comparing pointers keeps
    /// re-renders cheap.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (CardState::Loading, CardState::Loading) => true,
            (CardState::Ready(a), CardState::Ready(b)) => Rc::ptr_eq(a, b),
            (CardState::Failed(a), CardState::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Properties of [`Root`].
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// What to show.
    pub state: CardState,
    /// The title's heading level.
    #[prop_or_default]
    pub heading_level: HeadingLevel,
    /// Whether the side effects start expanded; a change opens or closes them.
    #[prop_or_default]
    pub expanded: bool,
    /// Which sections show open before the reader opens anything (`layout`).
    #[prop_or_default]
    pub layout: Layout,
    /// The sections open now, shared with the edge that hears them open and close (a browser's
    /// `toggle` events). A new card starts with every section closed but the side effects when
    /// `expanded`.
    #[prop_or_default]
    pub open: OpenSections,
    /// UI language chosen by the host (`lang` attribute); wins over the data's `language`.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The page's language, used when neither the host nor the data names one.
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// The host's replacements for UI strings: a JSON object from [`UiText::entries`](crate::text::UiText::entries) keys to
    /// text (the `strings` attribute).
    #[prop_or_default]
    pub strings: Option<AttrValue>,
    /// Today's date, to show an overdue review.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Prefix for element ids; must be unique per card within one document or shadow root.
    #[prop_or(AttrValue::Static("medcard"))]
    pub id_prefix: AttrValue,
    /// In a browser, builds the card's static parts as DOM in one call (the element passes its
    /// own; see [`CardContext::static_dom`]). `None`: everything through Yew.
    #[prop_or_default]
    pub static_dom: Option<StaticDom>,
    /// Where the words of a language without a table come from (the element's: fetched
    /// files). `None`: English for every language not compiled in.
    #[prop_or_default]
    pub words: Option<FetchedWords>,
    /// Bumped by the edge when a language's words arrived (or failed), so a card waiting for
    /// them renders again.
    #[prop_or_default]
    pub words_arrived: u32,
    /// Called after a card rendered, with the medicine's name.
    #[prop_or_default]
    pub on_ready: Callback<AttrValue>,
    /// Called after an error panel rendered.
    #[prop_or_default]
    pub on_error: Callback<Rc<Error>>,
    /// Called with ("sideEffects", open) when a change of `expanded` opened or closed the side
    /// effects. The reader's own opens and closes are heard by the edge (the browser's `toggle`
    /// events), which reports them to the same place.
    #[prop_or_default]
    pub on_toggle: Callback<(&'static str, bool)>,
}

impl RootProps {
    /// Props for `state` with every other setting at its default (the `#[prop_or…]` above).
    pub fn new(state: CardState) -> RootProps {
        yew::props!(RootProps { state })
    }
}

/// The whole widget.
#[function_component]
pub fn Root(props: &RootProps) -> Html {
    let data_lang = match &props.state {
        CardState::Ready(card) => card.language.clone().map(AttrValue::from),
        _ => None,
    };
    let lang = props
        .lang
        .clone()
        .filter(|l| !l.trim().is_empty())
        .or(data_lang)
        .or_else(|| props.page_lang.clone())
        .filter(|l| !l.trim().is_empty());
    // A language without a table yet: the edge may add it now, or have the card wait for it
    // (it shows loading meanwhile, and reports nothing until it has its words).
    let primary = primary_subtag(lang.as_deref());
    let waiting = match props.words {
        Some(FetchedWords(fetch))
            if !primary.is_empty() && ui_text(lang.as_deref()).lang != primary =>
        {
            fetch(&primary)
        }
        _ => false,
    };
    {
        let on_ready = props.on_ready.clone();
        let on_error = props.on_error.clone();
        use_effect_with(
            (props.state.clone(), waiting),
            move |(state, waiting)| match state {
                _ if *waiting => {}
                CardState::Ready(card) => {
                    on_ready.emit(AttrValue::from(card.medication.name.clone()))
                }
                CardState::Failed(error) => on_error.emit(error.clone()),
                CardState::Loading => {}
            },
        );
    }
    let text = match &props.strings {
        Some(overrides) => customised(ui_text(lang.as_deref()), overrides),
        None => Words::from(ui_text(lang.as_deref())),
    };
    // A new card starts closed (but for `expanded`); a change of `expanded` opens or closes the
    // side effects. Before the static parts are built, which read what is open.
    let shown = use_mut_ref(|| (None::<Rc<Card>>, false));
    // Set when `expanded` changed the side effects; reported once the render is done.
    let expanded_report = use_mut_ref(|| None::<bool>);
    if let CardState::Ready(checked) = &props.state {
        let mut shown = shown.borrow_mut();
        if !shown
            .0
            .as_ref()
            .is_some_and(|card| Rc::ptr_eq(card, checked))
        {
            props.open.start_card(props.expanded);
            *shown = (Some(checked.clone()), props.expanded);
        } else if shown.1 != props.expanded {
            let has_side_effects = checked.side_effects.is_some();
            if props.open.set(SECTION_NAME, props.expanded).is_some() && has_side_effects {
                *expanded_report.borrow_mut() = Some(props.expanded);
            }
            shown.1 = props.expanded;
        }
    }
    {
        let report = expanded_report.clone();
        let on_toggle = props.on_toggle.clone();
        use_effect(move || {
            if let Some(open) = report.borrow_mut().take() {
                on_toggle.emit((SECTION_NAME, open));
            }
        });
    }
    let context = CardContext {
        text: text.clone(),
        heading_level: props.heading_level,
        id_prefix: props.id_prefix.clone(),
        today: props.today,
        layout: props.layout,
        open: props.open.clone(),
        static_dom: props.static_dom,
    };
    // Built once per card and context, not on every render (a new `expanded`, say): the same
    // static nodes stay in place, and so does the reader's focus inside them.
    let parts = use_memo(
        (props.state.clone(), context.clone(), waiting),
        |(state, context, waiting)| match state {
            CardState::Ready(checked) if !waiting => Some(static_parts(checked, context)),
            _ => None,
        },
    );

    let body = match &props.state {
        _ if waiting => loading(&context),
        CardState::Loading => loading(&context),
        CardState::Failed(error) => error_panel(error, &context),
        CardState::Ready(_) => match parts.as_ref() {
            Some(parts) => card(&context, parts),
            None => Html::default(),
        },
    };
    // The card renders the disclaimer in its own footer; every other state gets it here.
    let ready = matches!(props.state, CardState::Ready(_)) && !waiting;
    let busy = (waiting || matches!(props.state, CardState::Loading)).then_some("true");
    let class = match props.layout {
        Layout::Full => "medcard",
        Layout::Compact => "medcard medcard--compact",
    };
    html! {
        <div class={class} lang={lang.filter(|_| !waiting).unwrap_or(AttrValue::Static(text.lang))} dir={text.dir} aria-busy={busy}>
            { body }
            if !ready {
                { disclaimer(None, &context) }
            }
        </div>
    }
}
