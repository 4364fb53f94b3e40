//! A live MathML formula. Setting `innerHTML` on every slider step re-parses the markup and
//! makes the browser restyle every new element, which cost more than the rest of the step;
//! here the markup is replaced only when the formula's shape changes, and otherwise only
//! the text of the numbers that changed is rewritten in place.

use crate::mathml::split_numbers;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Default)]
struct Shown {
    shape: String,
    numbers: Vec<String>,
    /// The text node inside each `<mn>`, in document order.
    nodes: Vec<web_sys::Node>,
}

fn number_nodes(host: &web_sys::Element) -> Vec<web_sys::Node> {
    let found = host.get_elements_by_tag_name("mn");
    (0..found.length())
        .filter_map(|i| found.item(i))
        .map(|mn| mn.first_child().unwrap_or_else(|| mn.unchecked_into()))
        .collect()
}

#[component]
pub fn Formula(#[prop(into)] mathml: Signal<String>) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    let shown = StoredValue::new_local(Shown::default());
    Effect::new(move |_| {
        let markup = mathml.get();
        let Some(el) = host.get() else {
            return;
        };
        let (shape, numbers) = split_numbers(&markup);
        shown.update_value(|s| {
            if s.shape != shape || s.nodes.len() != numbers.len() {
                el.set_inner_html(&markup);
                s.nodes = number_nodes(&el);
                s.shape = shape;
                s.numbers = numbers.iter().map(|n| (*n).to_owned()).collect();
                return;
            }
            for ((old, new), node) in s.numbers.iter_mut().zip(&numbers).zip(&s.nodes) {
                if old != new {
                    node.set_node_value(Some(new));
                    (*new).clone_into(old);
                }
            }
        });
    });
    view! { <div node_ref=host></div> }
}
