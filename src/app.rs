//! The root component, as a table of contents: the state (`hooks::use_app_state`), each
//! effect as a named hook (`hooks/`), the user's intents as narrow callbacks
//! (`intents`), and the view of the step on screen. Children get data and callbacks
//! only; none of them imports this module.

use yew::prelude::*;

use crate::browser::today_iso;
use crate::components::diagnose::{diagnose_step, DiagnoseStep};
use crate::components::draft_bar::DraftBar;
use crate::components::follow_up::FollowUp;
use crate::components::import_preview::{import_preview, use_import_focus};
use crate::components::interview_form::interview_form;
use crate::components::keep_looking::keep_looking;
use crate::components::notices::notices;
use crate::components::progress::progress;
use crate::components::send::SendStep;
use crate::components::write::WriteStep;
use crate::domain::diagnosis::Diagnosis;
use crate::domain::followup::{lessons, CivilDate};
use crate::hooks::{
    use_app_state, use_autosave, use_flush_on_hide, use_latest, use_other_tabs,
    use_persistence_request, use_quota_retry, use_remember_steps, use_step_focus,
};
use crate::intents::Intents;
use crate::letter_view::LetterView;
use crate::options::AppProps;
use crate::state::Step;
use crate::storage::Store;

/// The steps offered, in journey order.
pub const STEPS: [Step; 4] = Step::ALL;

/// The widget: the state and its effects, then the step on screen between the drafts
/// bar and the footer.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_memo(props.namespace.clone(), |ns| Store::new(ns));
    let state = use_app_state(store.clone(), props.first_step);
    let latest = use_latest(&state);
    use_autosave(&state, store.clone(), latest.clone());
    use_flush_on_hide(&state, store.clone(), latest.clone());
    use_quota_retry(&state, store.clone(), latest);
    use_other_tabs(&state, store.clone());
    use_persistence_request(&state);
    use_remember_steps(&state, store.clone());
    let step_ref = use_node_ref();
    use_step_focus(state.step, step_ref.clone());
    let import_panel = use_node_ref();
    let staged = state.import_preview();
    use_import_focus(staged.is_some(), import_panel.clone());
    let intents = Intents::new(&state, &store);
    let Intents { on_edit, go_to, .. } = intents.clone();

    let draft = state.draft_rc().clone();
    let today = today_iso();
    let step_view = match state.step {
        Step::Interview => {
            interview_form(&draft.facts, &on_edit, &go_to.reform(|_| Step::Diagnose))
        }
        Step::Diagnose => diagnose_step(DiagnoseStep {
            facts: &draft.facts,
            assessment: &draft.assessment,
            on_edit: &on_edit,
            on_back: go_to.reform(|_| Step::Interview),
            on_next: go_to.reform(|_| Step::Write),
        }),
        Step::Write => html! {
            <WriteStep draft={draft.clone()} today={today.clone()} on_edit={on_edit.clone()}
                on_back={go_to.reform(|_| Step::Diagnose)} on_next={go_to.reform(|_| Step::Send)} />
        },
        Step::Send => {
            let diagnosis = Diagnosis::from_assessment(&draft.assessment);
            let view = LetterView::of(&draft, &diagnosis, &today);
            html! {
                <SendStep draft={draft.clone()} text={view.text.clone()} subject={view.subject.clone()}
                    mailto={view.mailto(&draft)} on_back={go_to.reform(|_| Step::Write)} embedded={!props.standalone}
                    plan_first={state.check_in_due(CivilDate::parse(&today))}>
                    <FollowUp draft_id={draft.id.clone()} facts={draft.facts.clone()} sent={draft.sent.clone()}
                        channel={draft.letter.channel} today={today.clone()} on_edit={on_edit.clone()} on_download={intents.on_download_calendar.clone()} />
                    { keep_looking(&state.openings, &lessons(&diagnosis), &intents.on_opening) }
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
                on_intent={intents.on_draft} on_edit={on_edit.clone()}
                on_export={intents.on_export} on_import={intents.on_import} />
            if let Some(report) = staged {
                { import_preview(report.preview(), &intents.on_confirm_import, &intents.on_cancel_import, import_panel) }
            }
            { notices(&state.notices, &intents.on_dismiss_notice, &intents.on_download_recovered) }
            { progress(&STEPS, state.step, &state.steps_done(), &go_to) }
            <div class="sc-step" id={format!("sc-step-{}", state.step.key())} ref={step_ref}>
                { step_view }
            </div>
            <footer class="sc-footer">
                <p>{ "Everything you type stays in this browser. Nothing is sent anywhere." }</p>
            </footer>
        </div>
    }
}
