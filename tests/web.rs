//! Component tests in headless Chromium (wasm-bindgen-test): the Explorer panel mounted, and the
//! chart backend's canvas state.
#![cfg(target_arch = "wasm32")]

use focal::state::State;
use focal::ui::{follow, ExplorerPanel};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets leptos run its scheduled effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(root: &Element, testid: &str) -> Element {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {testid}"))
}

fn value(root: &Element, testid: &str) -> f64 {
    find(root, testid)
        .get_attribute("data-value")
        .expect("data-value")
        .parse()
        .expect("a number")
}

fn set_range(root: &Element, testid: &str, v: &str) {
    let input: HtmlInputElement = find(root, testid).unchecked_into();
    input.set_value(v);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

fn mount(initial: State) -> (Element, impl Sized) {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let (state, set_state) = signal(initial);
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        let state = Memo::new(move |_| state.get());
        view! { <ExplorerPanel state=state set_state=set_state/> }
    });
    (host, handle)
}

/// A panel out of view does not follow the state until input pauses; in view it follows
/// every change (src/ui/settle.rs; the drag benchmark's full-page figures rest on it).
#[wasm_bindgen_test]
fn a_panel_out_of_view_follows_the_state_at_pauses_only() {
    let owner = Owner::new();
    owner.with(|| {
        let (state, set_state) = signal(State::default());
        let (in_view, set_in_view) = signal(false);
        let (pauses, set_pauses) = signal(0u32);
        let seen = follow(state, in_view.into(), Some(pauses));
        let runs = StoredValue::new(0);
        let gamma = Memo::new(move |_| {
            runs.update_value(|n| *n += 1);
            seen.with(|s| s.shared.gamma)
        });
        assert_eq!(gamma.get(), 2.0);
        for g in [2.5, 3.0, 3.5] {
            set_state.update(|s| s.shared.gamma = g);
            assert_eq!(gamma.get(), 2.0, "out of view: no change before the pause");
        }
        assert_eq!(
            runs.get_value(),
            1,
            "nothing downstream ran during the drag"
        );
        set_pauses.update(|n| *n += 1);
        assert_eq!(gamma.get(), 3.5, "the pause catches up with the last input");
        set_in_view.set(true);
        set_state.update(|s| s.shared.gamma = 4.0);
        assert_eq!(gamma.get(), 4.0, "in view: every change");
        set_in_view.set(false);
        assert_eq!(gamma.get(), 4.0, "leaving the view keeps the newest state");
        set_state.update(|s| s.shared.gamma = 1.0);
        assert_eq!(gamma.get(), 4.0, "out of view again");
    });
}

#[wasm_bindgen_test]
async fn readouts_show_the_default_point() {
    let (root, _h) = mount(State::default());
    tick().await;
    let ce = value(&root, "ce");
    assert!((ce - -(0.9f64).ln()).abs() < 1e-15);
    assert!((value(&root, "modulating-factor") - 0.01).abs() < 1e-15);
    assert_eq!(value(&root, "alpha-t"), 0.25);
    assert!((value(&root, "fl") - 0.25 * 0.01 * ce).abs() < 1e-15);
    assert!((value(&root, "ce-over-fl") - 400.0).abs() < 1e-9);
    assert!((value(&root, "grad-ce") - -0.1).abs() < 1e-15);
    assert_eq!(value(&root, "gamma"), 2.0);
}

#[wasm_bindgen_test]
async fn readouts_follow_the_controls() {
    let (root, _h) = mount(State::default());
    tick().await;
    let fl_before = value(&root, "fl");
    set_range(&root, "gamma", "0");
    tick().await;
    assert_eq!(value(&root, "gamma"), 0.0);
    assert_eq!(value(&root, "modulating-factor"), 1.0);
    let fl_ce = value(&root, "fl");
    assert!(fl_ce > fl_before);
    set_range(&root, "pt", "0.3");
    tick().await;
    assert!((value(&root, "ce") - -(0.3f64).ln()).abs() < 1e-15);

    // The true class switches α_t to 1 − α.
    let select: web_sys::HtmlSelectElement = find(&root, "true-class").unchecked_into();
    select.set_value("0");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(value(&root, "alpha-t"), 0.75);
    assert!(
        value(&root, "grad-ce") > 0.0,
        "a negative's CE gradient pushes the logit down"
    );

    // "No α" makes α_t 1, and turning it back restores α.
    let no_alpha: HtmlInputElement = find(&root, "no-alpha").unchecked_into();
    no_alpha.click();
    tick().await;
    assert_eq!(value(&root, "alpha-t"), 1.0);
    no_alpha.click();
    tick().await;
    assert_eq!(value(&root, "alpha-t"), 0.75);
}

#[wasm_bindgen_test]
async fn typed_values_are_clamped_and_said() {
    let (root, _h) = mount(State::default());
    tick().await;
    let number: HtmlInputElement = find(&root, "gamma-number").unchecked_into();
    number.set_value("42");
    number
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(value(&root, "gamma"), 10.0);
    assert!(find(&root, "gamma-problem")
        .text_content()
        .unwrap()
        .contains("outside"));
}

#[wasm_bindgen_test]
async fn example_buttons_set_the_panel() {
    let (root, _h) = mount(State::default());
    tick().await;
    let button: web_sys::HtmlElement = find(&root, "example-paper-100").unchecked_into();
    button.click();
    tick().await;
    assert!((value(&root, "ce-over-fl") - 100.0).abs() < 1e-9);
    assert_eq!(value(&root, "alpha-t"), 1.0);
}

