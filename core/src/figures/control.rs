//! The choice of quantity: a link per quantity of the story with its figures under the
//! filters, the one shown marked current. The caller writes each link's address.

use super::quantities::QuantityCount;
use crate::markup::seam::DATA_QUANTITY;
use crate::markup::Element;
use crate::words::group_thousands;

/// The quantities' links; `href` gives each one's address from its id.
pub fn quantity_links(
    counts: &[QuantityCount],
    current: Option<&str>,
    href: &dyn Fn(&str) -> String,
) -> Element {
    let items = counts.iter().map(|quantity| {
        let link = Element::new("a")
            .set("href", href(quantity.id))
            .set(DATA_QUANTITY, quantity.id)
            .text(quantity.label)
            .text(" ")
            .child(
                Element::new("span")
                    .set("class", "count")
                    .text(format!("({})", group_thousands(quantity.count as u64))),
            );
        let link = match current == Some(quantity.id) {
            true => link.set("aria-current", "page"),
            false => link,
        };
        Element::new("li").child(link)
    });
    Element::new("nav")
        .set("class", "quantities")
        .set("aria-label", "Quantities")
        .child(Element::new("ul").children(items))
}
