use crate::model::Problem;
use leptos::prelude::*;

/// How many data problems to list before summing up the rest.
const PROBLEMS_SHOWN: usize = 5;

/// Tells the reader what of their link was left out, and whether the story data has
/// problems. Nothing from the link is rendered as HTML: text nodes only.
#[component]
pub fn Notices(ignored: RwSignal<Vec<String>>, problems: Vec<Problem>) -> impl IntoView {
    let link_notice = move || {
        ignored.with(|notes| {
            (!notes.is_empty()).then(|| {
                let text = notes.join(", ");
                view! {
                    <div class="notice" role="status">
                        <p>"Parts of this link were not understood and were left out: " <code>{text}</code></p>
                        <button type="button" on:click=move |_| ignored.set(Vec::new())>"Dismiss"</button>
                    </div>
                }
            })
        })
    };
    let data_notice = (!problems.is_empty()).then(|| {
        let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
        let items = problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| view! { <li>{p.to_string()}</li> })
            .collect_view();
        view! {
            <div class="notice" role="alert">
                <p>"The story data has " {problems.len()} " problem(s); what is shown may be incomplete."</p>
                <ul>{items}</ul>
                {(more > 0).then(|| view! { <p>"…and " {more} " more."</p> })}
            </div>
        }
    });
    view! { {link_notice} {data_notice} }
}
