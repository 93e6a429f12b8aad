use leptos::prelude::*;

/// Tells the reader which parts of their link were left out. Nothing from the link is
/// rendered as HTML: text nodes only.
#[component]
pub fn LinkNotice(ignored: RwSignal<Vec<String>>) -> impl IntoView {
    move || {
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
    }
}
