//! The root component: owns the reducer and every effect (loading, debounced saving,
//! flushing when the page is hidden, other tabs' changes). Children get data and
//! callbacks only.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::diagnose::DiagnoseStep;
use crate::components::draft_bar::DraftBar;
use crate::components::follow_up::FollowUp;
use crate::components::import_preview::ImportPreview;
use crate::components::interview_form::InterviewForm;
use crate::components::keep_looking::KeepLooking;
use crate::components::notices::Notices;
use crate::components::progress::Progress;
use crate::components::send::SendStep;
use crate::components::write::WriteStep;
use crate::domain::diagnosis::Diagnosis;
use crate::domain::followup::lessons;
use crate::letter_view::LetterView;
use crate::state::{Action, AppState, DraftEdit, Notice, SaveStatus, Step};
use crate::storage::{Change, Store};

/// The steps offered, in journey order.
pub const STEPS: [Step; 4] = Step::ALL;

/// How long typing must pause before a save; a hidden page saves at once.
const SAVE_DEBOUNCE_MS: u32 = 400;

/// Colour theme chosen by the host page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Parses the `data-theme` option; anything unknown means auto.
    pub fn from_key(key: &str) -> Self {
        match key.trim() {
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => Self::Auto,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Self::Auto => "sc-theme-auto",
            Self::Light => "sc-theme-light",
            Self::Dark => "sc-theme-dark",
        }
    }
}

/// Options read from the host element's `data-` attributes.
#[derive(Clone, Debug, PartialEq, Eq, Properties)]
pub struct AppProps {
    /// Storage namespace (`data-namespace`).
    pub namespace: String,
    /// Colour theme (`data-theme`).
    pub theme: Theme,
    /// Step shown first (`data-first-step`).
    pub first_step: Step,
    /// Tighter layout for narrow columns of a host page (`data-compact`).
    pub compact: bool,
    /// The widget is the whole page (its title is then the page's `h1`); false when
    /// embedded in a host page, which has its own.
    pub standalone: bool,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(action))
    }
}

/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh random id (base 36, ~10 characters), for drafts, openings, copies and tabs.
pub fn new_id() -> String {
    let n = (js_sys::Math::random() * 36f64.powi(10)) as u64;
    crate::state::base36(n.max(1))
}

/// The first wait before retrying a save the browser refused for lack of space, and the
/// longest: each failed retry doubles the wait up to the cap.
const QUOTA_RETRY_MS: (u32, u32) = (1_000, 30_000);

/// While storage is full, retries the save without waiting for a keystroke: when
/// another tab writes or removes something (it may have freed space), when the page
/// gets focus back (the user may have cleared space elsewhere), and on a back-off timer.
/// The status clears itself through the `Saved` action once a retry succeeds.
#[hook]
fn use_quota_retry(
    full: bool,
    store: Rc<Store>,
    latest: Rc<RefCell<Option<UseReducerHandle<AppState>>>>,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    use_effect_with(full, move |full| {
        let mut listeners = Vec::new();
        let timer: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
        if *full {
            let retry = Rc::new(move || {
                let Some(snapshot) = latest.borrow().clone() else {
                    return;
                };
                for action in crate::storage::persist(&*store, &snapshot) {
                    dispatcher.dispatch(action);
                }
            });
            if let Some(window) = web_sys::window() {
                for event in ["storage", "focus"] {
                    let retry = retry.clone();
                    listeners.push(EventListener::new(&window, event, move |_| retry()));
                }
            }
            schedule_retry(timer.clone(), retry, QUOTA_RETRY_MS.0);
        }
        move || {
            drop(listeners);
            timer.borrow_mut().take();
        }
    });
}

/// Runs `retry` after `wait_ms`, then again after twice as long, up to the cap, for as
/// long as `slot` holds the timer (the effect's clean-up empties it).
fn schedule_retry(slot: Rc<RefCell<Option<Timeout>>>, retry: Rc<dyn Fn()>, wait_ms: u32) {
    let next = slot.clone();
    let timeout = Timeout::new(wait_ms, move || {
        retry();
        if next.borrow().is_some() {
            let wait = (wait_ms * 2).min(QUOTA_RETRY_MS.1);
            schedule_retry(next.clone(), retry, wait);
        }
    });
    *slot.borrow_mut() = Some(timeout);
}