#[wasm_bindgen_test]
async fn charts_are_drawn_at_device_resolution() {
    let (root, _h) = mount(State::default());
    tick().await;
    let canvas: web_sys::HtmlCanvasElement = find(&root, "canvas-loss").unchecked_into();
    let ratio = window().device_pixel_ratio();
    assert!(canvas.width() > 0);
    assert_eq!(
        canvas.width(),
        (canvas.client_width() as f64 * ratio).round() as u32
    );
}

#[wasm_bindgen_test]
async fn formulas_change_their_numbers_in_place() {
    let (root, _h) = mount(State::default());
    tick().await;
    let formulas = find(&root, "formulas");
    let first_number = || formulas.query_selector("mn").unwrap().expect("a number");
    let before = first_number();
    assert_eq!(before.text_content().as_deref(), Some("0.9"));
    // A marker on the element: it survives only if the element is not re-created.
    js_sys::Reflect::set(&before, &"focalMark".into(), &true.into()).unwrap();
    set_range(&root, "pt", "0.8");
    tick().await;
    let after = first_number();
    assert_eq!(after.text_content().as_deref(), Some("0.8"));
    assert_eq!(
        js_sys::Reflect::get(&after, &"focalMark".into()).unwrap(),
        wasm_bindgen::JsValue::TRUE,
        "the same <mn> element, with new text"
    );
}

/// The chart backend remembers the canvas's text colour to skip re-assigning it; a
/// filled shape drawn in between sets the fill itself, so text after it must not keep
/// the shape's colour.
#[wasm_bindgen_test]
fn text_after_a_filled_shape_keeps_its_own_colour() {
    use plotters::prelude::*;
    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .unwrap()
        .unchecked_into();
    canvas.set_width(200);
    canvas.set_height(100);
    {
        let root = focal::ui::on_canvas(canvas.clone())
            .unwrap()
            .into_drawing_area();
        let red = ("sans-serif", 30).into_font().color(&RED);
        root.draw(&Text::new("MMM", (5, 5), red.clone())).unwrap();
        root.draw(&Rectangle::new([(150, 0), (199, 99)], BLUE.filled()))
            .unwrap();
        root.draw(&Text::new("MMM", (5, 55), red)).unwrap();
        root.present().unwrap();
    }
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    // The second label's box.
    let pixels = ctx.get_image_data(0.0, 50.0, 140.0, 50.0).unwrap().data();
    let (mut red, mut blue) = (0, 0);
    for p in pixels.chunks(4) {
        if p[0] > 150 && p[2] < 100 {
            red += 1;
        }
        if p[2] > 150 && p[0] < 100 {
            blue += 1;
        }
    }
    assert!(
        red > 50,
        "the second label is drawn in red ({red} red pixels)"
    );
    assert_eq!(blue, 0, "no blue in the second label");
}

/// A panel's model is a struct of memos built from the state alone (no DOM), so it is
/// tested here like `follow`: its numbers are the core's, and an input notifies only the
/// memos whose value it changes (other panels' inputs reach nothing).
#[wasm_bindgen_test]
fn panel_models_notify_only_what_an_input_changes() {
    use focal::core::imbalance::Compared;
    use focal::core::loss::point_readout;
    use focal::ui::{ExplorerModel, ImbalanceModel};
    Owner::new().with(|| {
        let (state, set_state) = signal(State::default());
        let seen = Memo::new(move |_| state.get());
        let explorer = ExplorerModel::new(seen);
        let imbalance = ImbalanceModel::new(seen);
        let runs = StoredValue::new([0u32; 4]);
        // Each watcher reads (not only tracks) its memo: a memo never read has no sources.
        let watch = |i: usize, f: Box<dyn Fn() + Send + Sync>| {
            Memo::new(move |_| {
                runs.update_value(|r| r[i] += 1);
                f();
            })
        };
        let watchers = [
            watch(0, Box::new(move || explorer.readout.with(|_| ()))),
            watch(1, Box::new(move || explorer.figures[0].1.with(|_| ()))),
            watch(2, Box::new(move || imbalance.mass_ce.with(|_| ()))),
            watch(3, Box::new(move || imbalance.mass_fl.with(|_| ()))),
        ];
        let pull = || watchers.iter().for_each(|w| w.get());
        pull();
        let s = State::default();
        let want = point_readout(s.explorer.pt, true, s.shared.alpha(), s.shared.gamma);
        assert_eq!(explorer.readout.get(), want, "the core's numbers");
        assert_eq!(
            imbalance.outcomes.get()[Compared::Focal as usize],
            s.scenario().outcome(Compared::Focal)
        );
        set_state.update(|s| s.imbalance.ratio = 10.0);
        pull();
        assert_eq!(
            runs.get_value()[..2],
            [1, 1],
            "the ratio reaches nothing in the Explorer"
        );
        set_state.update(|s| s.explorer.pt = 0.5);
        pull();
        assert_eq!(
            runs.get_value(),
            [2, 2, 2, 2],
            "p_t reaches nothing in the imbalance view"
        );
        set_state.update(|s| s.shared.gamma = 3.0);
        pull();
        assert_eq!(
            runs.get_value(),
            [3, 3, 2, 3],
            "γ moves focal loss, not cross-entropy"
        );
    });
}