/// The widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_memo(props.namespace.clone(), |ns| Store::new(ns));
    let state = {
        let store = store.clone();
        let first_step = props.first_step;
        use_reducer(move || {
            let loaded = store.load();
            let (openings, openings_damage) = store.load_openings();
            let mut state = AppState::from_loaded(loaded.drafts, new_id(), now_ms(), new_id());
            state.openings = openings;
            state.step = first_step;
            if !loaded.available {
                state.save = SaveStatus::Unavailable;
            }
            for r in loaded.recovered.into_iter().chain(openings_damage) {
                state.notices.push(Notice::Recovered {
                    recovery_key: r.key,
                    reason: r.reason,
                    moved: r.moved,
                });
            }
            state
        })
    };

    // The latest state, for the page-hide flush and the storage listener, which outlive
    // a single render.
    // Holding the handle (an `Rc` of this render's state) is cheap: no copy of the drafts.
    let latest: Rc<RefCell<Option<UseReducerHandle<AppState>>>> = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(state.clone());

    // Debounced save: every change restarts the timer.
    {
        let store = store.clone();
        let dispatcher = state.dispatcher();
        let pending: (Vec<(String, u64)>, u64) = (
            state
                .unsaved()
                .iter()
                .map(|d| (d.id.clone(), d.revision))
                .collect(),
            state.openings_revision,
        );
        let openings_dirty = state.openings_unsaved();
        let latest = latest.clone();
        use_effect_with(pending, move |pending| {
            let timer = (!pending.0.is_empty() || openings_dirty).then(|| {
                Timeout::new(SAVE_DEBOUNCE_MS, move || {
                    let snapshot = latest.borrow().clone();
                    for action in snapshot
                        .iter()
                        .flat_map(|s| crate::storage::persist(&*store, s))
                    {
                        dispatcher.dispatch(action);
                    }
                })
            });
            move || drop(timer)
        });
    }

    // Flush when the page is hidden or closed, so a closed tab loses nothing.
    {
        let store = store.clone();
        let dispatcher = state.dispatcher();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let flush = Rc::new(move || {
                let Some(snapshot) = latest.borrow().clone() else {
                    return;
                };
                if !snapshot.unsaved().is_empty() || snapshot.openings_unsaved() {
                    for action in crate::storage::persist(&*store, &snapshot) {
                        dispatcher.dispatch(action);
                    }
                }
            });
            let listeners: Vec<EventListener> = window
                .iter()
                .flat_map(|w| {
                    let document = w.document();
                    let on_hide = flush.clone();
                    let on_visibility = flush.clone();
                    let mut ls = vec![EventListener::new(w, "pagehide", move |_| on_hide())];
                    if let Some(doc) = document {
                        ls.push(EventListener::new(&doc, "visibilitychange", move |_| {
                            on_visibility()
                        }));
                    }
                    ls
                })
                .collect();
            move || drop(listeners)
        });
    }

    use_quota_retry(
        state.save == SaveStatus::QuotaFull,
        store.clone(),
        latest.clone(),
        state.dispatcher(),
    );

    // Ask the browser to keep the drafts under storage pressure, and remember its answer.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                dispatcher.dispatch(Action::Persistence(
                    crate::storage::request_persistence().await,
                ));
            });
        });
    }

    // Other tabs: the storage event tells us what they wrote.
    {
        let store = store.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    match store.interpret_change(event.key(), event.new_value()) {
                        Some(Change::Draft(draft)) => dispatcher.dispatch(Action::External(draft)),
                        Some(Change::Deleted(id)) => {
                            dispatcher.dispatch(Action::ExternalDelete(id))
                        }
                        Some(Change::Openings(list)) => {
                            dispatcher.dispatch(Action::ExternalOpenings(list))
                        }
                        None => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |edit: DraftEdit| dispatcher.dispatch(Action::Edit(edit, now_ms())))
    };
    let on_action = {
        let dispatcher = state.dispatcher();
        let store = store.clone();
        Callback::from(move |action: Action| {
            // Deletion is the one write that is not a save: do it at once, so a reload
            // right after does not bring the draft back.
            if let Action::Delete { id, .. } = &action {
                let _ = store.remove(id);
            }
            dispatcher.dispatch(action)
        })
    };
    let go_to = {
        let dispatcher = state.dispatcher();
        Callback::from(move |step: Step| dispatcher.dispatch(Action::GoTo(step)))
    };

    let on_export = {
        let state = state.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |_| {
            let file = format!("second-chance-backup-{}.json", today_iso());
            let text = crate::storage::encode_backup(&state.drafts, &state.openings, now_ms());
            if !crate::browser::download_text(&file, "application/json", &text) {
                dispatcher.dispatch(Action::Notify(Notice::Info(
                    "The browser blocked the download. Try again, or allow downloads for this page.".into(),
                )));
            }
        })
    };
    let on_import = {
        let dispatcher = state.dispatcher();
        Callback::from(move |file: web_sys::File| {
            let dispatcher = dispatcher.clone();
            // Refuse absurd files before reading them into memory.
            if file.size() > crate::storage::BACKUP_LIMIT_BYTES as f64 {
                dispatcher.dispatch(Action::Notify(Notice::Info(
                    "That file is too big to be a Second Chance backup (the limit is 5 MB). Nothing was changed.".into(),
                )));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let text = crate::browser::read_file(&file).await.unwrap_or_default();
                dispatcher.dispatch(match crate::storage::decode_backup(&text) {
                    Ok(backup) => Action::StageImport(backup.drafts, backup.openings),
                    Err(reason) => Action::Notify(Notice::Info(format!(
                        "That file could not be imported: {reason}. Nothing was changed."
                    ))),
                });
            });
        })
    };
    let on_confirm_import = {
        let dispatcher = state.dispatcher();
        let staged = state.staged_import.as_ref().map_or(0, Vec::len) + state.staged_openings.len();
        Callback::from(move |_| {
            let fresh_ids = (0..staged).map(|_| new_id()).collect();
            dispatcher.dispatch(Action::ConfirmImport { fresh_ids })
        })
    };
    let on_cancel_import = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::CancelImport))
    };
    let on_download_recovered = {
        let store = store.clone();
        // Damaged values too big to move aside are still under their own keys.
        let left_in_place: Vec<String> = state
            .notices
            .iter()
            .filter_map(|n| match n {
                Notice::Recovered {
                    recovery_key,
                    moved: false,
                    ..
                } => Some(recovery_key.clone()),
                _ => None,
            })
            .collect();
        Callback::from(move |_| {
            let text = crate::storage::encode_recovered(&store.recovery_entries(&left_in_place));
            crate::browser::download_text(
                "second-chance-recovered.json",
                "application/json",
                &text,
            );
        })
    };

    // When the user moves to another step, put keyboard and screen-reader focus on its
    // heading, so they start reading at the top of the new step. Not on the first render:
    // an embedded widget must never steal focus from its host page.
    let step_ref = use_node_ref();
    {
        let step_ref = step_ref.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.step, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let heading = step_ref
                .cast::<web_sys::Element>()
                .and_then(|el| el.query_selector("h2").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }

    let draft = state.draft_rc().clone();
    let step_view = match state.step {
        Step::Interview => html! {
            <InterviewForm facts={draft.facts.clone()} on_edit={on_edit.clone()}
                on_next={go_to.reform(|_| Step::Diagnose)} />
        },
        Step::Diagnose => html! {
            <DiagnoseStep facts={draft.facts.clone()} assessment={draft.assessment.clone()}
                on_edit={on_edit.clone()} on_back={go_to.reform(|_| Step::Interview)}
                on_next={go_to.reform(|_| Step::Write)} />
        },
        Step::Write => html! {
            <WriteStep draft={draft.clone()} today={today_iso()} on_edit={on_edit.clone()}
                on_back={go_to.reform(|_| Step::Diagnose)} on_next={go_to.reform(|_| Step::Send)} />
        },
        Step::Send => {
            let diagnosis = Diagnosis::from_assessment(&draft.assessment);
            let view = LetterView::of(&draft, &diagnosis, &today_iso());
            let on_download = Callback::from(|(name, text): (String, String)| {
                crate::browser::download_text(&name, "text/calendar;charset=utf-8", &text);
            });
            html! {
                <SendStep draft={draft.clone()} text={view.text.clone()} subject={view.subject.clone()}
                    mailto={view.mailto(&draft)} on_back={go_to.reform(|_| Step::Write)} embedded={!props.standalone}>
                    <FollowUp draft_id={draft.id.clone()} facts={draft.facts.clone()} sent={draft.sent.clone()}
                        channel={draft.letter.channel} today={today_iso()} on_edit={on_edit.clone()} {on_download} />
                    <KeepLooking openings={state.openings.clone()} lessons={lessons(&diagnosis)} on_action={on_action.clone()} />
                </SendStep>
            }
        }
    };

    html! {
        <div class={classes!("sc-app", props.theme.class(), props.compact.then_some("sc-compact"))}>
            <header class="sc-header">
                if props.standalone {
                    <h1 class="sc-brand">{ "Second Chance" }</h1>
                } else {
                    <p class="sc-brand">{ "Second Chance" }</p>
                }
                <p class="sc-tagline">{ "After a tough interview: see what went wrong, ask for another chance, keep looking." }</p>
            </header>
            <DraftBar drafts={state.drafts.clone()} current={state.current.clone()}
                save={state.save.clone()} persisted={state.persisted} can_undo={state.deleted.as_ref().map(|d| d.draft.title())}
                on_action={on_action.clone()} on_edit={on_edit.clone()} {on_export} {on_import} />
            if let Some(report) = state.import_preview() {
                <ImportPreview summary={report.preview()} on_confirm={on_confirm_import} on_cancel={on_cancel_import} />
            }
            <Notices notices={state.notices.clone()} on_dismiss={on_action.reform(Action::DismissNotice)}
                {on_download_recovered} />
            <Progress steps={STEPS.to_vec()} current={state.step} on_select={go_to.clone()} />
            <div class="sc-step" id={format!("sc-step-{}", state.step.key())} ref={step_ref}>
                { step_view }
            </div>
            <footer class="sc-footer">
                <p>{ "Everything you type stays in this browser. Nothing is sent anywhere." }</p>
            </footer>
        </div>
    }
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today_iso() -> String {
    crate::browser::local_day(&js_sys::Date::new_0()).iso()
}
